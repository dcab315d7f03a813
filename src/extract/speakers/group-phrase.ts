import { NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
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
