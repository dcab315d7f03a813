/**
 * Sentence splitters compared without a sentence-annotated corpus, by what annotations imply:
 * - a bad split is a boundary strictly inside an annotated span (PolNeAR source or content, a
 *   seeds gold quote) whose words hold no sentence-final punctuation: such a span is one clause,
 *   so no sentence can end inside it;
 * - a boundary after a title ("Mr.", "Gen.") or an initial ("J.", "J.P.") is wrong, since a name
 *   follows; after "U.S."-style abbreviations it may be a true end, so those are counted apart,
 *   with how many fall inside a one-clause span (certainly wrong);
 * - agreement: boundaries both splitters put, over boundaries either puts.
 * Both splitters run within paragraphs, so only boundaries inside a paragraph are compared.
 */
import type { Span } from '../../src/model/span.ts';
import { splitParagraphs } from '../../src/nlp/paragraphs.ts';
import type { Doc } from './data.ts';

export type Splitter = (text: string) => Span[];

interface Figures {
  sentences: number;
  boundaries: number;
  badSplits: number;
  afterTitle: number;
  afterInitial: number;
  afterCountryAbbrev: number;
  countryAbbrevInsideClause: number;
  /** A boundary before a lower-case word: the next "sentence" is a continuation ("?” he asks"). */
  thenLowerCase: number;
  sentencesPerSecond: number;
}

/** Titles and the "v." of case names: a name always follows. */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Sen|Sens|Rep|Reps|Del|Gov|Prof|Rev|St|Adm|Maj|v|vs)\.$/;
/** Country abbreviations, and their halves when a splitter cuts inside one ("Russia–U. ‖ S."). */
const COUNTRY_ABBREV = /^(?:U\.S|U\.K|U\.N|E\.U|D\.C|U)\.$/;
/** One or more initials: "J.", "J.P.", "G.K.", the "N." of "(D-N.C.)". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** Sentence-final punctuation inside a span: the span may hold more than one sentence. */
const FINAL_INSIDE = /[.!?…]/;

/** Boundary offsets (the end of a sentence that is not its paragraph's last). */
function boundariesOf(text: string, sentences: readonly Span[]): number[] {
  const paragraphEnds = new Set(splitParagraphs(text).map((p) => p.end));
  return sentences.map((s) => s.end).filter((e) => !paragraphEnds.has(e));
}

/** The word before a boundary, after any bracket, quote, hyphen or dash it is joined to. */
function lastWord(text: string, b: number): string {
  const before = /(\S+)$/u.exec(text.slice(Math.max(0, b - 20), b))?.[1] ?? '';
  return before.split(/[-–—(“"‘]/u).pop() ?? '';
}

/**
 * A boundary's key: the first letter or digit after it. Splitters that put an ellipsis or a
 * closing quote on different sides of a boundary still agree on where the next sentence starts.
 */
function keyOf(text: string, b: number): number {
  const m = /[\p{L}\p{N}]/u.exec(text.slice(b));
  return m ? b + m.index : text.length;
}

/** A one-clause span: no sentence-final mark before its own closing punctuation. */
function isOneClause(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).replace(/[\s.!?…"”’'),;:]+$/u, '');
  return !FINAL_INSIDE.test(words);
}

function measureOne(
  docs: readonly Doc[],
  split: Splitter,
): Omit<Figures, 'sentencesPerSecond'> & { cuts: Map<string, number[]> } {
  const f = {
    sentences: 0,
    boundaries: 0,
    badSplits: 0,
    afterTitle: 0,
    afterInitial: 0,
    afterCountryAbbrev: 0,
    countryAbbrevInsideClause: 0,
    thenLowerCase: 0,
  };
  const cuts = new Map<string, number[]>();
  for (const d of docs) {
    const sentences = split(d.text);
    const bounds = boundariesOf(d.text, sentences);
    cuts.set(
      d.id,
      bounds.map((b) => keyOf(d.text, b)),
    );
    f.sentences += sentences.length;
    f.boundaries += bounds.length;
    const clauses = d.spans.filter((s) => isOneClause(d.text, s));
    for (const b of bounds) {
      const inClause = clauses.some((s) => s.start < b && b < s.end && /\S/.test(d.text.slice(b, s.end)));
      if (inClause) f.badSplits++;
      const word = lastWord(d.text, b);
      if (TITLE.test(word)) f.afterTitle++;
      else if (COUNTRY_ABBREV.test(word)) {
        f.afterCountryAbbrev++;
        if (inClause) f.countryAbbrevInsideClause++;
      } else if (INITIALS.test(word)) f.afterInitial++;
      if (/^\s*\p{Ll}/u.test(d.text.slice(b))) f.thenLowerCase++;
    }
  }
  return { ...f, cuts };
}

/** Sentences per second over all the docs, best of `runs` passes (the first warms the JIT and caches). */
function measureSpeed(docs: readonly Doc[], split: Splitter, runs = 3): number {
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = 0;
    for (const d of docs) count += split(d.text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return count / (best / 1000);
}

/** Boundaries one splitter puts and the other does not, with a few words either side. */
function disagreements(
  docs: readonly Doc[],
  mine: Map<string, number[]>,
  theirs: Map<string, number[]>,
): { agree: number; union: number; onlyFirst: string[]; onlySecond: string[] } {
  let agree = 0;
  let union = 0;
  const onlyFirst: string[] = [];
  const onlySecond: string[] = [];
  const show = (text: string, b: number): string =>
    `…${text.slice(Math.max(0, b - 30), b)} ‖ ${text.slice(b, b + 25)}…`.replace(/\s+/g, ' ');
  for (const d of docs) {
    const a = new Set(mine.get(d.id));
    const b = new Set(theirs.get(d.id));
    for (const x of a) if (b.has(x)) agree++;
    union += new Set([...a, ...b]).size;
    for (const x of a) if (!b.has(x)) onlyFirst.push(show(d.text, x));
    for (const x of b) if (!a.has(x)) onlySecond.push(show(d.text, x));
  }
  return { agree, union, onlyFirst, onlySecond };
}

/** Prints the figures of each splitter on one set, their agreement and sample disagreements. */
export function compareSplitters(
  label: string,
  docs: readonly Doc[],
  splitters: Record<string, Splitter>,
  examples = 6,
): void {
  const names = Object.keys(splitters);
  const cutsOf = new Map<string, Map<string, number[]>>();
  const spans = docs.reduce((n, d) => n + d.spans.length, 0);
  const clauses = docs.reduce((n, d) => n + d.spans.filter((s) => isOneClause(d.text, s)).length, 0);
  console.log(
    `\n## sentences: ${label} (${docs.length} texts, ${spans} annotated spans, ${clauses} of one clause)`,
  );
  console.log(
    'splitter        sentences  boundaries  bad-splits  after-title  after-initial  after-U.S.(in clause)  then-lower  sentences/s',
  );
  for (const name of names) {
    const split = splitters[name]!;
    const m = measureOne(docs, split);
    cutsOf.set(name, m.cuts);
    const speed = measureSpeed(docs, split);
    console.log(
      `${name.padEnd(15)} ${String(m.sentences).padStart(9)}  ${String(m.boundaries).padStart(10)}  ${String(m.badSplits).padStart(10)}  ${String(m.afterTitle).padStart(11)}  ${String(m.afterInitial).padStart(13)}  ${`${m.afterCountryAbbrev}(${m.countryAbbrevInsideClause})`.padStart(21)}  ${String(m.thenLowerCase).padStart(10)}  ${Math.round(speed).toString().padStart(11)}`,
    );
  }
  const [first, second] = names;
  if (!first || !second) return;
  const d = disagreements(docs, cutsOf.get(first)!, cutsOf.get(second)!);
  console.log(
    `agreement       ${(d.agree / Math.max(1, d.union)).toFixed(3)} of boundaries (${d.agree}/${d.union}); only ${first} ${d.onlyFirst.length}, only ${second} ${d.onlySecond.length}`,
  );
  for (const e of d.onlyFirst.slice(0, examples)) console.log(`  only ${first}: ${e}`);
  for (const e of d.onlySecond.slice(0, examples)) console.log(`  only ${second}: ${e}`);
}
