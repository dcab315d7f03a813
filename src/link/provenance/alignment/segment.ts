import { anchorsOf, bestMatchIn, type CandidateSentence } from './match.ts';
import type { Term } from '../terms.ts';

/**
 * Segmentation (stitching): which candidate sentence each quote word renders. A Viterbi pass pays a
 * price to switch sentence (less to a nearby one), so a report that stitches three passages comes
 * out as three segments; weak runs merge back, far excursions return, and whole quote sentences
 * follow the source's order.
 */

/**
 * Price of moving to another sentence mid-quote, in content words: a switch must buy more than one
 * matching content word (far) or most of one (within NEAR_SENTENCES). Tuned on invented stitched
 * quotes; lower values split single quotes on one shared word.
 */
const SWITCH_FAR = 1.2;
const SWITCH_NEAR = 0.6;
export const NEAR_SENTENCES = 3;
/**
 * Extra price of a switch inside one clause of the quote (no punctuation or conjunction between the
 * two words): reports stitch at clause boundaries; a clause whose first words also occur in the
 * sentence before ("its share of the money … Our contribution was transferred") is one rendering.
 */
const SWITCH_IN_CLAUSE_EXTRA = 2;
/**
 * A segment must hold this much matched content (about two words), else it merges into its
 * neighbour: one shared word ("unions") is not evidence that the report switched passage.
 */
const MIN_SEGMENT_SUPPORT = 1.5;
/** Viterbi over quote terms × candidates: the sentence each quote term is rendered from. */
export function segmentQuote(quote: Term[], candidates: CandidateSentence[]): number[] {
  const n = quote.length;
  const m = candidates.length;
  const emit: number[][] = quote.map((q, qi) =>
    candidates.map((c) => bestMatchIn(q, qi, c.terms)?.weight ?? 0),
  );
  let score = candidates.map((c, j) => c.prior + emit[0]![j]!);
  const back: Int32Array[] = [];
  for (let i = 1; i < n; i++) {
    const sameClause = quote[i]!.clause === quote[i - 1]!.clause;
    const next = new Array<number>(m);
    const from = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      let best = score[j]!;
      let arg = j;
      for (let k = 0; k < m; k++) {
        if (k === j) continue;
        const near = Math.abs(candidates[k]!.position - candidates[j]!.position) <= NEAR_SENTENCES;
        const s = score[k]! - (near ? SWITCH_NEAR : SWITCH_FAR) - (sameClause ? SWITCH_IN_CLAUSE_EXTRA : 0);
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      next[j] = best + emit[i]![j]!;
      from[j] = arg;
    }
    back.push(from);
    score = next;
  }
  let state = 0;
  for (let j = 1; j < m; j++) if (score[j]! > score[state]!) state = j;
  const path = new Array<number>(n);
  path[n - 1] = state;
  for (let i = n - 1; i > 0; i--) {
    state = back[i - 1]![state]!;
    path[i - 1] = state;
  }
  return mergeWeakSegments(returnExcursions(path, quote, candidates), emit, quote);
}

/** Path runs: a state held over quote terms [from, to). */
function runsOf(path: number[]): { state: number; from: number; to: number }[] {
  const runs: { state: number; from: number; to: number }[] = [];
  path.forEach((state, i) => {
    const last = runs[runs.length - 1];
    if (last && last.state === state) last.to = i + 1;
    else runs.push({ state, from: i, to: i + 1 });
  });
  return runs;
}

/** Weight of the content words of quote[from, to) matched in order in a sentence (no bag matches). */
function orderedSupport(quote: Term[], from: number, to: number, terms: Term[]): number {
  return anchorsOf(quote, from, to, terms)
    .filter((a) => !quote[a.q]!.light)
    .reduce((s, a) => s + a.weight, 0);
}

/** Every content word of quote[from, to), at least MIN_WORD_FOR_WORD, matched in order as itself. */
const MIN_WORD_FOR_WORD = 3;
function isWordForWord(quote: Term[], from: number, to: number, terms: Term[]): boolean {
  const content = quote.slice(from, to).filter((t) => !t.light).length;
  if (content < MIN_WORD_FOR_WORD) return false;
  const own = anchorsOf(quote, from, to, terms).filter(
    (a) => !quote[a.q]!.light && (a.kind === 'same' || a.kind === 'inflection'),
  );
  return own.length === content;
}

/**
 * A run far from every other run (an excursion) stays there only when that sentence supports it, in
 * ordered content matches, by more than a far switch's price beyond the best sentence near the rest
 * of the quote. The Viterbi pass counts bag matches, so two words scattered through a long unrelated
 * sentence ("trying … persuade" / "attempting to persuade …") could pull a clause away from the
 * nearby sentence it renders, and the rules would then compare it with the wrong statement.
 */
function returnExcursions(path: number[], quote: Term[], candidates: CandidateSentence[]): number[] {
  const runs = runsOf(path);
  const pos = (k: number) => candidates[k]!.position;
  const out = path.slice();
  runs.forEach((run, r) => {
    const others = runs.filter((o) => o.state !== run.state);
    if (others.length === 0) return;
    if (others.some((o) => Math.abs(pos(o.state) - pos(run.state)) <= NEAR_SENTENCES)) return;
    let home = (runs[r - 1] ?? runs[r + 1])!.state;
    let homeSupport = orderedSupport(quote, run.from, run.to, candidates[home]!.terms);
    candidates.forEach((c, k) => {
      if (!others.some((o) => Math.abs(pos(o.state) - c.position) <= NEAR_SENTENCES)) return;
      const support = orderedSupport(quote, run.from, run.to, c.terms);
      if (support > homeSupport) [home, homeSupport] = [k, support];
    });
    const away = orderedSupport(quote, run.from, run.to, candidates[run.state]!.terms);
    if (away >= homeSupport + SWITCH_FAR) return;
    // A far sentence that gives the run word for word (its own words, in order, three content words
    // at least) is the passage quoted: a report joins two remarks made minutes apart. A near one
    // that gives them all too keeps it.
    if (isWordForWord(quote, run.from, run.to, candidates[run.state]!.terms)) {
      if (!isWordForWord(quote, run.from, run.to, candidates[home]!.terms)) return;
    }
    for (let i = run.from; i < run.to; i++) out[i] = home;
  });
  return out;
}

/** Runs of one state whose matched content is too thin join the previous (or next) run. */
function mergeWeakSegments(path: number[], emit: number[][], quote: Term[]): number[] {
  const runs: { state: number; from: number; to: number; support: number }[] = [];
  path.forEach((state, i) => {
    const e = quote[i]!.light ? 0 : emit[i]![state]!;
    const last = runs[runs.length - 1];
    if (last && last.state === state) {
      last.to = i + 1;
      last.support += e;
    } else runs.push({ state, from: i, to: i + 1, support: e });
  });
  for (let r = 0; r < runs.length && runs.length > 1; r++) {
    if (runs[r]!.support >= MIN_SEGMENT_SUPPORT) continue;
    const into = r > 0 ? runs[r - 1]! : runs[r + 1]!;
    into.from = Math.min(into.from, runs[r]!.from);
    into.to = Math.max(into.to, runs[r]!.to);
    into.support += runs[r]!.support;
    runs.splice(r, 1);
    r = -1;
  }
  const out = path.slice();
  for (const run of runs) for (let i = run.from; i < run.to; i++) out[i] = run.state;
  // Light words at a switch ("The" of "The dispute …") belong to the sentence they match in.
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1]!;
    if (out[i] !== next && quote[i]!.light && emit[i]![next]! > 0) out[i] = next;
  }
  return out;
}

/**
 * A whole quote sentence held on one source sentence moves to another that renders it better in
 * order, or as well and right after the source sentence the quote rendered before it: reports quote
 * consecutive sentences in order, and a word the two sentences share ("balance … We're going to
 * balance it") must not keep the second quote sentence on the first.
 */
export function followSentenceOrder(
  path: number[],
  quote: Term[],
  candidates: CandidateSentence[],
  sentenceStarts: readonly number[],
): number[] {
  const out = path.slice();
  const bounds = [...sentenceStarts.filter((s) => s > 0 && s < quote.length), quote.length];
  precedeNextSentence(out, bounds, quote, candidates);
  let from = 0;
  for (const to of bounds) {
    const held = out[from]!;
    if (from > 0 && out.slice(from, to).every((k) => k === held)) {
      const before = candidates[out[from - 1]!]!.position;
      let best = held;
      let bestSupport = orderedSupport(quote, from, to, candidates[held]!.terms);
      candidates.forEach((c, k) => {
        const support = orderedSupport(quote, from, to, c.terms);
        const next = c.position === before + 1 && candidates[best]!.position !== before + 1;
        if (support > bestSupport + 1e-9 || (next && support >= bestSupport - 1e-9 && support > 0)) {
          best = k;
          bestSupport = support;
        }
      });
      for (let i = from; i < to; i++) out[i] = best;
    }
    from = to;
  }
  return out;
}

/**
 * Two quote sentences held on one source sentence, where the source sentence right before it gives
 * the first as well ("Others will tell you the dam can wait. I tell you the dam cannot wait."): the
 * first renders that sentence. A sentence is one statement; the words the two share ("tell … dam
 * … wait") must not pull both onto the second. Read from the last quote sentence back, so a run of
 * three falls on three consecutive sentences.
 */
function precedeNextSentence(
  out: number[],
  bounds: readonly number[],
  quote: Term[],
  candidates: CandidateSentence[],
): void {
  const ranges = bounds.map((to, k) => [k === 0 ? 0 : bounds[k - 1]!, to] as const);
  for (let k = ranges.length - 2; k >= 0; k--) {
    const [from, to] = ranges[k]!;
    const held = out[from]!;
    const next = out[to]!;
    if (held !== next || !out.slice(from, ranges[k + 1]![1]).every((c) => c === held)) continue;
    const support = orderedSupport(quote, from, to, candidates[held]!.terms);
    const { article, position } = candidates[held]!;
    const before = candidates.findIndex((c) => c.article === article && c.position === position - 1);
    if (before < 0) continue;
    const there = orderedSupport(quote, from, to, candidates[before]!.terms);
    if (there > 0 && there >= support - 1e-9) for (let i = from; i < to; i++) out[i] = before;
  }
}

/**
 * A run of the quote that several sentences give word for word, as one unbroken run of their words,
 * renders the saying whose edges are the quote's: a speaker who repeats a phrase ("It is clear we
 * will not stop. We will not stop until …") says it more than once, and a quote that opens as a
 * sentence ("We will not stop") or closes as one ("… stop.") quotes a saying that opens or closes
 * there. The run moves only off a saying whose edges the quote does not keep (it opens inside a
 * clause, or the sentence holds a condition past the run) onto one whose edges it keeps, the
 * shortest such: the priors (retrieval, the report's context) find a passage whose words differ,
 * and must not pull a repeated phrase onto a saying cut short.
 */
export function preferWholeSaying(
  path: number[],
  quote: Term[],
  candidates: CandidateSentence[],
  quoteText: string,
): number[] {
  const out = path.slice();
  for (const run of runsOf(path)) {
    const words = quote.slice(run.from, run.to);
    if (words.length < 2) continue;
    const opens = /^\p{Lu}/u.test(quoteText.slice(words[0]!.start));
    const closes =
      run.to === quote.length && /^\W*[.!?]/u.test(quoteText.slice(words[words.length - 1]!.end));
    const cuts = (k: number): number => edgesCut(candidates[k]!.terms, words, opens, closes);
    const held = cuts(run.state);
    if (held <= 0) continue;
    let best = run.state;
    let bestCuts = held;
    candidates.forEach((c, k) => {
      const n = cuts(k);
      if (n < 0) return;
      const shorter = c.terms.length < candidates[best]!.terms.length;
      if (n < bestCuts || (n === bestCuts && best !== run.state && shorter)) [best, bestCuts] = [k, n];
    });
    for (let i = run.from; i < run.to; i++) out[i] = best;
  }
  return out;
}

/**
 * How many of the quote's sentence edges a sentence's best unbroken run of its words cuts: the
 * opening, where the quote opens as a sentence and the run stands inside a clause; the close, where
 * the quote ends a sentence and the sentence sets a condition outside the run. -1 when the sentence
 * has no such run.
 */
function edgesCut(
  sentence: readonly Term[],
  words: readonly Term[],
  opens: boolean,
  closes: boolean,
): number {
  let best = -1;
  for (let i = 0; i + words.length <= sentence.length; i++) {
    if (!words.every((t, k) => sentence[i + k]!.norm === t.norm)) continue;
    const inClause = i > 0 && sentence[i - 1]!.clause === sentence[i]!.clause;
    const outside = [...sentence.slice(0, i), ...sentence.slice(i + words.length)];
    const cut = (opens && inClause ? 1 : 0) + (closes && outside.some(isConditionWord) ? 1 : 0);
    if (best < 0 || cut < best) best = cut;
  }
  return best;
}

/** A word that opens a condition ("if", "unless") or bounds one ("until"). */
function isConditionWord(t: Term): boolean {
  return t.condition || t.norm === 'until' || t.norm === 'till';
}
