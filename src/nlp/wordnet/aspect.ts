import { lemmasOf, synsetsOf } from './wordnet.ts';
import { glossOf } from './intensity.ts';

/**
 * A verb whose main sense is bounded in time ("pause": cease an action *temporarily*; "borrow": get
 * *temporarily*) put in the place of one that is not ("halt", "get"): the report makes a stop for a
 * while into a stop. The wider verb is evidence for everything but the bound, and a bound is aspect,
 * so the change is one of tense and aspect, not of wording.
 */

/**
 * Definition words that bound an act in time. Not "briefly": in definitions it is as often concision
 * ("outline": describe roughly or briefly) as duration. Among the 4,000 commonest verbs (tagged
 * counts) the first senses this marks are those of "pause", "borrow", "park" and "loan".
 */
const TEMPORAL_BOUND = /\b(?:temporarily|momentarily|for a (?:limited |short )?time|for a while)\b/;
/** Senses of the replacing word read: a bounded sense among its common ones keeps the bound. */
const REPLACING_SENSES = 3;

function verbGlosses(word: string, senses: number): string[] {
  return lemmasOf(word, 'v').flatMap((l) => synsetsOf(l, 'v', senses).map(glossOf));
}

/**
 * `from`'s first verb sense is bounded in time and no common verb sense of `to` is: the bound is
 * gone. First sense only: "lend" is mostly "bestow a quality on" ("lend support"), and only in its
 * second sense "give temporarily".
 */
export function dropsTemporalBound(from: string, to: string): boolean {
  const first = verbGlosses(from, 1);
  if (!first.some((g) => TEMPORAL_BOUND.test(g))) return false;
  return !verbGlosses(to, REPLACING_SENSES).some((g) => TEMPORAL_BOUND.test(g));
}

/** The report says the bound in words of its own ("halted … for now"). */
export const BOUND_IN_WORDS =
  /\b(?:temporarily|for now|for the time being|for a (?:while|time)|briefly|momentarily|until further notice)\b/i;
