/**
 * Words that open a condition: what follows holds only if it is met. A report that keeps the main
 * clause and cuts the condition from inside the quote ("if you choose, we welcome you" → "we
 * welcome you") states as unconditional what was conditional.
 */
export interface ConditionCue {
  cue: string;
  example: string;
}

export const CONDITION_CUES: readonly ConditionCue[] = [
  { cue: 'if', example: 'if they escalate, we will respond' },
  { cue: 'unless', example: 'unless they withdraw' },
  { cue: 'pending', example: 'pending approval by the agency' },
  { cue: 'provided', example: 'provided that the terms are met' },
  { cue: 'providing', example: 'providing the vote passes' },
  { cue: 'as long as', example: 'as long as they keep to the rules' },
  { cue: 'so long as', example: 'so long as the money lasts' },
  { cue: 'assuming', example: 'assuming the talks go well' },
  { cue: 'in case', example: 'in case it rains' },
  { cue: 'in the event', example: 'in the event of an attack' },
  { cue: 'on condition', example: 'on condition that they agree' },
  { cue: 'subject to', example: 'subject to approval' },
  { cue: 'depending on', example: 'depending on the weather' },
];

/**
 * Verbs of withholding or putting off: each says the act is not done for now ("hold back the aid" =
 * not give it yet), a negation in the verb itself. So "until" after one sets the condition of the
 * act, as "not … until" does ("we will hold back the grant until the audit is done" = give it only
 * when it is done). A phrasal verb is listed by its words. After a verb that does not withhold,
 * "until" only bounds a time ("we will keep searching until dawn").
 */
export const WITHHOLDING_VERBS: readonly { verb: string; example: string }[] = [
  { verb: 'withhold', example: 'the board will withhold the bonus until the review ends' },
  { verb: 'hold back', example: 'we should hold back the aid until the vote is rerun' },
  { verb: 'hold off', example: 'the council will hold off on the sale until spring' },
  { verb: 'suspend', example: 'the league suspended the match until the pitch was safe' },
  { verb: 'delay', example: 'the bank will delay the payment until the audit is done' },
  { verb: 'postpone', example: 'the vote is postponed until the inquiry reports' },
  { verb: 'defer', example: 'we will defer the decision until the count is complete' },
  { verb: 'freeze', example: 'the fund froze the loans until the accounts were filed' },
  { verb: 'wait', example: 'we will wait until the inspectors report' },
];
