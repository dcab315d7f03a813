import { isContractedFunctionWord, NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Nouns that count or group the plural after "of" ("groups of protesters", "dozens of workers"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'groups',
  'group',
  'dozens',
  'hundreds',
  'thousands',
  'crowds',
  'members',
  'bands',
]);

/**
 * speaker.group-subject: "Federal and state officials said", "Companies and individuals
 * complain", "Small groups of protesters continued …" — a plural subject opening its sentence may
 * be coordinated ("X and officials") or counted ("groups of protesters"); the source is the whole
 * phrase, not its last noun. Only at the sentence's start, where such a phrase can only be the
 * subject; returns the token the phrase starts at, or `from` itself.
 */
export function extendGroupSubject(frame: Frame, s: Sentence, from: number): number {
  const link = s.tokens[from - 1];
  if (!link || !/^\s+$/u.test(gapBetween(frame, s, from - 1, from))) return from;
  if (link.norm !== 'and' && link.norm !== 'of') return from;
  let start = from - 2;
  const word = s.tokens[start];
  if (!word || NOT_NAME_WORDS.has(word.norm) || !/^\s+$/u.test(gapBetween(frame, s, start, from - 1)))
    return from;
  if (link.norm === 'of' && !GROUP_NOUNS.has(word.norm)) return from;
  // One modifier before a counting noun ("Small groups of protesters").
  if (start === 1 && link.norm === 'of' && !NOT_NAME_WORDS.has(s.tokens[0]!.norm)) start = 0;
  return start === 0 ? 0 : from;
}

/** Words that open a group phrase as its quantity ("Some advocates", "About 4 in 10", "Most voters"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'most',
  'several',
  'few',
  'all',
  'both',
  'other',
  'about',
  'only',
  'nearly',
  'almost',
  'roughly',
  'more',
  'fewer',
  'large',
  'majorities',
  'the',
  'those',
  'these',
]);
/** Collective heads that are not plural in form ("people", "a majority of", "half of"). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'people',
  'majority',
  'half',
  'third',
  'quarter',
  'public',
]);
/** Words between a group's head and its verb still modify it: a preposition, a relative, a coordinated noun. */
const MODIFIER_OPENERS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'for',
  'from',
  'at',
  'on',
  'across',
  'with',
  'among',
  'who',
  'and',
]);
/** Longest group phrase read ("Only about 4 in 10 Republican voters in each state" is 10). */
const MAX_GROUP_WORDS = 14;
/** The head is among the phrase's first words ("about a third of Democratic voters"). */
const MAX_WORDS_BEFORE_HEAD = 5;

/**
 * speaker.group-phrase: "Some advocates for stem cell research said", "About 4 in 10 say",
 * "Democratic voters in all five states see", "Many people involved in the talks assumed" — an
 * unnamed group opening the clause, with no name or role the rules resolve, is the source with
 * all its words (quantity, head, modifiers), as an unnamed source keeps them. The phrase runs
 * from `open` to `last` (the word before the verb) with no punctuation; it opens with a quantity
 * word, a number or a capital; its head (a plural noun, a number or a collective noun) comes
 * within its first words; after the head only a preposition, a participle, "who" or "and" may
 * continue it. Returns the phrase's token range, or null.
 */
export function findGroupPhrase(
  frame: Frame,
  s: Sentence,
  open: number,
  last: number,
): { from: number; to: number } | null {
  if (last < open || last - open >= MAX_GROUP_WORDS) return null;
  for (let k = open; k < last; k++) if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return null;
  const first = s.tokens[open]!;
  if (!QUANTITY_WORDS.has(first.norm) && !/^\d/u.test(first.norm) && !/^\p{Lu}/u.test(first.text))
    return null;
  if (isContractedFunctionWord(first.norm)) return null;
  let head = -1;
  for (let k = open; k <= Math.min(last, open + MAX_WORDS_BEFORE_HEAD); k++) {
    const t = s.tokens[k]!;
    if (
      isGroupHead(t.norm, t.text) &&
      !isGroupHead(s.tokens[k + 1]?.norm ?? '', s.tokens[k + 1]?.text ?? '')
    ) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  if (head < last) {
    const next = s.tokens[head + 1]!;
    const participle = /^\p{Ll}[\p{L}-]{2,}(?:ed|ing|en)$/u.test(next.text);
    if (!MODIFIER_OPENERS.has(next.norm) && !participle) return null;
  }
  return { from: open, to: last + 1 };
}

/** A plural noun ("voters", not "is" or "has"), a number ("4 in 10") or a collective noun. */
function isGroupHead(norm: string, text: string): boolean {
  if (COLLECTIVE_HEADS.has(norm) || /^\d[\d,.]*$/u.test(norm)) return true;
  return /^\p{Ll}[\p{L}-]{2,}[^s'’]s$/u.test(text) && !NOT_NAME_WORDS.has(norm);
}
