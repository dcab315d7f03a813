/**
 * Provenance on an invented challenge set (test/fixtures/invented-pairs.jsonl): quote pairs written
 * for this check, not taken from ../shared, in the 16 categories of the shared pair set and its
 * format, run through the same whole-pipeline harness (eval/pair-harness.ts) and scored by the
 * shared set's own scorer. Each altered item may name the reason it expects (`reason`, a prefix
 * such as `verdict.hedge-dropped`); the script counts how many caught alterations give it.
 *
 * Held out: items whose passage (`source.path`) hashes into the held-out quarter, as for the
 * shared pairs. Misses are printed for the dev part only: the held-out figures stay unseen.
 *
 * `--set 2` runs the second set (test/fixtures/invented-pairs-2.jsonl: another writer, other
 * styles: wire splices, tabloid, op-ed ellipses, podcasts, translated and parliamentary remarks);
 * `--set 3` the third (test/fixtures/invented-pairs-3.jsonl: a third writer, other domains — health,
 * courts, local government, sport governance, science policy, energy, farming, defence procurement —
 * and registers: spoken with disfluencies, interpreted, legalistic, numbers-heavy);
 * `--set 4` the fourth (test/fixtures/invented-pairs-4.jsonl: a fourth writer, other domains —
 * education, transport, housing, immigration, trade, technology regulation, climate diplomacy,
 * policing, water, pensions — and registers: press-release formal, social media, interpreted, long
 * sentences with subordinate clauses, quotes cut with ellipses; British and American spelling);
 * `--set 5` the fifth (test/fixtures/invented-pairs-5.jsonl: a fifth writer, other domains — foreign
 * aid, farm subsidies, election administration, space policy, fisheries, tourism, veterans, arts
 * funding, cybersecurity, disaster relief — and registers: parliamentary question time, wire-service
 * terse, magazine long-form, speeches with rhetorical repetition, translated with stiff English;
 * quotes embedded mid-sentence or split around the speaker tag);
 * `--set 6` the sixth (test/fixtures/invented-pairs-6.jsonl: a sixth writer, weighted toward the
 * categories the held-out parts got wrongest — translation, synonym, scope, actor — in other domains:
 * central banking, courts, public health, local planning, broadcasting regulation, sports governance,
 * and registers: press-conference answers, interview transcripts with false starts, statements read
 * aloud, headline-style quoting);
 * `--set 7` the seventh (test/fixtures/invented-pairs-7.jsonl: a seventh writer, weighted like the
 * sixth, in other domains — ports and shipping, labour disputes, food safety, census and statistics,
 * prisons, libraries and archives, consumer protection, mining, aviation safety, refugee resettlement
 * — and registers: hedged select-committee answers, radio interviews with false starts, letters and
 * written answers, spokesperson statements, bracketed insertions, partial quotes of a few words);
 * `--set 8` the eighth (test/fixtures/invented-pairs-8.jsonl: an eighth writer, weighted like the
 * sixth, in other domains — elections abroad and observers, medicine pricing, rail franchising,
 * wildfire management, digital identity, minimum wage, judicial appointments, nuclear safety, coastal
 * erosion, sports doping — and registers: a TV debate with crosstalk, a press gaggle on a plane, a
 * ruling read from the bench, a statement posted as a thread of short posts, a non-native speaker's
 * English, long lists with "and" and "or", numbers in words and as ranges, reported questions);
 * `--set 9` the ninth (test/fixtures/invented-pairs-9.jsonl: a ninth writer, weighted like the sixth,
 * in other domains — university admissions, spectrum auctions, vaping and tobacco, restitution of
 * museum objects, gambling stakes, postal deliveries, mountain rescue, organ donation, clock changes,
 * regional-language schools, forestry, wildlife-park licensing, night-time noise, dam safety,
 * pharmacy closures, weather warnings, marriage age, counterfeit goods, frontier workers' tax — and
 * registers: a commencement address, question time, an earnings call by a former minister, a written
 * answer, a podcast with fillers and self-corrections, a hot-mic remark, police press conferences, a
 * eulogy, inquiry evidence, student radio, a union conference speech, breakfast television);
 * `--set 10` the tenth (test/fixtures/invented-pairs-10.jsonl: a tenth writer — a local-radio and
 * live-blog subeditor who also takes the sports and business desks and agency translations — in other
 * domains: avalanche control, ferry services, esports, beekeeping and pesticides, satellite debris,
 * minority-language broadcasting, peat cutting, seabed mining, street lighting, dog licensing, public
 * toilets, chess federations, charity lotteries, allotments, lifeboats, harbour dredging, reindeer
 * herding and wind farms, geothermal drilling, food banks — and registers: a radio phone-in, a mayor's
 * weekly video, a coroner's remarks, a ship captain's briefing, a referee's statement, a sermon, a
 * start-up founder turned minister, an ombudsman's report read aloud, a live blog with time stamps,
 * a partisan newsletter, stiff agency translations from French, Basque, Norwegian, Spanish, Greek,
 * Italian and Northern Sámi; conditions cut by joining two clauses or sentences over them);
 * `--set 11` the eleventh (test/fixtures/invented-pairs-11.jsonl: an eleventh writer, weighted toward
 * the categories the held-out parts got wrongest — synonyms, reordering, scope, actor/target and
 * translation — in other domains: state pensions paid abroad and a pension reform abroad, medicine
 * licensing, zoning, satellite launches, antitrust, school meals, bridge safety, water rights,
 * sanctions enforcement, refugee camps, opioid prescribing — and registers: written ministerial
 * answers, a tribunal ruling and sentencing remarks read in court, a defendant's statement, a
 * results call by an agency head, speeches with long lists, stiff translated interviews from
 * Turkish, French, Italian and Portuguese; contiguous fragments that leave a limit outside the quote);
 * `--set 12` the twelfth (test/fixtures/invented-pairs-12.jsonl: a twelfth writer, weighted toward true
 * paraphrases that keep the meaning — synonyms, reordering, voice change, nominalisation, dropped
 * fillers, translation variants — and subtle scope and actor/target changes, in other domains: access
 * to cash, concert crowd safety, military export licences, rail timetables, missed bin collections and
 * gritting, vaccine procurement, rural broadband subsidies, a tax treaty, election queues, flood
 * insurance, heat pump grants, a lorry toll, summit permits in a national park, e-scooter enforcement,
 * residential speed limits, mortgage stress, a clean air zone, passport processing, a rice reserve,
 * protest arrests — and registers: a central banker's hedged remarks, police chiefs' briefings, a
 * spokesperson reading a statement, ministers' parliamentary answers, mayors' radio call-ins, an
 * official's committee evidence, interviews translated from German, Spanish and Japanese);
 * `--set 13` the thirteenth (test/fixtures/invented-pairs-13.jsonl: a thirteenth writer, weighted like the
 * twelfth toward true paraphrases — synonyms, voice change, nominalisation, dropped fillers, clauses
 * reordered, translation variants — and subtle scope, actor/target and modality changes, in other
 * domains: delivery drones, nursery hours, hospital parking, phones in schools, holiday lets,
 * ambulance handovers, a sugary drinks tax, dark sky lighting, a bus fare cap, invasive hornets, blood
 * donor rules, a nurses' pay offer, damaged subsea cables, care costs, ground uplift near a volcano, a
 * cycle lane trial, fertiliser support, church roofs, microplastics in cosmetics, pool opening hours,
 * sign language interpreters, rats, public holidays moved to Mondays — and registers: a trade-fair
 * speech, doorstep interviews, a town-hall meeting, a livestreamed board meeting, a walking podcast, a
 * livestream with viewer questions, a beekeepers' annual meeting, a joint statement, a radio emergency
 * bulletin, a video call with shopkeepers, an after-dinner speech, a resident voice note, a briefing
 * with a sign language interpreter, and translations from Dutch, Finnish, Korean, Polish, Czech and
 * Arabic);
 * `--set 14` the fourteenth (test/fixtures/invented-pairs-14.jsonl: a fourteenth writer, weighted to true
 * paraphrases — synonyms, voice change, nominalisation, clauses swapped, numbers rewritten, translation
 * variants — and subtle scope, actor/target, modality and quantity changes, in other domains: lighthouse
 * automation, council-paid funerals, school uniform prices, burial space, racehorse welfare, carbon
 * stored in basalt, a tidal lagoon, driving test waits, jurors' allowances, a data centre's water,
 * apprenticeships, sewage testing for flu, runway snow clearing, rural school buses, a river bathing
 * listing, bovine TB testing, street food licences, roaming charges, solar farms on farmland, maternity
 * units, race circuit noise, school swimming lessons — and registers: a harbourmaster's radio briefing,
 * a scrutiny committee webcast, a parents' webinar, a guided cemetery walk, an agricultural show speech,
 * a public lecture, a motoring magazine interview, a judge's annual lecture, a chamber of commerce
 * breakfast, a staff bulletin read aloud, a press stand-up in a terminal, an open-air riverside meeting,
 * a livestock market address, a consumer fair talk, church-hall hustings, a planning appeal statement,
 * a leisure centre opening, and translations from Icelandic, Hungarian, Romanian, Vietnamese and Swahili);
 * `--set synonyms` the substitution set (test/fixtures/invented-synonyms.jsonl: one word or phrase
 * swapped per quote — faithful rewordings of many kinds beside near-misses that alter: harder or
 * softer words, antonyms, wider classes, other quantities and actors);
 * `--set FILE` any file of the same format. `--by-category` adds, for each part, the wrong verdicts
 * counted per category and by what they were called instead (counts only: safe for held-out).
 *
 *   node eval/invented-pairs.ts [--set 1|2|3|4|5|6|7|8|9|10|11|12|13|14|synonyms|FILE] [--part dev|heldout|all] [--show-misses]
 *     [--by-category]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireShared } from '../scripts/shared-data.ts';
import { errorCounts, isHeldOutSource, partOf, readPairs, runPair, type PairItem } from './pair-harness.ts';

const argv = process.argv.slice(2);
const showMisses = argv.includes('--show-misses');
const byCategory = argv.includes('--by-category');
const part = partOf(argv);

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');
const FIXTURE = fixtureOf(argv);
const scorer = join(requireShared('eval/provenance'), 'score_pairs.py');
const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-invented-'));

type InventedItem = PairItem & { reason?: string };

/** The pair file `--set` names: 1 (default), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, synonyms, or a path. */
function fixtureOf(args: readonly string[]): string {
  const at = args.indexOf('--set');
  const set = at >= 0 ? args[at + 1] : '1';
  if (set === undefined) {
    process.stderr.write(
      '--set expects 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, synonyms or a file of pairs\n',
    );
    process.exit(2);
  }
  if (set === '1') return join(FIXTURES, 'invented-pairs.jsonl');
  if (set === '2') return join(FIXTURES, 'invented-pairs-2.jsonl');
  if (set === '3') return join(FIXTURES, 'invented-pairs-3.jsonl');
  if (set === '4') return join(FIXTURES, 'invented-pairs-4.jsonl');
  if (set === '5') return join(FIXTURES, 'invented-pairs-5.jsonl');
  if (set === '6') return join(FIXTURES, 'invented-pairs-6.jsonl');
  if (set === '7') return join(FIXTURES, 'invented-pairs-7.jsonl');
  if (set === '8') return join(FIXTURES, 'invented-pairs-8.jsonl');
  if (set === '9') return join(FIXTURES, 'invented-pairs-9.jsonl');
  if (set === '10') return join(FIXTURES, 'invented-pairs-10.jsonl');
  if (set === '11') return join(FIXTURES, 'invented-pairs-11.jsonl');
  if (set === '12') return join(FIXTURES, 'invented-pairs-12.jsonl');
  if (set === '13') return join(FIXTURES, 'invented-pairs-13.jsonl');
  if (set === '14') return join(FIXTURES, 'invented-pairs-14.jsonl');
  if (set === 'synonyms') return join(FIXTURES, 'invented-synonyms.jsonl');
  return set;
}

async function runPart(heldOut: boolean): Promise<void> {
  const items = (readPairs(FIXTURE) as InventedItem[]).filter(
    (item) => isHeldOutSource(item.source.path) === heldOut,
  );
  const predictions: string[] = [];
  const verdicts: string[] = [];
  const misses: string[] = [];
  let reasonAsked = 0;
  let reasonGiven = 0;
  for (const item of items) {
    const { dossier, quote } = await runPair(work, item);
    const verdict = !dossier ? 'error' : !quote ? 'not-found' : (quote.provenance?.verdict ?? 'none');
    const reasons = quote?.provenance?.reasons ?? [];
    predictions.push(JSON.stringify({ id: item.id, verdict }));
    verdicts.push(verdict);
    if (item.reason && verdict === 'altered') {
      reasonAsked++;
      if (reasons.some((r) => r.startsWith(item.reason!))) reasonGiven++;
      else if (showMisses && !heldOut) {
        misses.push(
          `${item.id} ${item.category}: reason ${item.reason} expected\n    reasons: ${reasons.join(' | ')}`,
        );
      }
    }
    if (verdict !== item.verdict) {
      misses.push(
        `${item.id} ${item.category}: gold ${item.verdict}, got ${verdict}\n    primary: ${item.primary}\n    quote: ${item.quote}\n    reasons: ${reasons.join(' | ')}`,
      );
    }
  }
  const name = heldOut ? 'heldout' : 'dev';
  const file = join(work, `pred-${name}.jsonl`);
  writeFileSync(file, predictions.join('\n') + '\n');
  const gold = join(work, `gold-${name}.jsonl`);
  writeFileSync(gold, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const text = execFileSync('python3', [scorer, file, '--pairs', gold], { encoding: 'utf8' }).trim();
  console.log(
    `\n## invented pairs ${FIXTURE.split('/').pop()} (${heldOut ? 'held-out' : 'dev'}: ${items.length} items)\n${text}`,
  );
  console.log(`expected reason given: ${reasonGiven}/${reasonAsked} caught alterations that name one`);
  if (byCategory) console.log(errorCounts(items, verdicts));
  if (showMisses && !heldOut && misses.length > 0) console.log(`\nmisses:\n${misses.join('\n')}`);
}

try {
  if (part !== 'heldout') await runPart(false);
  if (part !== 'dev') await runPart(true);
} finally {
  rmSync(work, { recursive: true, force: true });
}
