/**
 * "Ida Marsh stiffened her criticism of Tom Berg, saying …", "the families have sued Kelmore
 * Steel, alleging …", "the chair fired her deputy, Tom Berg, acknowledging …": the noun phrase
 * right before a participle's comma is often the main clause's object (of a verb or a
 * preposition, or an appositive or conjunct of one), and an object is never the doer of a
 * participle set off after it; the clause's subject is.
 */
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isObjectOfPreposition } from './03-appositive.ts';
import { mentionEndingAt, type Mention } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import { isFiniteVerbForm } from './verb-words.ts';

/** Words that open a noun phrase before its head ("the", "his"): read past to its governor. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'these',
  'those',
]);

/** Most lower-case words of an unnamed object read back to its governor ("her planning chief" is 2). */
const MAX_OBJECT_WORDS = 3;

/**
 * The first token of the noun phrase ending at token `end`: a mention's, with a few lower-case
 * modifiers before it that are no verb, preposition or opener ("planning chief"), or -1.
 */
function phraseStartEndingAt(frame: Frame, s: Sentence, end: number): number {
  const m = mentionEndingAt(frame, s, end);
  if (m?.kind === 'pronoun') return -1;
  const last = m ? m.from - 1 : end;
  let j = last;
  while (
    j >= 0 &&
    last - j < MAX_OBJECT_WORDS &&
    /^\p{Ll}+$/u.test(s.tokens[j]!.text) &&
    !PHRASE_OPENERS.has(s.tokens[j]!.norm) &&
    !isObjectOfPreposition(s.tokens[j]!.norm) &&
    !isFiniteVerbForm(s.tokens[j]!) &&
    /^\s+$/u.test(gapBetween(frame, s, j, j + 1))
  )
    j--;
  return m || j < end ? j + 1 : -1;
}

/**
 * Whether the noun phrase opening at token `from` is governed by the word before it: a
 * preposition's object ("of X", "against the X") or a verb's ("fired X"), directly or as one
 * appositive or conjunct of such an object ("fired her chief, X", "in Harlow and X"); not a name
 * after an opening phrase's commas ("In Harlow, Iowa, X"). Not after "by" (a passive's agent does
 * the act) nor after a verb of saying ("said X, adding": an inverted subject).
 */
function isGovernedPhrase(frame: Frame, s: Sentence, from: number, linked = false): boolean {
  let k = from - 1;
  const plain = (j: number): boolean => /^\s+$/u.test(gapBetween(frame, s, j, j + 1));
  while (k >= 0 && plain(k) && PHRASE_OPENERS.has(s.tokens[k]!.norm)) k--;
  if (k < 0) return false;
  const t = s.tokens[k]!;
  const comma = /^\s*,\s*$/u.test(gapBetween(frame, s, k, k + 1));
  if (comma || (plain(k) && (t.norm === 'and' || t.norm === 'or'))) {
    const earlier = linked ? -1 : phraseStartEndingAt(frame, s, comma ? k : k - 1);
    return earlier >= 0 && isGovernedPhrase(frame, s, earlier, true);
  }
  if (!plain(k) || t.norm === 'by' || SPEECH_VERB_FORMS.get(t.norm)?.inverts) return false;
  return isObjectOfPreposition(t.norm) || isFiniteVerbForm(t);
}

/** Relative pronouns opening a clause about the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'which']);

/**
 * Whether mention `m`, read before the set-off participle at token `cue`, is an object there
 * (isGovernedPhrase). Not when a relative clause stands in between or holds the mention ("for X,
 * who worked the crowd, praising"): a participle after one is as often its antecedent's act,
 * which the other rules read.
 */
export function isObjectBeforeParticiple(frame: Frame, s: Sentence, m: Mention, cue: number): boolean {
  for (let k = m.to; k < cue; k++) if (RELATIVES.has(s.tokens[k]!.norm)) return false;
  for (let k = m.from - 1; k >= 0 && !gapBetween(frame, s, k, k + 1).includes(','); k--)
    if (RELATIVES.has(s.tokens[k]!.norm)) return false;
  return isGovernedPhrase(frame, s, m.from);
}

/**
 * "went on Harlow's Morning Show to defend", "spoke at Brell Hall to announce": whether the noun
 * phrase opening at token `from` is a preposition's object, past its article or a capitalised
 * owner ("Harlow's").
 */
export function isPrepositionObject(frame: Frame, s: Sentence, from: number): boolean {
  let k = from - 1;
  while (
    k >= 0 &&
    /^\s+$/u.test(gapBetween(frame, s, k, k + 1)) &&
    (PHRASE_OPENERS.has(s.tokens[k]!.norm) || /^\p{Lu}.*['’]s$/u.test(s.tokens[k]!.text))
  )
    k--;
  return k >= 0 && /^\s+$/u.test(gapBetween(frame, s, k, k + 1)) && isObjectOfPreposition(s.tokens[k]!.norm);
}
