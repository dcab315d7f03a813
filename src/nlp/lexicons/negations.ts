/**
 * Negation cues: words and phrases that flip what a clause asserts. A report that drops or adds one
 * says the opposite of its source ("will not attend" → "will attend"). Privative phrases ("free of",
 * "without") count, since "free of hidden agendas" renders "contains no hidden agenda".
 */
export interface NegationCue {
  /** Lower-case cue; several words are matched as a phrase. */
  cue: string;
  example: string;
}

export const NEGATION_CUES: readonly NegationCue[] = [
  { cue: 'not', example: 'we will not attend the summit' },
  { cue: "n't", example: "we won't attend" },
  { cue: 'no', example: 'there is no lawful way to do it' },
  { cue: 'non', example: 'a non-binding resolution' },
  { cue: 'never', example: 'we have never rejected a deal' },
  { cue: 'none', example: 'none of the proposals was accepted' },
  { cue: 'nobody', example: 'nobody disputes the result' },
  { cue: 'no one', example: 'no one questions the result' },
  { cue: 'nothing', example: 'nothing has been agreed' },
  { cue: 'neither', example: 'neither side has moved' },
  { cue: 'nor', example: 'nor will we accept it' },
  // "unless they agree" is "if they do not agree": the negation a re-translation spells out.
  { cue: 'unless', example: 'we will not sign unless they agree' },
  { cue: 'cannot', example: 'the conflict cannot be settled by force' },
  { cue: 'unable', example: 'the government will be unable to repay' },
  { cue: 'impossible', example: 'peace is impossible without guarantees' },
  { cue: 'without', example: 'not without addressing the causes' },
  // Contrastive negation: "X rather than Y", "X instead of Y", "X in place of Y", "X as opposed to
  // Y" deny Y as "X, not Y" does; a report may put any of them for another.
  { cue: 'rather than', example: 'it will rise with prices rather than in one step' },
  { cue: 'instead of', example: 'repair the roof instead of replacing it' },
  { cue: 'in place of', example: 'four crossings a day in place of two' },
  { cue: 'as opposed to', example: 'a pause as opposed to a ban' },
  { cue: 'free of', example: 'a plan free of hidden conditions' },
  { cue: 'lack', example: 'the proposal lacks any legal basis' },
  // Privative nouns say that something is missing, as "lack of" does: "a shortage of drivers" is
  // "too few drivers", "in the absence of a deal" is "without a deal".
  { cue: 'shortage', example: 'a shortage of drivers' },
  { cue: 'absence', example: 'in the absence of a deal' },
  { cue: 'dearth', example: 'a dearth of nurses' },
  { cue: 'scarcity', example: 'a scarcity of water' },
  { cue: 'refuse', example: 'we refuse to negotiate under pressure' },
  // An implicative verb: "failed to reach" is "did not reach". Only before "to", in each form (a
  // phrase is matched as written): "the talks failed" is an event, and "failed" → "collapsed" no flip.
  { cue: 'fail to', example: 'the parties fail to reach an agreement' },
  { cue: 'fails to', example: 'the plan fails to address rents' },
  { cue: 'failed to', example: 'the parties failed to reach an agreement' },
  { cue: 'failing to', example: 'a bill failing to protect tenants' },
];

/**
 * Negative prefixes that make an adjective (or its noun) say "not X": "untrue" = "not true". A
 * word is read as prefix + base only when the base is long enough to be a word of its own, and,
 * for the Latinate prefixes (which also mean "into": "inform", "impose", "import"), only when the
 * base ends like an adjective or an abstract noun (see ADJECTIVE_ENDINGS). The reading only matters
 * where the base itself appears on the other side, so "under" ("der") or "united" ("ited") are harmless.
 */
export interface NegativePrefix {
  prefix: string;
  /** The base must end in one of ADJECTIVE_ENDINGS ("inform" is not "not form"). */
  needsAdjectiveEnding: boolean;
  example: string;
}

export const NEGATIVE_PREFIXES: readonly NegativePrefix[] = [
  { prefix: 'un', needsAdjectiveEnding: false, example: 'that claim is untrue' },
  { prefix: 'non', needsAdjectiveEnding: false, example: 'a nonexistent threat' },
  { prefix: 'in', needsAdjectiveEnding: true, example: 'the figures are inaccurate' },
  { prefix: 'im', needsAdjectiveEnding: true, example: 'a deal is impossible' },
  { prefix: 'il', needsAdjectiveEnding: true, example: 'the blockade is illegal' },
  { prefix: 'ir', needsAdjectiveEnding: true, example: 'an irresponsible decision' },
];

/** Endings of the adjectives and abstract nouns the Latinate prefixes negate. */
export const ADJECTIVE_ENDINGS: readonly { ending: string; example: string }[] = [
  { ending: 'able', example: 'inexcusable → excusable' },
  { ending: 'ible', example: 'impossible → possible' },
  { ending: 'al', example: 'illegal → legal' },
  { ending: 'ant', example: 'irrelevant → relevant' },
  { ending: 'ent', example: 'insufficient → sufficient' },
  { ending: 'ate', example: 'inaccurate → accurate' },
  { ending: 'ive', example: 'ineffective → effective' },
  { ending: 'ous', example: 'incautious → cautious' },
  { ending: 'ect', example: 'incorrect → correct' },
  { ending: 'ete', example: 'incomplete → complete' },
  { ending: 'ise', example: 'imprecise → precise' },
  { ending: 'ure', example: 'insecure → secure' },
  { ending: 'id', example: 'invalid → valid' },
  { ending: 'ar', example: 'irregular → regular' },
  { ending: 'ble', example: 'illegible → legible' },
  { ending: 'ity', example: 'inequality → equality' },
  { ending: 'ance', example: 'intolerance → tolerance' },
  { ending: 'ence', example: 'incompetence → competence' },
];

/** Minimum letters of a base left after the prefix ("untrue" → "true"). */
export const MIN_NEGATED_BASE_CHARS = 4;

/** Prefixed words that do not mean "not" + base, although the base is a word. */
export const NOT_NEGATED_PREFIXED: readonly { word: string; example: string }[] = [
  { word: 'unless', example: 'unless the talks resume (not "not less")' },
  { word: 'united', example: 'the united opposition' },
  { word: 'unity', example: 'a government of national unity' },
  { word: 'universal', example: 'universal suffrage' },
  { word: 'unilateral', example: 'a unilateral move' },
  { word: 'unveil', example: 'the ministry will unveil a plan' },
  { word: 'unravel', example: 'the deal began to unravel' },
  { word: 'unwind', example: 'time to unwind the positions' },
  { word: 'invaluable', example: 'her advice was invaluable' },
  { word: 'inflammable', example: 'inflammable cargo' },
  { word: 'infamous', example: 'the infamous memo' },
  { word: 'insure', example: 'to insure the cargo' },
  { word: 'indifferent', example: 'voters seem indifferent' },
];

/**
 * Words that end the reach of a negation: "not threatening anyone, and we are closing …" — the "not"
 * does not govern what follows "and". Punctuation other than a comma ends it too. `afterComma`:
 * only after a comma, since without one the word usually joins two nouns under one negation ("no
 * one disputes the borders and the vote").
 */
export const NEGATION_SCOPE_BREAKS: readonly { word: string; afterComma: boolean; example: string }[] = [
  { word: 'and', afterComma: true, example: 'we are not leaving, and we are staying' },
  { word: 'but', afterComma: false, example: 'not a threat but a warning' },
  { word: 'while', afterComma: false, example: 'we do not object while they consult' },
  { word: 'whereas', afterComma: false, example: 'they did not sign, whereas we did' },
  { word: 'although', afterComma: false, example: 'not announced, although agreed' },
  { word: 'though', afterComma: false, example: 'not final, though likely' },
  { word: 'because', afterComma: false, example: 'not now because the talks continue' },
  { word: 'if', afterComma: false, example: 'we will not sign if they insist' },
  { word: 'unless', afterComma: false, example: 'we will not sign unless they agree' },
  { word: 'when', afterComma: false, example: 'we did not agree when they asked' },
];

/** Phrases that begin with a cue word but negate nothing: read as one term, not as a cue. */
export const NON_NEGATING_PHRASES: readonly { phrase: string; example: string }[] = [
  { phrase: 'no matter', example: 'no matter how the plan is framed, it is lawful' },
  { phrase: 'no doubt', example: 'no doubt the talks will resume' },
  { phrase: 'not only', example: 'not only the farmers but the cities will suffer' },
  { phrase: 'nothing but', example: 'nothing but a delay' },
  { phrase: 'not least', example: 'not least because of the cost' },
  { phrase: 'none other', example: 'none other than the minister' },
  // Hedges (hedges.ts): not ruling a thing out leaves it possible and denies nothing.
  { phrase: 'not rule out', example: 'I would not rule out a second vote' },
  { phrase: 'not ruling out', example: 'we are not ruling out a recall' },
  { phrase: 'cannot rule out', example: 'we cannot rule out further closures' },
];
