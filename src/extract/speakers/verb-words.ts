/**
 * A lower-case word that is a verb of its clause: a word of a verb group (auxiliaries and the
 * adverbs inside one) or a word compromise tags as a verb form. Which forms count is the caller's:
 * a clause's own verb must be finite; a main clause's first verb may also be a bare infinitive.
 */
import { tagsOf } from '../../nlp/gazetteer.ts';
import { VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import type { Token } from '../../nlp/tokens.ts';
import { hasSense } from '../../nlp/wordnet/wordnet.ts';

const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Verb'];
/** compromise's tags of a finite verb or auxiliary. */
export const FINITE_VERB_TAGS: ReadonlySet<string> = new Set(FINITE);
/** The same and the bare infinitive. */
export const VERB_FORM_TAGS: ReadonlySet<string> = new Set([...FINITE, 'Infinitive']);

export function isLowerCaseVerb(t: Token, tags: ReadonlySet<string>): boolean {
  return (
    /^\p{Ll}/u.test(t.text) && (VERB_GAP_WORDS.has(t.norm) || tagsOf(t.text).some((tag) => tags.has(tag)))
  );
}

/** A finite verb, or a past form compromise's lexicon leaves untagged ("testified", "dismissed"). */
export function isFiniteVerbForm(t: Token): boolean {
  return isLowerCaseVerb(t, FINITE_VERB_TAGS) || (/^\p{Ll}+ed$/u.test(t.text) && hasSense(t.norm, 'v'));
}
