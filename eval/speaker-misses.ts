/**
 * Where PolNeAR dev's speakers go wrong (dev only: held-out misses are never looked at). Each
 * gold attribution the extractor finds (score_attribution.py's rule: the first quote covering ≥ 50%
 * of its letters and digits, at most twice as long + 20) whose source names someone (a capitalised
 * word of ≥ 3 letters that is no pronoun) is judged as the scorer does: right when the predicted
 * speaker's name shares such a word. Each wrong one is put in one bucket, first match wins:
 *
 * - `no-speaker`: no speaker given;
 * - `transcript`: a transcript turn or a quote read in one (`WALLACE: …`);
 * - `pronoun`: a pronoun resolved to the wrong antecedent (he/she/they);
 * - `role-noun`: a role noun ("the president", "officials") resolved to the wrong holder or none;
 * - `carry-over`: a quote without a cue given an earlier sentence's speaker;
 * - `according-to`, `passive` ("X was quoted as saying"), `embedded` (an outer report's speaker);
 * - `org-vs-person`: the gold source is a body (campaign, committee, White House …) and the
 *   speaker a person, or the other way round;
 * - `name-form`: the speaker's words and the gold's differ but one holds the other's surname
 *   (a scorer-format or canonical-name mismatch);
 * - `subject`: any other rule reading the cue clause's subject wrongly.
 *
 * `--train N` scores the first N articles of PolNeAR train instead (`--skip M`: the N after the
 * first M), capped before its held-out tail (the last HELDOUT_SHARE, which eval/polnear.ts scores):
 * data no speaker rule was tuned on, so its misses may be read.
 *
 *   node eval/speaker-misses.ts [--examples N] [--bucket NAME] [--train N [--skip M]]
 *
 * Tried on --train 400 and not kept (spk8): "the United States" read as a name though "States" is
 * a verb form (train +3, --skip 400 +1, dev +1, but Reuters held-out speakers 44 -> 43 of 52); a
 * horizontal bar (―) opening the clause after a dateline (no change); a number and a time unit
 * ("One month after …") never a subject (train 0, --skip 400 +1: the word-before-the-cue rule
 * still reads "One").
 *
 * Tried on --train 400 and not kept (h12): no noun phrase after the clause's first auxiliary as the
 * sentence subject (train -1, --skip 400 -1, dev 0); "candidates voters supporters activists …" as
 * role nouns (train -4, --skip 400 -3, dev -4; with singulars worse); a colon or semicolon starting
 * the cue's clause (train +1, --skip 400 -2 of 2 fewer judged); a reported clause taking the
 * speaker of a quotation whose cue follows it even when it has its own (train -1, --skip 400 +2).
 * Tried on --train 400 and not kept (h13): an infinitive after an earlier speech act set off by a
 * comma ("agreed to a call, but only to tell …") taking the clause's subject (train -1 of 1 fewer
 * judged, --skip 400 0, dev +1); the sentence subject reading past a preposition's whole object,
 * not only its first word (train -2, --skip 400 -5: the next phrase read is no better).
 * Buckets on --train 400 / --train 400 --skip 400 at the start of h14 (400 and 354 misses): subject
 * 158/141, no-speaker 114/75, org-vs-person 51/48, carry-over 34/35, name-form 30/30, according-to
 * 5/9, embedded 4/7, role-noun 4/5. Across buckets, read by hand: 205/181 hang on another cue than
 * the gold's; a possessive gold ("Trump’s") 25/26 and a descriptor gold resolved to its person ("the
 * Florida senator") 23/21 are scorer artefacts; a nested "according to" or "X reported" (two golds
 * on one quote, one of them always missed) 26/26; a verb phrase or quantifier read as a name ("One",
 * "Nine", "Given") 14/7; "X was asked by Y" 3/1. Fixed in h14: unnamed noun phrases opening the
 * cue's clause ("Surveys of voters taken … showed", speaker.subject-phrase: no-speaker 114/75 ->
 * 98/69), '' quotations and long appositives before a colon lead-in: train 4070 -> 4085, --skip
 * 400 3790 -> 3794. Measured and not kept (h14), as both change the speech events the attribution
 * model is trained on, so its weights no longer reproduce, and the retrained model's selection
 * lowered PolNeAR dev speakers 0.9383 -> 0.9352 and held-out 0.8962 -> 0.8887 (recall 0.729 @ P
 * 0.8525, threshold still -5): a closing "according to" inside a bracket or after a relative
 * clause sourcing only that clause (--skip 400 +4), and an "…, saying" set off by a comma taking
 * its clause's subject, or a coordinated clause's, not the noun before the comma (+1, +1).
 * Of the misses left, about 40 per 800 articles are scorer artefacts, not wrong speakers: a
 * descriptor resolved to its person ("the Florida senator" given as the senator's name) and a
 * possessive source ("Trump’s", whose "’s" the scorer keeps in the word).
 *
 * Round 4 (h15), --train 400 / --train 400 --skip 400 at the start: 4141/4526 and 3845/4199
 * (385 and 354 misses). By cause, read with the script's lines: the quote hangs on another cue
 * than the gold's (a nested "X reported"/"according to", a stance noun, a second gold on one quote)
 * 159/126; a descriptor gold resolved to its person ("the Florida senator" given as Marco Rubio,
 * mostly the right person) 71/62; a possessive gold ("Trump’s", "Cruz’s top brass") 25/26; same
 * cue, no speaker 47/39; same cue, another speaker 83/101 — of these, capitalised non-names read
 * as the subject ("One", "Nine", "Together", "Tex", "Sept") about 10/5, a participle's doer read as
 * the noun before its comma ("fired his chief, X, acknowledging", "in Syria and Iraq, saying")
 * about 12/15, an infinitive's controller taken from the sentence's first subject about 5/4,
 * coordinated or organisation names against a person gold ("Xi and Putin" given as "Xi", the
 * scorer's 3-letter minimum) a few. Pronouns are almost never the cause (1 of 739). The hand rules
 * do not conflict so much as miss cases one at a time, so no learned ranker was tried this round.
 * Fixed on direct quotations (train 4141 -> 4144 of 4527, --skip 400 3845 -> 3847; dev 961/1020
 * unchanged, weights reproduce): a doubled-apostrophe question spilling its attribution ("''Why?''
 * Mr. X asked."), irregular past verbs and indefinite role phrases after a quotation ("…,” X shot
 * back", "“…?” a staffer wondered"), a spilled name + unlisted verb ("“…?” Beck questioned.").
 * Measured and reverted (79b8110; commits 1f0a296, 5d0258d, efb76f0, 84d3373 hold the code): a
 * state abbreviation after a town ("in Beaumont, Tex., Mr. X"), a count of time opening the
 * sentence ("One month after announcing …, X"), an infinitive's controlling subject ("as
 * Republicans continue to warn that", "while X wants to argue that") and a reduced passive's agent
 * ("When asked by X about …,"): together train +5, --skip 400 +6, but they change the speech events
 * the attribution model trains on, and the retrained model (THRESHOLD -16.4, the lowest with dev P
 * ≥ 0.85: 0.7381 @ 0.8506) lowered PolNeAR dev speakers 0.9422 -> 0.9375 (0.9412 at -15.6).
 * Measured and not kept (h15): "many"/"most" as quantifiers that never
 * open a name, with "they" taking its own sentence's plural subject (train -4, --skip 400 -4: the
 * scorer counts "Many" in a gold like "Many in the crowd"); a name coordinated after a
 * preposition's object read as that object's ("in Harlow and Kelmore": train +2 of 1 more judged,
 * --skip 400 0 of 1 more judged: the participle's fallback then reads the same noun); a definite
 * phrase headed by any WordNet person noun as the speaker after a quotation ("“…,” the nominee
 * said": train 0, --skip 400 +3, but only by keeping descriptor words the scorer matches where
 * the carried-over speaker was the right person, so not kept).
 * Measured and not kept (h16, branch h16-speakerrank, commit f58eb44): a learned re-ranker over
 * candidate speakers (the rules' answer, the speech acts and subjects of the statement's sentence
 * and the three before, the previous speaker; features for the proposing source, distance, type,
 * salience), an averaged perceptron on train's gold sources, used only where the rules gave no
 * speaker: 5-fold cross-fitted train 0.9164 -> 0.9248, dev 0.9441 -> 0.9450, but PolNeAR
 * held-out unchanged (0.8987) for ~5% of quote extraction's CPU. Letting it override the rules
 * reached train 0.93 by matching the scorer's word overlap (a state name for "the Vermont
 * senator"), lost right speakers on two provenance cases and dropped the seeds to 0.949.
 *
 * Round 5 (h18-spk5), --train 400 / --skip 400 at the start: 4146/4523 and 3839/4191 (377 and 352
 * misses). By cause: the quote hangs on another cue than the gold's 185/156; scorer artefacts
 * where the speaker is the right person, a descriptor gold ("The Florida senator" given as the
 * senator's name) 24/17 and a possessive gold ("Trump’s", whose "’s" the scorer keeps) 13/16;
 * same cue, no speaker 50/41 (mostly unnamed groups, documents and polls the rules do not read as
 * sources, and a few article quirks: a left quote mark for an apostrophe, a headline in capitals);
 * same cue, another speaker 62/66 plus org-vs-person 18/16 — of these, read by hand, a
 * participle's doer taken from the object before its comma about 10 per part (tried twice before,
 * not kept), capitalised non-names ("One", "Nine", "Given", "Together") about 5, a name inside an
 * insert between subject and verb about 4, inverted sources after a quotation ("said one
 * well-connected Democrat", "tweeted a German user", "wrote the ambassador at the time, X") 3,
 * "X told Y" with the wrong side 1, pronouns 0/2, role nouns to the wrong holder 5/6 (mostly
 * "the Vermont senator" resolved to another senator, which the scorer counts wrong either way);
 * carried over 5/4; alias or spelling forms 8/5 ("Keidis"/"Kiedis", "Calderón"/"Calderon").
 * Fixed (shipped weights): hyphened participles and capitalised modifiers in an inverted source's
 * phrase, a time noun after the role's preposition, "long" after an auxiliary, a common opener
 * resolved to a family-name spelling variant ("More" as "Moore"), a name inside an insert before
 * the verb: 4146 -> 4148, 3839 -> 3846; after the retrain those rules need 4149/4524 and
 * 3837/4188 (the retrain moves which quotes are found by more than the rules do).
 * Measured and not kept (round 5): a place after "at"/"in" before an infinitive never its doer
 * ("gathered at X Hall to talk"): the fallback source took the same name, and a title-case
 * headline lost its lucky hit (train +1, --skip 400 -1); the insert rule for any noun phrase, not
 * only names (--skip 400 -1: "Outside the campaign, a number of Democrats, …" took the opening
 * phrase).
 *
 * Round 6 (h19-spk6), --train 400 / --skip 400 at the start: 4157/4537 and 3839/4191 (380 and 352
 * misses). By cause (a script's first pass over every miss, read by hand for about 200): the quote
 * hangs on another cue than the gold's 192/164; same cue, no speaker 48/39 (unnamed plural groups,
 * documents and polls, restrictive relatives longer than the reader's window); another subject
 * reading 40/47; a descriptor gold resolved to its person ("The Vermont senator" given as the
 * senator's name; the scorer counts it wrong) 21/15; a capitalised non-name read as the subject
 * ("Nine", "Given", "Long", "Tex", "Together", "Republican" of "Republican claims") 19/13; an alias,
 * spelling or partial phrase of the gold ("Calderon"/"Calderón", "officials" of "RNC members and
 * officials") 17/28; a possessive gold ("Trump’s", whose "’s" the scorer keeps) 14/16; body
 * against person 12/9; an infinitive's controller 7/6; a participle set off by a comma given the
 * object before it 6/13; carried over 4/2. Pronouns to the wrong antecedent: none of the
 * same-cue misses in either part hang on one (the pronoun rule's own misses are 0/2), so
 * multi-sentence coreference is not where train loses speakers; "X told Y" with Y taken, 1.
 * Fixed: a family name spelt as a function word ("Will", "From") where the index knows the
 * person; an outlet whose name ends in a capitalised calendar word ("USA TODAY"); a bare
 * appositive of a person noun with its field ("X, professor of law at Y, put it"); a reporting
 * clause whose comma opens a quotation is no parenthetical report of the clause before it; and
 * round 4's reverted reduced passive, controlling subject and count-of-time opener, kept out then
 * only because they moved the attribution model's training candidates: 4157 -> 4165/4537, 3839 ->
 * 3858/4190. Measured and not kept (round 6): a participle set off by a comma after an object
 * ("fired his chief, X, acknowledging") done by the clause's subject (train 4157 of one fewer judged,
 * --skip 400 0: a relative clause's subject before the comma is the doer as often), a restrictive relative read
 * up to 16 words (train -1, --skip 400 -1), a floating quantifier ("X, Y and Z all calling") in
 * the verb gap with "with" opening an absolute clause (0, 0; one found gold's span moved), a
 * coordinated first part heading a role subject (0, 0), and round 4's state abbreviation after a
 * town (train +1 -1: a lucky "Calif" match lost, --skip 400 0).
 *
 * Round 7 (h21-spk), --train 400 / --skip 400 at the start: 4167/4534 and 3860/4192 (367 and 332
 * misses; dev 968/1028). Same-cue misses with no speaker were mostly a shared subject no rule ties
 * to anyone ("X's younger sister went …, and told", "Some seek …, fearing …, and argue"), a
 * participle or "and" verb given the sentence's first subject where a later joined clause has its
 * own (", and the ACLU has sued …, saying"), and hyphened acronyms read as their last part ("CIO").
 * Fixed: attribution/shared-subject-phrase.ts (after ", and", a set-off participle, an opening
 * participle clause or an owner pronoun, read post-selection so the model's features are unchanged),
 * speakers/nearer-clause-subject.ts, entities/runs.ts joining two hyphened acronyms: 4167 -> 4175,
 * 3860 -> 3867, dev unchanged. Measured and not kept: a reduced passive set off by commas ("The
 * bill, opposed by X,") taking its agent (0, 0, 0: the misses go through the fallback source, not
 * the verb's event); a subordinator ("cheered when X spotted … and asked") ending the earlier
 * clause's reach for a verb joined without a comma (0, 0, 0). A quantifier opening its clause
 * before a past form ("Some chanted") as the verb's subject: 4175 -> 4176. PolNeAR held-out
 * speakers, measured once at the end, misses not read: 0.912 -> 0.9137.
 *
 * Round 8 (h22-spk), --train 400 / --skip 400 at the start: 4175/4535 and 3857/4180 (360 and 323
 * misses; dev 973/1031). Read by hand, the largest cause with the same cue as the gold's was a
 * participle set off after its main clause given the object before its comma ("stiffened their
 * denunciation of X, saying", "sued X, alleging", "fired his chief, X, acknowledging", "in Syria and
 * X, saying"), about 5/9; then a participle inheriting an act inside an opening "When …," clause,
 * a joined clause's subject with a bracketed label or appositive before its verb, and single
 * title and infinitive readings. Scorer artefacts (descriptor and possessive golds) and another cue
 * than the gold's are still most of the rest. Fixed: speakers/participle-object.ts (an object of a
 * verb or preposition, or one appositive or conjunct of one, is no participle's doer; not inside
 * or after a relative clause), a preposition object's conjunct never the sentence subject, an act
 * in an opening subordinate clause not inherited by the main clause's participle, bracketed labels
 * and appositives in nearer-clause-subject.ts, untagged past verbs ("testified") as verbs, a
 * WordNet person noun as a title ("Retired neurosurgeon X"), a programme after a preposition no
 * infinitive's controller, "of" lengthening an inverted title: 4175 -> 4186, 3857 -> 3870/4182,
 * dev 973 -> 974. Measured and not kept: a name set off after a preposition's object read as that
 * object's, not the subject ("X, the editor of the city's daily, the Harlow Courier, said"; train
 * +1 -1: a role with its own "for" phrase before a name the gazetteer lacks); a coordinated first
 * part before an inserted "in fact" (no change: the unnamed first part is no mention). PolNeAR
 * held-out speakers, measured once at the end, misses not read: 0.9178 -> 0.9159 (about 2 of the
 * ~1,000 judged), Reuters held-out 47/52 unchanged: the train gains do not carry over.
 *
 * Round 9 (h23-spk), designed on --train 378 and checked on --train 378 --skip 378 (the 756
 * articles before the held-out tail) and dev, at the start: 3928/4254, 4125/4460, dev 972/1029
 * (326 and 335 misses). By cause (a script's first pass, read by hand): the quote hangs on another
 * cue than the gold's 165/154 and a second gold on one quote ("X said, according to Y") 9/11;
 * scorer artefacts where the speaker is the right one, a descriptor gold ("The Ohio governor"
 * given as the governor's name) 16/11, a possessive gold 13/16 and a spelling or partial form
 * 14/21; same cue, no speaker 35/34; same cue, another speaker 74/88. Pronouns and carried-over
 * speakers are almost never the cause. The same-cue misses are a long tail; read one by one as
 * invented sentences, the general ones were subject readings: a dashed insert between subject
 * and verb (spaced single hyphens, a role with its phrase, a quotation inside it), coordinated
 * unnamed groups cut to their last part, a "which" clause before the verb, an owner with a bare
 * apostrophe ("Voss’ campaign"), a phrase ending in a preposition before a gerund, an inverted
 * unlisted verb after a role and its titled name or a short exclamation. Fixed: 3928 -> 3937/4255,
 * 4125 -> 4132/4461, dev 972 -> 973/1029. Coordinated names ("X, Y and Z said", "X and Y both
 * said") now give the list's first name, score-neutral (the scorer takes any listed name).
 * Measured and not kept: an object before a verb joined by "and"/"but" never its doer in the
 * fallback source (-1, -1); "only" as a verb-group adverb (-1 of a descriptor gold now resolved,
 * --skip 378 +1 -1, dev one fewer judged); coordinated groups in the fallback source (--skip 378
 * -1: comma lists cut to their last items); an unnamed group before a comma insert (-2, 0, dev -1).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { requireShared } from '../scripts/shared-data.ts';
import { HELDOUT_SHARE } from '../src/extract/attribution/model.ts';
import type { Quote } from '../src/model/quote.ts';
import { type Gold, loadPolnearDev } from './polnear-dev-articles.ts';

const argOf = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const EXAMPLES = Number(argOf('--examples') ?? 4);
const ONLY = argOf('--bucket');
const TRAIN = argOf('--train');
const SKIP = Number(argOf('--skip') ?? 0);

/** `n` articles of PolNeAR train after the first `skip`, never reaching its held-out tail. */
function loadTrainHead(n: number, skip: number): ReturnType<typeof loadPolnearDev> {
  const raw = gunzipSync(readFileSync(requireShared('eval/attribution/polnear-train.jsonl.gz'))).toString(
    'utf8',
  );
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const head = lines.slice(skip, Math.min(skip + n, Math.floor(lines.length * (1 - HELDOUT_SHARE))));
  const records = new Map(
    head
      .map((l) => JSON.parse(l) as { id: string; text: string; attributions: Gold[] })
      .map((r) => [r.id, r]),
  );
  const articles = readJsonLines('train', 'train.jsonl', head.join('\n'), 'utf-8').articles.map(
    prepareArticle,
  );
  return { records, articles, entities: buildEntityIndex(articles) };
}

/** The scorer's pronouns and determiners, never names (score_attribution.py's PRON). */
const PRON = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'the',
  'a',
  'an',
  'this',
  'that',
]);
const nameWords = (s: string): Set<string> =>
  new Set(
    [...s.matchAll(/[A-Z][\p{L}\p{N}_'’-]+/gu)]
      .map((m) => m[0].toLowerCase())
      .filter((w) => !PRON.has(w) && w.length >= 3),
  );
const allWords = (s: string): Set<string> =>
  new Set([...s.matchAll(/[\p{L}\p{N}_'’-]+/gu)].map((m) => m[0].toLowerCase()));

/** Head words of bodies that speak through people. */
const BODY =
  /\b(campaign|committee|house|department|party|administration|office|agency|council|commission|court|government|ministry|pentagon|kremlin|times|post|news|poll|survey|report|network|foundation|group|association|union|coalition|fund|pac|cnn|fox|nbc|abc|cbs|msnbc|press)\b/iu;

const { records, articles, entities } = TRAIN ? loadTrainHead(Number(TRAIN), SKIP) : loadPolnearDev();
const buckets = new Map<string, string[]>();
let judged = 0;
let right = 0;
let otherCue = 0;
const put = (b: string, e: string): void => {
  buckets.set(b, [...(buckets.get(b) ?? []), e]);
};

function bucketOf(q: Quote, gold: string, goldWords: Set<string>): string {
  const rule = q.speakerRule ?? '';
  const name = q.speaker?.name ?? '';
  if (!q.speaker) return 'no-speaker';
  if (q.kind === 'transcript' || rule.includes('turn') || rule.includes('transcript')) return 'transcript';
  if (rule === 'speaker.pronoun') return 'pronoun';
  if (rule === 'speaker.role-noun' || rule.includes('role')) return 'role-noun';
  if (rule.includes('carry') || rule.includes('introduced')) return 'carry-over';
  if (rule.includes('according')) return 'according-to';
  if (rule.includes('passive') || rule.includes('quoted-as')) return 'passive';
  if (rule.includes('embedding')) return 'embedded';
  if (BODY.test(gold) !== BODY.test(name)) return 'org-vs-person';
  const got = allWords(name);
  const goldAll = allWords(gold);
  if (
    [...got].some((w) => goldAll.has(w)) ||
    [...goldWords].some((w) => name.toLowerCase().includes(w.slice(0, 4)))
  )
    return 'name-form';
  return 'subject';
}

for (const article of articles) {
  const record = records.get(article.id);
  if (!record) continue;
  const { text } = record;
  const alnum = (s: number, e: number): Set<number> => {
    const out = new Set<number>();
    for (let i = s; i < Math.min(e, text.length); i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) out.add(i);
    return out;
  };
  const quotes = extractQuotes(article, entities, { indirect: true });
  const preds = quotes.map((q) => ({ q, chars: alnum(q.start, q.end) }));
  for (const g of record.attributions) {
    const gold = new Set(g.content.flatMap(([s, e]) => [...alnum(s, e)]));
    if (gold.size === 0) continue;
    const hit = preds.find(
      ({ chars }) =>
        [...gold].filter((i) => chars.has(i)).length >= 0.5 * gold.size && chars.size <= 2 * gold.size + 20,
    );
    if (!hit || !g.source) continue;
    const src = text.slice(...g.source);
    const words = nameWords(src);
    if (words.size === 0) continue;
    judged++;
    const got = allWords(hit.q.speaker?.name ?? '');
    if ([...words].some((w) => got.has(w))) {
      right++;
      continue;
    }
    const b = bucketOf(hit.q, src, words);
    // A miss whose quote hangs on another cue than the gold's is first a cue choice, then a speaker one.
    const cue = hit.q.cue;
    if (!cue || !g.cue || cue.end <= g.cue[0] || cue.start >= g.cue[1]) otherCue++;
    const lo = Math.max(0, Math.min(g.source[0], hit.q.start, g.cue?.[0] ?? Infinity) - 60);
    const hi = Math.max(g.source[1], g.cue?.[1] ?? 0) + 40;
    put(
      b,
      `${article.id} ${hit.q.kind} gold=“${src}” got=“${hit.q.speaker?.name ?? '-'}” (${hit.q.speakerRule ?? '-'})` +
        ` cue=“${g.cue ? text.slice(...g.cue) : '-'}” ours=“${cue ? text.slice(cue.start, cue.end) : '-'}”\n      …${text.slice(lo, Math.min(hi, lo + 400)).replace(/\s+/gu, ' ')}…`,
    );
  }
}

console.log(
  `PolNeAR ${TRAIN ? `train (${TRAIN} after the first ${SKIP})` : 'dev'}: ${judged} judged speakers, ${right} right (${(right / judged).toFixed(4)})`,
);
console.log(`misses on another cue than the gold's (or none): ${otherCue} of ${judged - right}`);
for (const [bucket, list] of [...buckets].sort((x, y) => y[1].length - x[1].length)) {
  if (ONLY && bucket !== ONLY) continue;
  console.log(`${bucket.padEnd(14)} ${list.length} (${(list.length / judged).toFixed(3)})`);
  for (const e of list.slice(0, ONLY ? list.length : EXAMPLES)) console.log(`  ${e}`);
}
