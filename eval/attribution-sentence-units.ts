/**
 * Whether the sentence is the right unit for PolNeAR contents (issue #8). Candidates live inside one
 * of our sentences (src/nlp/sentences.ts); a gold content may run over several, or across a cut our
 * splitter made where a reader would not. For every gold: how many of our sentences its letters and
 * digits fall in; for the golds extraction misses that span several, whether each cut inside them
 * looks like a splitter error (the next sentence opens in lower case, or the cut follows a short
 * abbreviation or an initial, or no full stop, question or exclamation mark ends the first part),
 * and whether a candidate of the gold's first sentence, extended to the end of its last, would find
 * it (any score: the bound on what continuation candidates could add), with the continuation
 * sentences' openings; among all multi-sentence golds, those no candidate and no quote finds but an
 * extended candidate would. Against wink-nlp's splitter run on the same masked text: our cuts
 * inside a gold that wink does not make, and wink cuts inside one of our sentences at a gold's
 * start or end. Single-sentence misses: whether the cue lies in another sentence.
 *
 *   node eval/attribution-sentence-units.ts [--train N [--skip M]] [--examples N]
 *
 * Train's head only (never its held-out tail); without --train, dev.
 */
import { MAX_CANDIDATE_SENTENCE_WORDS, readCandidates } from '../src/extract/attribution/reported.ts';
import { SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import { analyzeArticle, extractQuotes } from '../src/extract/quotes.ts';
import { winkSentences } from './nlp/wink.ts';
import { loadPolnearDev, loadPolnearTrainHead } from './polnear-dev-articles.ts';

const argOf = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const TRAIN = argOf('--train');
const EXAMPLES = Number(argOf('--examples') ?? 0);
const { records, articles, entities } = TRAIN
  ? loadPolnearTrainHead(Number(TRAIN), Number(argOf('--skip') ?? 0))
  : loadPolnearDev();

const tally = new Map<string, number>();
const add = (key: string, n = 1): void => void tally.set(key, (tally.get(key) ?? 0) + n);
const examples = new Map<string, string[]>();
const show = (key: string, line: string): void => {
  const list = examples.get(key) ?? [];
  if (list.length < EXAMPLES) list.push(line);
  examples.set(key, list);
};
let total = 0;
let missed = 0;

for (const article of articles) {
  const record = records.get(article.id);
  if (!record || record.text !== article.text) continue;
  const { text } = record;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(text[i]!) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const quotes = extractQuotes(article, entities, { indirect: true });
  const a = analyzeArticle(article, entities);
  const sentences = a.frame.sentences;
  // wink-nlp's sentence starts on the masked text (so neither splitter cuts inside a quotation).
  const winkStarts = winkSentences(a.frame.masked).map((w) => w.start);
  const cands = readCandidates(a, [], SHIPPED_MODEL.isCueWord).flatMap(({ read }) =>
    read.map((r) => r.candidate),
  );
  for (const g of record.attributions) {
    const size = g.content.reduce((n, [s, e]) => n + count(s, e), 0);
    if (size === 0) continue;
    total++;
    const inside = (start: number, end: number): number =>
      g.content.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0);
    const finds = (start: number, end: number): boolean =>
      inside(start, end) >= 0.5 * size && count(start, end) <= 2 * size + 20;
    const over = sentences.filter((s) => inside(s.start, s.end) > 0);
    const n = over.length;
    const nKey = n === 0 ? '0' : n === 1 ? '1' : n === 2 ? '2' : '3+';
    add(`all: sentences ${nKey}`);
    if (n >= 2) {
      // The bound on continuation candidates whatever the model: no candidate inside one sentence
      // finds the gold, one of its first sentence extended to the end of its last would.
      const first = over[0]!;
      const last = over.at(-1)!;
      if (!cands.some((c) => finds(c.start, c.end))) {
        add('multi: no candidate finds it');
        if (cands.some((c) => c.sentence === first && c.direction !== 'before' && finds(c.start, last.end))) {
          add('multi: ...an extended first-sentence candidate would');
          const by = quotes.find((q) => finds(q.start, q.end));
          add(`multi: ...... found already by ${by ? `a ${by.kind} quote` : 'nothing'}`);
        }
      }
    }
    const found = quotes.some((q) => finds(q.start, q.end));
    // Against wink-nlp: a cut of ours inside the gold that wink does not make (over-split), a
    // wink cut inside one of our sentences where the gold starts or ends (under-split).
    const lo0 = Math.min(...g.content.map(([s]) => s));
    const hi0 = Math.max(...g.content.map(([, e]) => e));
    const overSplit = over
      .slice(1)
      .some((s) => !winkStarts.some((w) => count(Math.min(w, s.start), Math.max(w, s.start)) === 0));
    const edgeCuts = winkStarts.filter(
      (w) =>
        (count(Math.min(w, lo0), Math.max(w, lo0)) === 0 ||
          count(Math.min(w, hi0), Math.max(w, hi0)) === 0) &&
        over.some((s) => count(s.start, w) > 0 && count(w, s.end) > 0),
    );
    const key = found ? 'found' : 'missed';
    if (overSplit) add(`wink: ${key}, our cut inside the gold wink does not make`);
    if (edgeCuts.length > 0) {
      add(`wink: ${key}, gold edge at a wink cut inside our sentence`);
      if (!found) {
        const clipped = cands.some((c) => {
          const at = c.sentence.tokens[c.token]!.start;
          const s = Math.max(c.start, ...edgeCuts.filter((p) => p <= at));
          const e = Math.min(c.end, ...edgeCuts.filter((p) => p > at));
          return finds(s, e);
        });
        if (clipped) add('wink: missed, ...a candidate clipped at the wink cut would find it');
        show(
          `wink under-split clipped=${clipped}`,
          `${article.id} ${g.direct ? 'D' : 'I'} cue=“${g.cue ? text.slice(...g.cue) : '-'}” gold “${text.slice(lo0, hi0).replace(/\s+/gu, ' ').slice(0, 160)}” at ${edgeCuts.map((w) => `“${text.slice(w - 30, w + 20).replace(/\s+/gu, ' ')}”`).join(' ')}`,
        );
      }
    }
    if (!found && overSplit)
      show(
        'wink over-split',
        `${article.id} ${g.direct ? 'D' : 'I'} cue=“${g.cue ? text.slice(...g.cue) : '-'}” gold “${text.slice(lo0, hi0).replace(/\s+/gu, ' ').slice(0, 300)}”`,
      );
    if (found) continue;
    missed++;
    add(`missed: sentences ${nKey}`);
    add(`missed: sentences ${nKey} ${g.direct ? 'direct' : 'indirect'}`);
    if (n === 1) {
      const only = over[0]!;
      const cueIn = g.cue ? sentences.find((s) => s.start <= g.cue![0] && g.cue![0] < s.end) : undefined;
      const place = !g.cue
        ? 'no cue'
        : !cueIn
          ? 'cue outside sentences'
          : cueIn === only
            ? 'same'
            : cueIn.index === only.index - 1
              ? 'previous'
              : cueIn.index === only.index + 1
                ? 'next'
                : 'farther';
      add(`missed single: cue sentence ${place}`);
      // Sentences past MAX_CANDIDATE_SENTENCE_WORDS are never read: a list or scrape left whole.
      if (only.tokens.length > MAX_CANDIDATE_SENTENCE_WORDS)
        add('missed single: in a sentence too long to read');
      // A cut a reader would make inside our sentence: the gold lies on one side of it.
      const inner = innerCuts(text, only.start, only.end);
      const lo = Math.min(...g.content.map(([s]) => s));
      const hi = Math.max(...g.content.map(([, e]) => e));
      if (inner.length > 0) {
        add("missed single: our sentence holds a reader's cut");
        const side = inner.some((c) => c >= hi - 2 || c <= lo + 2);
        if (side) add('missed single: ...the gold ends or starts at it');
        const pieces = [only.start, ...inner, only.end];
        const cutFinds = cands.some((c) => {
          if (c.sentence !== only) return false;
          const s = Math.max(c.start, ...pieces.filter((p) => p <= c.sentence.tokens[c.token]!.start));
          const e = Math.min(c.end, ...pieces.filter((p) => p > c.sentence.tokens[c.token]!.start));
          return finds(s, e);
        });
        if (cutFinds) add('missed single: ...a candidate cut there would find it');
        show(
          `glued side=${side} cutFinds=${cutFinds}`,
          `${article.id} ${g.direct ? 'D' : 'I'} cue=“${g.cue ? text.slice(...g.cue) : '-'}” gold “${text.slice(lo, hi).replace(/\s+/gu, ' ').slice(0, 200)}” in “${text.slice(only.start, only.end).replace(/\s+/gu, ' ').slice(0, 300)}”`,
        );
      }
      if (place === 'previous' || place === 'next')
        show(
          `cue ${place}`,
          `${article.id} ${g.direct ? 'D' : 'I'} cue=“${g.cue ? text.slice(...g.cue) : '-'}” gold “${text.slice(lo, hi).replace(/\s+/gu, ' ').slice(0, 200)}” cue sentence “${text.slice(cueIn!.start, cueIn!.end).replace(/\s+/gu, ' ').slice(0, 200)}”`,
        );
    }
    if (n < 2) continue;
    // Each cut inside the gold: a splitter error, or a cut a reader makes too.
    const cuts = over.slice(1).map((s, k) => cutKind(text, over[k]!, s));
    const wrong = cuts.filter((c) => c !== 'sentence');
    if (wrong.length > 0) {
      add('missed multi: a cut looks wrong');
      for (const c of new Set(wrong)) add(`missed multi: cut ${c}`);
    } else add('missed multi: every cut a sentence end');
    const first = over[0]!;
    const last = over.at(-1)!;
    const lo = Math.min(...g.content.map(([s]) => s));
    const hi = Math.max(...g.content.map(([, e]) => e));
    const cueIn = g.cue ? sentences.find((s) => s.start <= g.cue![0] && g.cue![0] < s.end) : undefined;
    const cuePlace = !cueIn
      ? 'no cue'
      : cueIn === first
        ? 'first'
        : over.includes(cueIn)
          ? 'inside'
          : 'outside';
    add(`missed multi: cue sentence ${cuePlace}`);
    // A candidate of the first sentence extended over the following sentences.
    const reach = cands.some(
      (c) => c.sentence === first && c.direction !== 'before' && finds(c.start, last.end),
    );
    // The continuation sentences: their opening word, and whether they hold a cue word or quote mark.
    const rest = over.slice(1);
    const opens = rest.map((s) => s.tokens[0]?.norm ?? '-');
    const hasCue = rest.some((s) => s.tokens.some((t) => SHIPPED_MODEL.isCueWord(t.norm)));
    const hasQuote = rest.some((s) => /[“”"]/u.test(text.slice(s.start, s.end)));
    if (reach) {
      add('missed multi: a first-sentence candidate extended would find it');
      add(
        `  ...continuation ${hasCue ? 'holds a cue word' : 'no cue word'}${hasQuote ? ', a quote mark' : ''}`,
      );
      add(`  ...opens with ${opens[0]}`);
    }
    show(
      `${wrong.length > 0 ? 'wrong cut' : 'sentence ends'} reach=${reach} cue=${cuePlace}`,
      `${article.id} ${g.direct ? 'D' : 'I'} cuts=${cuts.join(',')} cue=“${g.cue ? text.slice(...g.cue) : '-'}” ` +
        `“${text.slice(lo, Math.min(hi, lo + 300)).replace(/\s+/gu, ' ')}”`,
    );
  }
}

/**
 * Places inside [start, end) where a reader would end a sentence our splitter did not: . ? or !
 * (closing marks after it), space, then a capital or opening mark, the word before the stop no
 * initial or short capitalised abbreviation.
 */
function innerCuts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const re = /(\S+)([.?!])([”"’)]*)\s+[“"‘(]?\p{Lu}/gu;
  const part = text.slice(start, end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const word = m[1]!.replace(/^[“"‘(]+/u, '');
    re.lastIndex = m.index + m[0].length - 1;
    if (m[2] === '.' && (/\./u.test(word) || /^\p{Lu}\p{L}{0,3}$/u.test(word))) continue;
    out.push(start + m.index + m[1]!.length + 1 + m[3]!.length);
  }
  return out;
}

/**
 * What a reader makes of the cut between two of our sentences: 'sentence' when the first ends
 * with . ? or ! (closing quotes and brackets after it) past a word that is no initial or short
 * abbreviation and the second opens with a capital, digit or opening mark; otherwise why not.
 */
function cutKind(text: string, a: { start: number; end: number }, b: { start: number }): string {
  const left = text.slice(a.start, a.end).trimEnd();
  const next = text.slice(b.start, b.start + 40).trimStart();
  if (/^[\p{Ll}]/u.test(next)) return 'lower-case-next';
  const stripped = left.replace(/[”"'’)\]]+$/u, '');
  const mark = stripped.at(-1) ?? '';
  if (!/[.?!]/u.test(mark))
    return mark === ':' ? 'colon' : /\n/u.test(text.slice(a.end - 1, b.start)) ? 'line' : `end-${mark}`;
  if (mark === '.') {
    const word = /(\S+)\.$/u.exec(stripped)?.[1] ?? '';
    if (/^(\p{Lu}|\p{L}\.\p{L})$/u.test(word) || (/^\p{L}{1,3}$/u.test(word) && /^\p{Lu}/u.test(word)))
      return `abbrev:${word}`;
  }
  return 'sentence';
}

console.log(`PolNeAR ${TRAIN ? `train head (${TRAIN})` : 'dev'}: ${total} golds, ${missed} missed`);
for (const [k, v] of [...tally].sort()) console.log(`${k.padEnd(60)} ${v} (${(v / total).toFixed(4)})`);
for (const [k, list] of examples) {
  console.log(`\n== ${k}`);
  for (const l of list) console.log(`  ${l}`);
}
