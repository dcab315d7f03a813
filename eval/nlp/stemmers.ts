/**
 * Stemmers compared on the vocabulary of PolNeAR dev:
 * - agreement with ours: of the word pairs ours joins (same stem), the share the other joins too,
 *   and the converse; exact stems are not compared, since Porter and Porter2 spell stems differently;
 * - inflection recall on the vocabulary: pairs (word, its WordNet lemma) with both in the vocabulary
 *   and the lemma a different word ("countries" → "country"), joined or not. The lemma comes from
 *   src/nlp/wordnet/wordnet.ts (morphy's detachment rules over WordNet's index; for a word no rule reaches
 *   it falls back to our inflection stem, a small bias towards ours noted in the docs);
 * - written pairs that should be joined (regular inflections, British/American spellings) and
 *   pairs that should not (unrelated words sharing letters), fixed before any stemmer was run;
 * - speed in words per second.
 */
import { stemmer } from 'stemmer';
import porter2 from 'wink-porter2-stemmer';
import { inflectionStem, stem } from '../../src/nlp/stem.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { lemmaOf } from '../../src/nlp/wordnet/wordnet.ts';
import type { Doc } from './data.ts';
import { withCore } from './swap/library-stem.ts';

export const STEMMERS: Record<string, (word: string) => string> = {
  'ours stem': stem,
  'ours inflectionStem': inflectionStem,
  'stemmer (Porter)': stemmer,
  'wink-porter2-stemmer': porter2,
  // The libraries' cores inside our stem() (possessive, British folding, short-word guard kept):
  // the form a switch would take, and the one the downstream swaps run.
  'stemmer in stem()': withCore(stemmer),
  'porter2 in stem()': withCore(porter2),
};

const SHOULD_JOIN: readonly [string, string][] = [
  ['agree', 'agreed'],
  ['agree', 'agreeing'],
  ['agreed', 'agrees'],
  ['country', 'countries'],
  ['party', 'parties'],
  ['policy', 'policies'],
  ['study', 'studied'],
  ['deny', 'denied'],
  ['deny', 'denies'],
  ['try', 'tried'],
  ['stop', 'stopped'],
  ['stop', 'stopping'],
  ['plan', 'planned'],
  ['seize', 'seized'],
  ['seize', 'seizing'],
  ['negotiate', 'negotiating'],
  ['negotiated', 'negotiates'],
  ['vote', 'voting'],
  ['voted', 'votes'],
  ['close', 'closing'],
  ['hope', 'hoping'],
  ['leave', 'leaving'],
  ['make', 'making'],
  ['run', 'running'],
  ['sanction', 'sanctions'],
  ['election', 'elections'],
  ['meet', 'meeting'],
  ['organise', 'organize'],
  ['organisation', 'organization'],
  ['labour', 'labor'],
  ['defence', 'defense'],
  ['centre', 'center'],
  ['favoured', 'favored'],
  ['analyse', 'analyze'],
  ['emphasised', 'emphasized'],
];

const SHOULD_NOT_JOIN: readonly [string, string][] = [
  ['news', 'new'],
  ['general', 'generous'],
  ['decisively', 'decision'],
  ['universe', 'university'],
  ['policy', 'police'],
  ['author', 'authority'],
  ['business', 'busy'],
  ['arm', 'army'],
  ['communism', 'community'],
  ['organ', 'organization'],
  ['execute', 'executive'],
  ['relate', 'relativity'],
  ['gene', 'general'],
  ['experiment', 'experience'],
  ['probe', 'probably'],
  ['animal', 'animate'],
  ['ration', 'rational'],
  ['office', 'official'],
];

/** Lower-case words of letters only, each once. */
export function vocabularyOf(docs: readonly Doc[]): string[] {
  const words = new Set<string>();
  for (const d of docs) for (const t of tokenize(d.text)) if (/^[a-z]+$/.test(t.norm)) words.add(t.norm);
  return [...words].sort();
}

/** Pairs joined within the groups that `key` makes: Σ n(n−1)/2. */
function joinedPairs(words: readonly string[], key: (w: string) => string): number {
  const sizes = new Map<string, number>();
  for (const w of words) {
    const k = key(w);
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
  }
  let n = 0;
  for (const s of sizes.values()) n += (s * (s - 1)) / 2;
  return n;
}

function wordsPerSecond(words: readonly string[], f: (w: string) => string, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const w of words) f(w);
    best = Math.min(best, performance.now() - t0);
  }
  return words.length / (best / 1000);
}

function share(pairs: readonly [string, string][], f: (w: string) => string): string {
  const hit = pairs.filter(([a, b]) => f(a) === f(b)).length;
  return `${hit}/${pairs.length}`;
}

export function compareStemmers(docs: readonly Doc[]): void {
  const vocab = vocabularyOf(docs);
  const inVocab = new Set(vocab);
  const lemmaPairs: [string, string][] = [];
  for (const w of vocab) {
    const l = lemmaOf(w);
    if (l !== w && inVocab.has(l)) lemmaPairs.push([w, l]);
  }
  const ours = STEMMERS['ours stem']!;
  console.log(
    `\n## stemmers: PolNeAR dev vocabulary (${vocab.length} words; ${lemmaPairs.length} inflection pairs by WordNet lemma)`,
  );
  console.log(
    'stemmer                 stems  ours-pairs-kept  its-pairs-ours-has  inflection-pairs  should-join  should-not-join(joined)  words/s',
  );
  const oursPairs = joinedPairs(vocab, ours);
  for (const [name, f] of Object.entries(STEMMERS)) {
    const both = joinedPairs(vocab, (w) => `${ours(w)}\u0000${f(w)}`);
    const own = joinedPairs(vocab, f);
    const stems = new Set(vocab.map(f)).size;
    console.log(
      `${name.padEnd(22)} ${String(stems).padStart(6)}  ${(both / oursPairs).toFixed(3).padStart(15)}  ${(both / Math.max(1, own)).toFixed(3).padStart(18)}  ${share(lemmaPairs, f).padStart(16)}  ${share(SHOULD_JOIN, f).padStart(11)}  ${share(SHOULD_NOT_JOIN, f).padStart(23)}  ${Math.round(wordsPerSecond(vocab, f)).toString().padStart(7)}`,
    );
  }
  const p2 = STEMMERS['porter2 in stem()']!;
  const oursOnly = lemmaPairs.filter(([a, b]) => ours(a) === ours(b) && p2(a) !== p2(b));
  const p2Only = lemmaPairs.filter(([a, b]) => ours(a) !== ours(b) && p2(a) === p2(b));
  const show = (ps: [string, string][]): string =>
    ps
      .slice(0, 8)
      .map((p) => p.join('/'))
      .join(', ');
  console.log(`  inflection pairs only ours stem joins (${oursOnly.length}): ${show(oursOnly)}`);
  console.log(`  inflection pairs only porter2 in stem() joins (${p2Only.length}): ${show(p2Only)}`);
  for (const [name, f] of Object.entries(STEMMERS)) {
    const missed = SHOULD_JOIN.filter(([a, b]) => f(a) !== f(b)).map((p) => p.join('/'));
    const wrong = SHOULD_NOT_JOIN.filter(([a, b]) => f(a) === f(b)).map((p) => p.join('/'));
    console.log(`  ${name}: misses ${missed.join(', ') || '—'}; wrongly joins ${wrong.join(', ') || '—'}`);
  }
}
