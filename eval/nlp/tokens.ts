/**
 * Tokenisers compared: agreement of word-token spans (punctuation-only tokens dropped, as ours has
 * none), speed, and the places they differ, each classed by what the text there holds.
 */
import type { Token } from '../../src/nlp/tokens.ts';
import type { Doc } from './data.ts';

export type Tokenizer = (text: string) => Token[];

/** Classes of disagreement, tested in this order: the first that fits names the region. */
const CLASSES: readonly { name: string; test: RegExp }[] = [
  { name: 'url/email/handle', test: /:\/\/|www\.|\.com\b|[@#]\w/ },
  { name: 'curly apostrophe', test: /\p{L}’\p{L}?/u },
  { name: 'contraction', test: /\p{L}'\p{L}|\p{L}'$/u },
  { name: 'number with separator', test: /\d[.,:/]\d/ },
  { name: 'hyphen', test: /\p{L}-\p{L}/u },
  { name: 'abbreviation with dots', test: /\p{L}\.\p{L}/u },
  { name: 'word with its full stop', test: /\p{L}\.$/u },
];

interface Region {
  start: number;
  end: number;
}

/** Spans of text where the two token lists differ: overlapping unmatched tokens merged. */
function diffRegions(a: readonly Token[], b: readonly Token[]): Region[] {
  const key = (t: Token): string => `${t.start}:${t.end}`;
  const inA = new Set(a.map(key));
  const inB = new Set(b.map(key));
  const odd = [...a.filter((t) => !inB.has(key(t))), ...b.filter((t) => !inA.has(key(t)))].sort(
    (x, y) => x.start - y.start,
  );
  const out: Region[] = [];
  for (const t of odd) {
    const last = out.at(-1);
    if (last && t.start < last.end) last.end = Math.max(last.end, t.end);
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}

function classify(text: string): string {
  return CLASSES.find((c) => c.test.test(text))?.name ?? 'other';
}

function tokensPerSecond(docs: readonly Doc[], tokenize: Tokenizer, runs = 3): number {
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = 0;
    for (const d of docs) count += tokenize(d.text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return count / (best / 1000);
}

/** Prints agreement, speed and the classed disagreements of two tokenisers on one set. */
export function compareTokenizers(
  label: string,
  docs: readonly Doc[],
  ours: Tokenizer,
  theirs: Tokenizer,
  theirName: string,
  examples = 2,
): void {
  let a = 0;
  let b = 0;
  let both = 0;
  const classes = new Map<string, string[]>();
  for (const d of docs) {
    const x = ours(d.text);
    const y = theirs(d.text);
    a += x.length;
    b += y.length;
    const keys = new Set(x.map((t) => `${t.start}:${t.end}`));
    both += y.filter((t) => keys.has(`${t.start}:${t.end}`)).length;
    for (const r of diffRegions(x, y)) {
      const text = d.text.slice(r.start, r.end);
      const name = classify(text);
      classes.set(name, [...(classes.get(name) ?? []), text]);
    }
  }
  console.log(`\n## tokens: ${label}`);
  console.log(
    `ours ${a} tokens, ${theirName} ${b}; same span ${both}: ${(both / (a + b - both)).toFixed(3)} of either's tokens`,
  );
  console.log(
    `speed: ours ${Math.round(tokensPerSecond(docs, ours))} tokens/s, ${theirName} ${Math.round(tokensPerSecond(docs, theirs))} tokens/s`,
  );
  const sorted = [...classes].sort((p, q) => q[1].length - p[1].length);
  for (const [name, texts] of sorted) {
    const sample = texts.slice(0, examples).map((t) => JSON.stringify(t.replace(/\s+/g, ' ').slice(0, 40)));
    const ourSplit = texts.slice(0, examples).map((t) =>
      ours(t)
        .map((k) => k.text)
        .join('|'),
    );
    const theirSplit = texts.slice(0, examples).map((t) =>
      theirs(t)
        .map((k) => k.text)
        .join('|'),
    );
    console.log(
      `  ${name.padEnd(22)} ${String(texts.length).padStart(5)} regions  e.g. ${sample.map((s, i) => `${s} ours ${ourSplit[i]} / ${theirName} ${theirSplit[i]}`).join('; ')}`,
    );
  }
}
