import { VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { tagsOf } from '../../nlp/gazetteer.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Longest run of adverbs and negation before a set-off participle ("not even needing"). */
const MAX_WORDS_BEFORE_PARTICIPLE = 3;

/** An -ing participle, in lower case ("asserting", "answering"). */
const ING_PARTICIPLE = /^\p{Ll}[\p{L}-]{2,}ing$/u;

/** -ing words used as prepositions ("including states", "according to"): no verb, no understood subject. */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'according',
  'concerning',
  'considering',
  'excluding',
  'following',
  'including',
  'regarding',
  'notwithstanding',
  'pending',
]);

/**
 * speaker.nonfinite-controller: "X said, not even needing to mention …", "X agreed to an
 * interview, answering questions about …", "…, asserting “…”" — a cue inside a participle
 * phrase set off by a comma after the main clause has no subject of its own: a participle's
 * understood subject is the main clause's. The cue is the participle, the infinitive right after
 * it ("needing to mention") or the noun it takes ("answering questions"). A participle right
 * after a subordinator ("when questioned") is such a phrase too. Returns the index of the
 * phrase's first token (right after the comma, or the subordinator), or -1.
 */
export function findNonfinitePhrase(frame: Frame, s: Sentence, cue: number): number {
  const elliptical = findEllipticalClause(s, cue);
  if (elliptical >= 0) return elliptical;
  let open = cue;
  while (open > 0 && !gapBetween(frame, s, open - 1, open).includes(',')) open--;
  if (open <= 0) return -1;
  let p = open;
  while (p < cue && p - open < MAX_WORDS_BEFORE_PARTICIPLE && isAdverb(s.tokens[p]!.norm)) p++;
  const participle = s.tokens[p]!;
  if (!ING_PARTICIPLE.test(participle.text) || PREPOSITIONAL_PARTICIPLES.has(participle.norm)) return -1;
  for (let k = p; k < cue; k++) if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return -1;
  const infinitive = cue === p + 2 && s.tokens[p + 1]!.norm === 'to';
  return cue === p || cue === p + 1 || infinitive ? open : -1;
}

/** Subordinators that may open a clause without its subject and verb ("when questioned", "while speaking"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'if',
  'once',
  'though',
  'although',
  'unless',
  'until',
]);

/** A participle that may stand in a clause without a subject: -ing, or -ed/-en ("questioned", "asked", "shown"). */
const PARTICIPLE = /^\p{Ll}[\p{L}-]{2,}(?:ing|ed|en)$/u;

/**
 * "…, and, when questioned after the debate, asserting …", "While speaking in Ohio, X said":
 * a subordinator right before a participle cue opens a clause whose subject and verb are left
 * out; they are the main clause's. Returns the subordinator's index, or -1.
 */
function findEllipticalClause(s: Sentence, cue: number): number {
  const t = s.tokens[cue];
  const before = s.tokens[cue - 1];
  if (!t || !before || !PARTICIPLE.test(t.text) || !SUBORDINATORS.has(before.norm)) return -1;
  return cue - 1;
}

function isAdverb(norm: string): boolean {
  return norm === 'not' || VERB_GAP_WORDS.has(norm) || /ly$/u.test(norm);
}

/** Most words of a coordinated verb's phrase before its cue ("and came away convinced"). */
const MAX_COORDINATED_VERB_WORDS = 3;

/**
 * speaker.coordinated-verb: "McConnell met with her and came away convinced that …" — a cue
 * whose clause opens with "and" or "but" followed only by lower-case words (the second verb of
 * the subject's coordination) has no subject of its own: it shares the one before the coordinator.
 * Returns the coordinator's token index, or -1. A name or pronoun after the coordinator ("and
 * Cruz said") is a subject of its own; such cues never get here without one.
 */
export function findCoordinatedVerb(frame: Frame, s: Sentence, cue: number): number {
  for (let k = cue - 1; k > 0 && cue - k <= MAX_COORDINATED_VERB_WORDS + 1; k--) {
    const t = s.tokens[k]!;
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return -1;
    if (t.norm === 'and' || t.norm === 'but')
      return k < cue - 1 && /^\s+$/u.test(gapBetween(frame, s, k - 1, k)) && opensVerbPhrase(s, k + 1, cue)
        ? k
        : -1;
    if (!/^\p{Ll}/u.test(t.text) || PRONOUN_WORDS.has(t.norm)) return -1;
  }
  return -1;
}

/** Verb tags of compromise's lexicon: the word after the coordinator must be one ("came", not "phone"). */
const VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Verb']);

/** Whether the words from `k` open a verb phrase: past adverbs, a word the lexicon knows as a verb. */
function opensVerbPhrase(s: Sentence, k: number, cue: number): boolean {
  let at = k;
  while (at < cue && isAdverb(s.tokens[at]!.norm)) at++;
  const t = s.tokens[at]!;
  return /^\p{Ll}[\p{L}-]+ed$/u.test(t.text) || tagsOf(t.text).some((tag) => VERB_TAGS.has(tag));
}

/** Subject pronouns: after "and" they open a clause of their own. */
const PRONOUN_WORDS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'who',
  'which',
  'that',
]);
