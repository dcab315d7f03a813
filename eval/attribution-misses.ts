/**
 * Where PolNeAR dev's (or train's) attributions are lost (held-out misses are never looked at). Each
 * gold attribution the extractor does not find (score_attribution.py's rule: one quote covering
 * ≥ 50% of its letters and digits, at most twice as long + 20) is put in one bucket:
 *
 * - `rejected`: a candidate content would find it, but the model scored it under the threshold;
 * - `outselected`: a candidate would find it and passed, but another was chosen (select.ts);
 * - `span`: candidates exist at its cue word, none with bounds that would find it;
 * - `no-event`: its cue's head is a cue word, but the rules read no speech act there;
 * - `not-cue`: its cue's head is no cue word (tallied by word);
 * - `no-cue`: the annotation has no cue;
 * - `other-sentence`: its content lies in another sentence than its cue, or spans several
 *   (`-run-on`: a candidate of its first sentence extended to the end of its last would find it;
 *   eval/attribution-sentence-units.ts tallies these and the splitter's part in them).
 *
 * `--train N` reads the first N articles of PolNeAR train instead (`--skip M`: the N after the
 * first M), capped before its held-out tail: span rules and features are derived from these.
 * `--model PATH` scores with a model file instead of the shipped one (one trained with LEAVE_OUT).
 *
 *   node eval/attribution-misses.ts [--examples N] [--bucket NAME] [--train N [--skip M]] [--model PATH]
 */
import { findLearnedClauses, readCandidates } from '../src/extract/attribution/reported.ts';
import { readFileSync } from 'node:fs';
import {
  compileModel,
  type ModelFile,
  SHIPPED_MODEL,
  scoreFeatures,
} from '../src/extract/attribution/model.ts';
import { analyzeArticle, extractQuotes } from '../src/extract/quotes.ts';
import { VERB_GAP_WORDS } from '../src/nlp/lexicons/function-words.ts';
import { tokenize } from '../src/nlp/tokens.ts';
import { loadPolnearDev, loadPolnearTrainHead } from './polnear-dev-articles.ts';

const argOf = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const EXAMPLES = Number(argOf('--examples') ?? 3);
const ONLY = argOf('--bucket');
const TRAIN = argOf('--train');
const SKIP = Number(argOf('--skip') ?? 0);
const MODEL = argOf('--model');
// A model trained without these articles (LEAVE_OUT in train-attribution.ts) replaces the shipped one.
if (MODEL) Object.assign(SHIPPED_MODEL, compileModel(JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile));

const { records, articles, entities } = TRAIN ? loadPolnearTrainHead(Number(TRAIN), SKIP) : loadPolnearDev();

const buckets = new Map<string, string[]>();
const cueWords = new Map<string, number>();
let total = 0;
const put = (bucket: string, example: string): void => {
  const list = buckets.get(bucket) ?? [];
  list.push(example);
  buckets.set(bucket, list);
};
/** A candidate's shape: direction/opening/closing. */
const shapeOf = (c: { direction: string; opening: string; closing: string }): string =>
  `${c.direction}/${c.opening}/${c.closing}`;
/** A character offset with its sign: where a taken span starts or ends against the gold's. */
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const isModifier = (w: string): boolean => VERB_GAP_WORDS.has(w) || /ly$/u.test(w);

for (const article of articles) {
  const record = records.get(article.id);
  if (!record) continue;
  const { text } = record;
  const isAlnum = (i: number): boolean => /[\p{L}\p{N}]/u.test(text[i]!);
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (isAlnum(i) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const quotes = extractQuotes(article, entities, { indirect: true });
  const taken = findLearnedClauses(analyzeArticle(article, entities), []);
  const a = analyzeArticle(article, entities);
  const cands = readCandidates(a, [], SHIPPED_MODEL.isCueWord).flatMap(({ read }) =>
    read.map((r) => ({
      ...r.candidate,
      gain:
        scoreFeatures(SHIPPED_MODEL, r.shared) +
        scoreFeatures(SHIPPED_MODEL, r.own) -
        SHIPPED_MODEL.threshold,
    })),
  );
  for (const g of record.attributions) {
    const size = g.content.reduce((n, [s, e]) => n + count(s, e), 0);
    if (size === 0) continue;
    total++;
    const finds = (start: number, end: number): boolean => {
      const inter = g.content.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0);
      return inter >= 0.5 * size && count(start, end) <= 2 * size + 20;
    };
    if (quotes.some((q) => finds(q.start, q.end))) continue;
    const lo = Math.min(...g.content.map(([s]) => s));
    const hi = Math.max(...g.content.map(([, e]) => e));
    const cueText = g.cue ? text.slice(g.cue[0], g.cue[1]) : '-';
    // Where the content lies against its cue: the candidates read after or before it, never around.
    const side = !g.cue ? '-' : hi <= g.cue[0] ? 'before' : lo >= g.cue[1] ? 'after' : 'around';
    const example =
      `${article.id} ${g.direct ? 'D' : 'I'} ${side} cue=“${cueText}” src=“${g.source ? text.slice(...g.source) : '-'}” ` +
      `“${text.slice(lo, Math.min(hi, lo + 160)).replace(/\s+/gu, ' ')}”`;
    const hit = cands.filter((c) => finds(c.start, c.end));
    if (hit.length > 0) {
      const best = Math.max(...hit.map((c) => c.gain));
      const rival = quotes.find((q) => q.kind === 'indirect' && q.start < hi && lo < q.end);
      const rivalText = rival ? text.slice(rival.start, rival.end).slice(0, 100).replace(/\s+/gu, ' ') : '-';
      const hitCues = new Set(hit.filter((c) => c.gain > 0).map((c) => c.sentence.tokens[c.token]!.start));
      const sameCue = taken.some(
        (c) =>
          hitCues.has(c.sentence.tokens.find((t) => t.start >= c.event.cue.start)?.start ?? -1) ||
          hitCues.has(c.event.cue.start),
      );
      // The shapes of the best candidate that would have found it and of the one its cue took.
      const right = hit.find((c) => c.gain === best)!;
      const took = cands.find(
        (c) =>
          c.token === right.token &&
          c.sentence === right.sentence &&
          taken.some((t) => t.start === c.start && t.end === c.end),
      );
      const shapes = `${shapeOf(right)} ${best.toFixed(2)} over ${took ? `${shapeOf(took)} ${took.gain.toFixed(2)}` : '-'}`;
      if (best > 0)
        put(
          sameCue ? 'outselected-same-cue' : 'outselected-other-cue',
          `${example}\n      took “${rivalText}”${rival ? ` (start ${signed(rival.start - lo)}, end ${signed(rival.end - hi)})` : ''} ${shapes}`,
        );
      else
        put(
          'rejected',
          `${example} best ${best.toFixed(2)} ${hit.find((c) => c.gain === best)!.opening}/${hit.find((c) => c.gain === best)!.closing}`,
        );
      continue;
    }
    const sentence = a.frame.sentences.find((s) => s.start <= lo && lo < s.end);
    const cueSentence = g.cue
      ? a.frame.sentences.find((s) => s.start <= g.cue![0] && g.cue![0] < s.end)
      : null;
    if (!sentence || hi > sentence.end + 1 || (cueSentence && cueSentence !== sentence)) {
      // Several sentences: would a candidate of the first, run on to the end of the last, find it?
      const last = a.frame.sentences.findLast((s) => s.start < hi);
      const runOn =
        sentence &&
        last &&
        last !== sentence &&
        cands.some((c) => c.sentence === sentence && c.direction !== 'before' && finds(c.start, last.end));
      put(`other-sentence${g.direct ? '-direct' : ''}${runOn ? '-run-on' : ''}`, example);
      continue;
    }
    if (!g.cue) {
      put('no-cue', example);
      continue;
    }
    const words = tokenize(text, g.cue[0], g.cue[1]);
    const head = words.find((t) => !isModifier(t.norm)) ?? words[0];
    const cueTokens = sentence.tokens
      .map((t, k) => ({ t, k }))
      .filter(({ t }) => t.start >= g.cue![0] && t.end <= g.cue![1]);
    if (cands.some((c) => c.sentence === sentence && cueTokens.some(({ k }) => k === c.token))) {
      put(g.direct ? 'span-direct' : 'span', example);
      continue;
    }
    if (cueTokens.some(({ t }) => SHIPPED_MODEL.isCueWord(t.norm))) {
      put('no-event', example);
      continue;
    }
    const key = head?.norm ?? '-';
    cueWords.set(key, (cueWords.get(key) ?? 0) + 1);
    put('not-cue', example);
  }
}

console.log(
  `PolNeAR ${TRAIN ? `train (${TRAIN} after the first ${SKIP})` : 'dev'}: ${total} gold attributions`,
);
for (const [bucket, list] of [...buckets].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${bucket.padEnd(22)} ${list.length} (${(list.length / total).toFixed(3)})`);
  if (!ONLY || ONLY === bucket) for (const e of list.slice(0, EXAMPLES)) console.log(`  ${e}`);
}
console.log('not-cue heads:');
console.log(
  [...cueWords]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 400)
    .map(([w, n]) => `${w}:${n}`)
    .join(' '),
);
