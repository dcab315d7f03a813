/**
 * Story clustering on invented cross-outlet coverage (test/fixtures/invented-stories/): 88
 * articles about 25 invented political events, each reported by two to five outlets in different
 * styles (wire, tabloid, op-ed, liveblog, regional paper, translated foreign outlet, press
 * release), with the hard negatives a cross-outlet set has: events of one topic a few days or
 * weeks apart with the same people (two summits, two votes on one bill, a speech and its press
 * conference, two launches of one leadership race, two rate decisions), a retrospective days
 * later, reports with no date, headline-only records, follow-ups that name the earlier event.
 * A proxy for the cross-outlet story set of issue #8 that is not in this repository (goal ≥ 0.92).
 *
 * Runs the shipped configuration as `npm run eval:stories` does (its reader, its clustering, its
 * B³ and ARI), on the articles alone and then with quotes and entities read as `hearsay analyze`
 * hands them to the stories stage.
 *
 * Held out: every story of a topic whose name (the story id before "/") hashes (FNV-1a) to 0 mod 3,
 * fixed before the first run: 11 of 25 stories, 39 of 88 articles; a topic's events stay in one
 * part, so a hard negative never straddles them. Clustering runs on the whole set and each part's
 * B³ averages over its own articles. `--show-misses` prints the dev part's errors only.
 *
 * First figures (articles alone; the same with quotes read): dev B³ P 0.790 R 1.000 F1 0.883 ARI
 * 0.762, held out P 0.835 R 1.000 F1 0.910 ARI 0.814. Every dev error was a merge of two events of
 * one topic: a speech and its press conference two days later, a leak and the apology two days
 * later, two readings of one bill two weeks apart. Two groups whose leads each agree on a day,
 * 2 to 14 days apart, now stay apart (isDistinctOccasion, event-day.ts): dev 1.000 throughout;
 * held out, run once at the end (misses not read), P 0.912 R 1.000 F1 0.954 ARI 0.886.
 *
 * A second set by another writer (test/fixtures/invented-stories-2/, `--set 2`): 89 articles about
 * 26 invented events in another invented country, in the styles the first set has few of (long
 * features recapping three earlier events, timestamped live blogs, wire factboxes and explainers,
 * undated opinion columns, local-angle reports, translations, RSS title-and-summary items), with
 * the same officials in events days apart, three events on one day in one city, weekly briefings,
 * monthly figures and a weekly paper's report a week on. Its held-out part is the same rule
 * (topic hash 0 mod 3), fixed before its first run: 10 of 26 stories, 33 of 89 articles.
 * First figures (both readings alike): dev B³ P 0.929 R 0.943 F1 0.936 ARI 0.874, held out P 0.896
 * R 0.955 F1 0.924 ARI 0.816. The dev errors: one local paper's angles on a budget and on its U-turn
 * eight days later paired off on the town's own people and left both events; an undated column and
 * a feed's headline paired off between two mayoral debates a week apart and bridged them. Leads'
 * possessive days ("yesterday's budget"), one outlet's two named days (isOutletApart) and days named
 * by two or more leads on each side (areNamedDaysApart, average-link.ts) now keep them apart: dev P
 * 0.973 R 0.976 F1 0.975 ARI 0.965 (left: the headline sits with the second debate); held out, run
 * once at the end (misses not read), P 1.000 R 0.955 F1 0.977 ARI 0.958.
 *
 * A third set by a third writer (test/fixtures/invented-stories-3/, `--set 3`): 88 articles about
 * 24 invented events in a third invented country, with the hard negatives the first two lack: two
 * unrelated events in one city on one day (a protest and a court ruling), one continuing story
 * split into its events as ECB+ does (a strike's walkout and updates, its failed talks, its deal),
 * events sharing one rare word (Storm Hollis and a minister Hollis; a police Operation Lantern and
 * a Lantern app), a cup final and a measles outbreak in one city on one weekend, morning round-ups
 * of two or three events (labelled with the lead item), one-sentence wire briefs, main actors named
 * only by role, and one event told with different numbers on different days. Its held-out part is
 * the same rule (topic hash 0 mod 3), fixed before its first run: 7 of 24 stories, 25 of 88 articles.
 * First figures (both readings alike): dev B³ P 0.976 R 0.976 F1 0.976 ARI 0.965, held out P 1.000
 * R 0.936 F1 0.967 ARI 0.932. The one dev error: a morning round-up led with the app's launch and
 * went with the raid its "Elsewhere" item named (tonnage, town, weekday), closest to the raid's
 * one-line brief. A round-up's items after its turn to other news are no longer its terms
 * (round-up.ts), and a wire dateline gives none (dateline.ts): dev 1.000; held out, run once at
 * the end (misses not read), unchanged (P 1.000 R 0.936 F1 0.967). Sets 1 and 2 unchanged.
 *
 * A fourth set by a fourth writer (test/fixtures/invented-stories-4/, `--set 4`): 88 articles about
 * 25 invented events in a fourth invented country, with the hard negatives the first three lack:
 * legislative weeks (four bills voted in one chamber in one week, three in the other chamber the
 * next), three rulings of one court in one week, three league matches on one Saturday, two summits
 * in one city a week apart, an announcement and its reversal ten days later, a resignation and the
 * by-election seven weeks on, a contract award and the loser's lawsuit, and round-ups covering three
 * events (labelled with the lead item); outlets include a parliamentary and a legal trade paper and a
 * transcript-like live blog. Its held-out part is the same rule (topic hash 0 mod 3), fixed before
 * its first run: 8 of 25 stories, 29 of 88 articles. First figures: articles alone dev B³ P 0.973
 * R 0.947 F1 0.960 ARI 0.923, held out P 0.914 R 0.848 F1 0.880 ARI 0.780; with quotes read, dev the
 * same, held out P 0.948 R 0.903 F1 0.925 ARI 0.858. The bills of one chamber's week, the court's
 * rulings and the league's matches stayed apart in dev; its two errors: a tabloid's own words on a
 * bill's defeat, linked at the cut to two full reports but to none of the one-line briefs, left
 * alone by average linkage; and a column the day after the second summit, whose lead names the
 * first summit's day before its own, joined the first summit. A dated report left alone whose
 * links at the cut go to two or more dated members of one story only now joins it (stories.ts):
 * dev P 0.973 R 0.975 F1 0.974 ARI 0.952 (left: the column); held out, run once at the end (misses
 * not read), unchanged; set 3 held out 0.967 -> 1.000, sets 1 and 2 unchanged. Tallies as one key
 * (tally.ts) changed no figure. Not kept: the lead's latest named day as the event's (the column's
 * day then right, but it joined the first summit's live blog before the day rule could hold the
 * summits apart: dev 0.952); an IDF prior of pseudo-documents for small piles (each dev topic of
 * sets 1-4 clustered alone, mean F1 0.875 -> 0.979 at 20, ECB+ and BASIL unchanged, but same-subject
 * distractors of the invented provenance cases merged: dev cases' stories pair accuracy below 1 in
 * one case at 3, four at 6).
 *
 * A fifth set by a fifth writer (test/fixtures/invented-stories-5/, `--set 5`): 91 articles about
 * 25 invented events in a fifth invented country, with the hard negatives the first four lack: a
 * storm's three separate impacts on one coast on one day (a bridge shut, a ferry cancelled, a
 * school roof), a trial's three court days (opening, a witness, the verdict: three events, as ECB+
 * keeps an arrest apart from its sentencing), two strikes by different unions in one city in one
 * week, a minister's two interviews on different topics on one Sunday, a company's recall and an
 * unrelated lawsuit against it, a resignation and the successor, a party conference's two days,
 * an envoy summoned and a fishing deal with the same neighbour, a mine's roof fall and the report
 * on it, and articles mostly background with one new fact; outlets include a chatty newsletter,
 * three trade papers and a feed's title-only and title-and-summary items. Its held-out part is the
 * same rule (topic hash 0 mod 3), fixed before its first run: 9 of 25 stories, 33 of 91 articles.
 * First figures: articles alone dev B³ P 1.000 R 0.977 F1 0.988 ARI 0.986, held out P 0.960 R 0.874
 * F1 0.915 ARI 0.887; with quotes read, dev the same, held out P 0.955 R 0.914 F1 0.934. The trial's
 * three days, the two strikes, the recall and the lawsuit, the resignation and the successor stayed
 * apart in dev; its one error is a one-line tabloid item on the tax office's hacking whose words
 * ("taxman", "hacked", "website") no other report uses: no edge at all. Not kept (run once at the
 * end): a closed compound counting as its two pile words ("cyberattack" as "cyber" + "attack"; ECB+
 * 0.953 -> 0.957, set 2 dev 0.975 -> 1.000, but mixed piles held out 0.973 -> 0.972); a plural in
 * "es" after a hissing sound stemmed to its singular ("bosses"; dev unchanged, set 4 held out with
 * quotes 0.925 -> 0.895); inflection stems for story terms ("cancelled" = "cancel"; ECB+ 0.948,
 * BASIL 0.981, set 4 dev with quotes 0.960).
 *
 * A sixth set by a sixth writer (test/fixtures/invented-stories-6/, `--set 6`): 85 articles about
 * 25 invented events in a sixth invented country, built for close neighbours across outlets: two
 * strikes by two unions in two towns on consecutive days, two court rulings a day apart, two storms
 * three days apart, two cabinet resignations three days apart under one prime minister, one bill's
 * vote and the upper house's vote a week later, one office's monthly jobless figure two months
 * running, two marches in two cities on one Saturday, two councils' budgets two days apart, one
 * prime minister's two state visits two days apart, a factory fire and a forest fire on consecutive
 * days, a by-election and a mayoral election counted on one night, a hospital opened and a
 * maternity unit closed by one minister in one week; each event told by three or four of a wire,
 * two partisan opinion outlets, three local papers, a TV website and a headline feed (title-only
 * and title-and-summary items), the columns with little word overlap. Its held-out part is the same
 * rule (topic hash 0 mod 3), fixed before its first run: 4 of 13 topics, 8 of 25 stories, 27 of 85
 * articles. First figures (both readings alike): dev B³ P 0.933 R 0.851 F1 0.890 ARI 0.810, held
 * out P 1.000 R 0.815 F1 0.898 ARI 0.806. The dev errors: the wire's two monthly jobless reports,
 * four weeks apart in one template, were the closest pair of the set and merged the two months;
 * next-day columns and aftermath reports left alone (a toll rise, a ruling, a storm, a march) and a
 * TV item on the jobless figure; a column naming both hospital events joined the opening. One
 * outlet's two named days now keep its reports apart at any gap (isOutletApart, average-link.ts);
 * figures spelled out are keyed as their digits (spelled-numbers.ts); a dated report left alone with
 * a link at the cut, in its news cycle, to a member of one story with which it shares a name or a
 * figure no other story names joins it (attachOnOwnEvidence, stories.ts). Dev, articles alone P
 * 0.974 R 0.951 F1 0.963 ARI 0.941, with quotes read R 0.925 F1 0.949 (left: the column on both
 * hospitals; the march column, which shares no term with any report; with quotes, the toll column,
 * whose one link falls under the cut once entities are names); held out, run once at the end
 * (misses not read), both readings P 1.000 R 0.870 F1 0.931 ARI 0.871. Held out of the other sets,
 * run once at the end (articles alone / with quotes): set 1 0.954 / 0.954, set 2 1.000 / 1.000
 * (was 0.977), set 3 1.000 / 1.000, set 4 0.880 / 0.880 (with quotes was 0.925: a drop, not
 * examined), set 5 0.939 / 0.957 (was 0.915 / 0.934); mixed piles held out 0.975 (74 wrong pairs).
 * Sets 1-5 dev, mixed piles, ECB+ and BASIL unchanged (BASIL probes: only Fox dated 0.942 -> 0.939,
 * only HuffPost dated 0.956 -> 0.954, with quotes 0.986 -> 0.991, all from the outlet rule, the
 * same with its gap capped at 31 or 60 days). Without the news cycle, the evidence rule joined
 * unrelated reports of small mixed piles, where nearly every name is one story's (0.985 -> 0.982).
 * Merged, the evidence rule joined two dev provenance cases' day-before distractors to the
 * primary's story (an amendment told "on Monday" beside Tuesday's floor vote on one bill; floor
 * week stories 1.0 -> 0.400 and 0.762): a report whose lead tells another event day than the
 * member's is no longer joined on its own evidence. Set 6 dev then 0.949 (with quotes 0.935), held
 * out 0.931 unchanged; the cases back to 1.0.
 *
 * A seventh set by a seventh writer (test/fixtures/invented-stories-7/, `--set 7`): 82 articles
 * about 25 invented events in a seventh invented country, built around one actor in two events
 * within days (a finance minister's fuel-duty freeze and her bank levy three days later, one
 * court's two rulings two days apart, a carmaker's recall and its chief executive's resignation, a
 * health minister's plan and the confidence vote he survives, a strike ballot and the strike, a rate
 * cut and the governor's hearing, a shipyard's contract and the fire in its yard, a foreign
 * minister's expulsion and her grain deal, a mayor's car ban and his re-election bid, an opposition
 * leader's manifesto and her expenses apology, a landslide and the road's reopening, a reshuffle
 * and a summit), follow-ups that quote the first event (their own events, README.md beside the
 * set), reports days late (a weekly paper's angles, next-day columns: the event they report) and
 * outlets in few shared words; wire, two opinion-tinged outlets, two local papers, a TV website, a
 * feed's title-only and title-and-summary items. Its held-out part is the same rule (topic hash 0
 * mod 3), fixed before its first run: 4 of 13 topics, 8 of 25 stories, 27 of 82 articles. First
 * figures (both readings): dev B³ P 0.902 R 0.870 F1 0.885 ARI 0.771; held out, articles alone P
 * 1.000 R 0.895 F1 0.945, with quotes read R 0.796 F1 0.887. The dev errors: two merges of one
 * actor's two events three days apart, each carried by a column whose lead names the earlier day
 * first ("Having handed out … on Monday, [she] went looking on Thursday …"; "On Tuesday [she] told
 * the country … On Friday she paid back …"), which spread its group's days so the day rules could
 * not hold the two apart; and five columns or local angles in their own words, left alone. A
 * time word in a fronted scene clause ("Having …", "After …", "Three days after …") is background,
 * and sentences that each open on a day tell a sequence whose latest day is the event's
 * (event-day.ts); a group holding a report that set a day apart as background does not take in a
 * group whose leads name that day (isToldAsBackground, average-link.ts). Dev, articles alone P
 * 1.000 R 0.894 F1 0.944 ARI 0.901, with quotes read P 1.000 R 0.876 F1 0.934 (left: the five lone
 * columns and angles, and with quotes a local paper's report of the freeze linked at the cut to
 * both of the minister's events); held out, run once at the end (misses not read), unchanged
 * (0.945 / 0.887). Sets 1-6 dev and held out, mixed piles, ECB+ and BASIL unchanged; set 4's dev
 * error changed (the column on both summits now sits with the second; the first's live blog, which
 * it pairs with, went along). Not kept: a report alone whose lead names a day 2 to 14 days from a
 * group's two agreeing named days kept apart (ECB+ 0.953 -> 0.949, BASIL 0.986 -> 0.982), and
 * nothing published 2 to 14 days before a group's named day taken as reporting it (ECB+ 0.936,
 * BASIL 0.975; for single reports only, BASIL 0.979): real outlets' reports of one event name
 * different days. A report whose one edge in the graph is a link at the cut to one story in its
 * news cycle joining it (set 7 dev 0.957 / 0.947, ECB+, BASIL, mixed piles unchanged) contradicts
 * the quote-link tests' premise that a tabloid's own words alone leave it apart; dropped.
 *
 * An eighth set by an eighth writer (test/fixtures/invented-stories-8/, `--set 8`): 81 articles
 * about 25 invented events in an eighth invented country, built around one venue with many
 * sittings: a committee's hearings on three consecutive days with three witnesses, a senate
 * committee's two hearings in one week, a flood inquiry's two days, one judge's two cases in one
 * week, the constitutional court's two cases on consecutive days, a city council's two Monday
 * meetings, a county council's two-day session, two weeks of the prime minister's questions, her
 * two speeches on one trip, the president's two speeches on one tour, a spokesman's daily
 * briefing on three days; reports that recall the previous sitting in a paragraph (the sitting
 * they report) and previews published before a sitting (the sitting they announce; README.md
 * beside the set). Its held-out part is the same rule (topic hash 0 mod 3), fixed before its
 * first run: 4 of 12 topics, 9 of 25 stories, 28 of 81 articles. First figures: dev (both
 * readings) P 0.972 R 0.972 F1 0.972 ARI 0.950; held out, articles alone P 0.878 R 0.952 F1
 * 0.913, with quotes read R 1.000 F1 0.935. The one dev error: a TV report of the second day's
 * hearing whose closing line names the next day's witness and weekday ("The minister gives
 * evidence on Wednesday") joined the third day's reports, its lead day read as the Wednesday
 * before. A closing sentence past the lead that announces a later sitting (a sitting's verb, a day
 * ahead, no past verb, no quotation or speaker label) gives no terms and no day (look-ahead.ts):
 * dev 1.000 (both readings); held out, run once at the end (misses not read), unchanged (0.913 /
 * 0.935). Sets 1-7 dev and held out, mixed piles, ECB+ and BASIL unchanged.
 *
 * A ninth set by a ninth writer (test/fixtures/invented-stories-9/, `--set 9`): 71 articles about
 * 25 invented events in a ninth invented country, built around one body or person acting several
 * times within days: a competition regulator's merger ban and its fine three days later, a
 * transport minister's announcements on three consecutive days, an assembly's three votes in one
 * sitting week, a summit's opening and closing days, a union's strike call and the strike a week
 * on, a foreign minister's two agreements on two days of one visit, a mayor's plan and budget, an
 * election board's date and its ban of a candidate; previews (the act they announce), recalls in
 * a paragraph (the act reported), feed items (README.md beside the set). Its held-out part is the
 * same rule (topic hash 0 mod 3), fixed before its first run: 4 of 12 topics, 7 of 25 stories, 17
 * of 71 articles. First figures: dev, articles alone P 0.928 R 0.975 F1 0.951 ARI 0.905, with
 * quotes read P 0.864 F1 0.916; held out (both readings) P 0.718 R 1.000 F1 0.836. The dev errors:
 * previews' "will decide on Monday", read back from a Friday to the Monday before, spread their
 * occasion's days (the regulator's ban and fine merged; the summit's preview joined its closing
 * day); and the minister's two agreements on consecutive days merged (the day rules start at two
 * days apart). A weekday the lead tells as a plan is read forward (planned-day.ts), and one
 * outlet's leads naming two consecutive days keep two groups apart (isOutletNextDay,
 * average-link.ts): dev 1.000 (both readings); held out, run once at the end (misses not read),
 * both readings P 0.859 R 1.000 F1 0.924 ARI 0.788 (was 0.836). Set 8 held out, the same run,
 * 0.913 / 0.935 -> 1.000 / 1.000; sets 1-7 held out, sets 1-8 dev, invented cases dev, mixed
 * piles, ECB+ and BASIL unchanged. Not kept: the day rules across outlets from one day apart
 * (set 9 dev 1.000 and set 6 dev 0.949 -> 0.973, but ECB+ 0.953 -> 0.951).
 *
 *   node eval/invented-stories.ts [--part dev|heldout|all] [--set 1|2|3|4|5|6|7|8|9] [--show-misses] [FILE]
 */
import { buildEntityIndex } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { clusterStories } from '../src/link/stories/stories.ts';
import { hashString } from '../src/link/stories/story-features.ts';
import type { Article } from '../src/model/article.ts';
import type { Story } from '../src/model/story.ts';
import { partOf } from './pair-harness.ts';
import { adjustedRandIndex, bcubed, type Corpus, labelsOf, loadCorpus } from './stories.ts';

const SET_FILES: Record<string, string> = {
  '1': 'test/fixtures/invented-stories/articles.jsonl',
  '2': 'test/fixtures/invented-stories-2/articles.jsonl',
  '3': 'test/fixtures/invented-stories-3/articles.jsonl',
  '4': 'test/fixtures/invented-stories-4/articles.jsonl',
  '5': 'test/fixtures/invented-stories-5/articles.jsonl',
  '6': 'test/fixtures/invented-stories-6/articles.jsonl',
  '7': 'test/fixtures/invented-stories-7/articles.jsonl',
  '8': 'test/fixtures/invented-stories-8/articles.jsonl',
  '9': 'test/fixtures/invented-stories-9/articles.jsonl',
};

/** A story is held out when its topic hashes to 0 mod 3 (see the header). */
export function isHeldOutStory(story: string): boolean {
  return hashString(story.split('/')[0]!) % 3 === 0;
}

const fmt = (x: number) => x.toFixed(3);

/** B³ and ARI over one part's articles (ARI on them alone, their predicted clusters cut to the part). */
function partLine(gold: readonly string[], pred: readonly string[], keep: (i: number) => boolean): string {
  const b = bcubed(gold, pred, keep);
  const idx = gold.map((_, i) => i).filter(keep);
  const ari = adjustedRandIndex(
    idx.map((i) => gold[i]!),
    idx.map((i) => pred[i]!),
  );
  return `B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  ARI ${fmt(ari)}  (${idx.length} articles)`;
}

/** The dev part's errors: dev stories split apart, and predicted clusters that join dev stories. */
function printDevMisses(corpus: Corpus, gold: readonly string[], pred: readonly string[]): void {
  const ids = [...corpus.gold.keys()];
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const describe = (i: number) => {
    const a = byId.get(ids[i]!)!;
    const body = a.text.trim() === (a.title ?? '').trim() ? ' [headline only]' : '';
    return `    ${ids[i]} ${gold[i]}  ${a.published ?? 'undated'}  ${a.outlet ?? '-'}  ${a.title ?? ''}${body}`;
  };
  const clusters = new Map<string, number[]>();
  pred.forEach((p, i) => clusters.set(p, [...(clusters.get(p) ?? []), i]));
  console.log('\ndev misses');
  for (const story of [...new Set(gold)].filter((g) => !isHeldOutStory(g)).sort()) {
    const members = gold.map((g, i) => (g === story ? i : -1)).filter((i) => i >= 0);
    const parts = new Set(members.map((i) => pred[i]!));
    if (parts.size > 1) {
      console.log(`  split ${story} into ${parts.size}:`);
      for (const p of parts)
        console.log(
          `   cluster ${p}:\n${members
            .filter((i) => pred[i] === p)
            .map(describe)
            .join('\n')}`,
        );
    }
  }
  for (const [p, members] of clusters) {
    const dev = members.filter((i) => !isHeldOutStory(gold[i]!));
    const stories = new Set(members.map((i) => gold[i]!));
    if (stories.size < 2 || dev.length === 0) continue;
    const held = members.length - dev.length;
    console.log(
      `  cluster ${p} joins ${stories.size} stories${held ? ` (+${held} held-out articles)` : ''}:`,
    );
    console.log(dev.map(describe).join('\n'));
  }
}

function report(
  corpus: Corpus,
  label: string,
  stories: readonly Story[],
  part: string,
  misses: boolean,
): void {
  const { gold, pred } = labelsOf(
    corpus,
    stories.map((s) => s.articles),
  );
  console.log(`\n${label}: ${stories.length} predicted stories (gold ${new Set(gold).size})`);
  if (part === 'all') console.log(`  all       ${partLine(gold, pred, () => true)}`);
  if (part !== 'heldout')
    console.log(`  dev       ${partLine(gold, pred, (i) => !isHeldOutStory(gold[i]!))}`);
  if (part !== 'dev') console.log(`  held out  ${partLine(gold, pred, (i) => isHeldOutStory(gold[i]!))}`);
  if (misses) printDevMisses(corpus, gold, pred);
}

function main(): void {
  const argv = process.argv.slice(2);
  const part = partOf(argv);
  const showMisses = argv.includes('--show-misses');
  const setAt = argv.indexOf('--set');
  const set = setAt >= 0 ? argv[setAt + 1]! : '1';
  if (!(set in SET_FILES)) {
    process.stderr.write(`--set expects 1 to 9, got ${JSON.stringify(set)}\n`);
    process.exit(2);
  }
  const file =
    argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--part' && argv[i - 1] !== '--set') ??
    SET_FILES[set]!;
  const corpus = loadCorpus('invented stories', file);
  const titleOnly = corpus.articles.filter((a) => a.title !== null && a.text.trim() === a.title).length;
  const undated = corpus.articles.filter((a) => a.published === null).length;
  console.log(
    `${corpus.name}: ${corpus.articles.length} articles (${titleOnly} headline-only, ${undated} undated, ${corpus.issues} rejected)`,
  );
  report(corpus, 'articles alone (as npm run eval:stories)', clusterStories(corpus.articles), part, false);
  const entities = buildEntityIndex(corpus.articles);
  const quotes = corpus.articles.flatMap((a: Article) => extractQuotes(a, entities));
  report(
    corpus,
    `with quotes and entities (as hearsay analyze; ${quotes.length} quotes)`,
    clusterStories(corpus.articles, { quotes, entities }),
    part,
    showMisses,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
