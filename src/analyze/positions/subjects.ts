/**
 * The subject of a stance cue: the noun phrase right before the verb group ("Kyiv | will not
 * recognize", "Nordic governments | have proposed"). English puts the subject before its verb,
 * with only auxiliaries and adverbs between; a comma or a clause word there means the phrase before
 * is not the subject. Candidates come shortest first ("allies", "Western allies", "its Western
 * allies"), so the first one that names a party is the tightest reading.
 */
import type { Span } from '../../model/span.ts';
import { PREPOSITIONS, VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { tokenize } from '../../nlp/tokens.ts';

/** A subject phrase of at most this many words ("Ruritanian Trade Minister Ana Varn"). */
const MAX_SUBJECT_WORDS = 5;
/** Words that may stand between a subject and its verb besides auxiliaries and adverbs. */
const EXTRA_GAP_WORDS = new Set(['not', 'never', 'still', 'now', 'firmly', 'flatly', 'outright']);
/** Words that end a subject phrase on its left: clause openers and prepositions. */
const PHRASE_BREAKS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'and',
  'or',
  'but',
  'if',
  'when',
  'as',
]);

/** Candidate subject spans before `cueStart` within `[from, cueStart)`, shortest first. */
export function subjectCandidates(text: string, from: number, cueStart: number): Span[] {
  const tokens = tokenize(text, from, cueStart);
  let i = tokens.length - 1;
  let right = cueStart;
  while (i >= 0 && isGap(tokens[i]!.norm)) {
    if (!/^\s*$/u.test(text.slice(tokens[i]!.end, right))) return [];
    right = tokens[i]!.start;
    i--;
  }
  if (i < 0 || !/^\s*$/u.test(text.slice(tokens[i]!.end, right))) return [];
  const end = tokens[i]!.end;
  const out: Span[] = [];
  for (let k = i; k >= 0 && i - k < MAX_SUBJECT_WORDS; k--) {
    const norm = tokens[k]!.norm;
    if (PHRASE_BREAKS.has(norm)) break;
    // "The issue of Crimea | is closed": a phrase after a preposition is its object, not the subject.
    if (PREPOSITIONS.has(norm)) return [];
    out.push({ start: tokens[k]!.start, end });
    if (k > 0 && !/^[\s\-–]*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
  }
  return out;
}

function isGap(norm: string): boolean {
  return VERB_GAP_WORDS.has(norm) || EXTRA_GAP_WORDS.has(norm) || (norm.endsWith('ly') && norm.length > 4);
}
