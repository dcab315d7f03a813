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
  { cue: 'never', example: 'we have never rejected a deal' },
  { cue: 'none', example: 'none of the proposals was accepted' },
  { cue: 'nobody', example: 'nobody disputes the result' },
  { cue: 'nothing', example: 'nothing has been agreed' },
  { cue: 'neither', example: 'neither side has moved' },
  { cue: 'nor', example: 'nor will we accept it' },
  { cue: 'cannot', example: 'the conflict cannot be settled by force' },
  { cue: 'unable', example: 'the government will be unable to repay' },
  { cue: 'impossible', example: 'peace is impossible without guarantees' },
  { cue: 'without', example: 'not without addressing the causes' },
  { cue: 'free of', example: 'a plan free of hidden conditions' },
  { cue: 'lack', example: 'the proposal lacks any legal basis' },
  { cue: 'refuse', example: 'we refuse to negotiate under pressure' },
];
