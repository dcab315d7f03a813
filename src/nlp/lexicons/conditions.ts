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
