/**
 * Stance cues: the words by which a speaker takes a position on an issue, by the speech act they
 * perform. Verbs of requiring and deontic modals make a demand ("insist", "must"); verbs and
 * adjectives of readiness an offer ("ready to", "propose"); verbs of refusing a rejection ("reject",
 * "rule out"). A red line is a refusal bound to the future or to every case: a negation before a
 * verb of yielding ("will not give up", "never accept") or a closing phrase ("non-negotiable").
 * Each cue is lower case; several words are matched as a phrase, each word by its inflection stem
 * ("insisted", "demands"). General English, never the wording of a particular story.
 */
export interface StanceCue {
  cue: string;
  example: string;
}

/** Verbs of requiring: their subject is the one who demands ("the union demands a contract"). */
export const DEMAND_VERBS: readonly StanceCue[] = [
  { cue: 'demand', example: 'the union demands a new contract' },
  { cue: 'insist', example: 'Ottawa insisted that the tariffs go' },
  { cue: 'require', example: 'we require guarantees that the plant stays open' },
  { cue: 'call for', example: 'the ministry called for an inquiry' },
  { cue: 'call on', example: 'they called on the board to resign' },
  { cue: 'urge', example: 'the minister urged both sides to return' },
  { cue: 'expect', example: 'we expect the ministry to honour the deal' },
  { cue: 'want', example: 'we want the wage cut reversed' },
  { cue: 'seek', example: 'the union seeks a four-day week' },
  { cue: 'press for', example: 'farmers pressed for lower duties' },
];

/**
 * Deontic modals and adjectives of necessity: a demand whose subject is the one obliged, not the
 * one demanding ("the board must resign" is the union's demand on the board).
 */
export const OBLIGATION_CUES: readonly StanceCue[] = [
  { cue: 'must', example: 'the strikers must be paid in full' },
  { cue: 'need to', example: 'the company needs to restore the pensions' },
  { cue: 'have to', example: 'the tariffs have to go' },
  { cue: 'has to', example: 'the board has to resign' },
  { cue: 'should', example: 'the levy should be withdrawn' },
  { cue: 'ought to', example: 'the rules ought to be changed' },
  // Predicated, not attributive: "whenever necessary" and "essential goods" demand nothing.
  { cue: 'is essential', example: 'it is essential that the quota is lifted' },
  { cue: 'are essential', example: 'guarantees are essential' },
  { cue: 'it essential', example: 'we consider it essential to reopen the line' },
  { cue: 'is necessary', example: 'it is necessary to guarantee the supply' },
  { cue: 'are necessary', example: 'new talks are necessary' },
  { cue: 'it necessary', example: 'we consider it necessary to respond' },
  { cue: 'impossible without', example: 'a deal is impossible without a wage rise' },
];

export const OFFER_CUES: readonly StanceCue[] = [
  { cue: 'ready to', example: 'we are ready to resume talks' },
  { cue: 'readiness', example: 'the board signalled its readiness to negotiate' },
  { cue: 'prepared to', example: 'the union is prepared to call off the strike' },
  { cue: 'willing to', example: 'the government is willing to lower the duty' },
  { cue: 'willingness', example: 'its willingness to reopen the border' },
  { cue: 'open to', example: 'we remain open to dialogue' },
  { cue: 'offer', example: 'the employer offered a 4 percent raise' },
  { cue: 'propose', example: 'Lisbon proposed a joint quota' },
  { cue: 'proposal', example: 'our proposal to share the fishing grounds' },
  { cue: 'suggest', example: 'we suggested an independent arbiter' },
  { cue: 'invite', example: 'we invite the union to the table' },
  { cue: 'agree to', example: 'the ministry agreed to review the levy' },
  { cue: 'would consider', example: 'the board would consider a shorter week' },
  { cue: 'compromise', example: 'a compromise on the quota is possible' },
  // Commitments: the speaker binds itself to do something for the other side.
  { cue: 'promise', example: 'the ministry promised to keep the plant open' },
  { cue: 'pledge', example: 'the board pledged to rehire the strikers' },
  { cue: 'assure', example: 'the employer assured us that no jobs would go' },
  { cue: 'vow', example: 'the mayor vowed to rebuild the bridge' },
  { cue: 'guarantee', example: 'we guarantee the pensions' },
  { cue: 'commit to', example: 'the government committed to a wage review' },
];

export const REJECTION_CUES: readonly StanceCue[] = [
  { cue: 'reject', example: 'the union rejected the offer' },
  { cue: 'refuse', example: 'the board refused to reopen the plant' },
  { cue: 'deny', example: 'the ministry denied any subsidy' },
  { cue: 'dismiss', example: 'officials dismissed the claim as baseless' },
  { cue: 'oppose', example: 'farmers oppose the new quota' },
  { cue: 'condemn', example: 'the council condemned the tariffs' },
  { cue: 'denounce', example: 'the union denounced the lockout' },
  { cue: 'rule out', example: 'the minister ruled out a wage freeze' },
  { cue: 'turn down', example: 'the workers turned down the deal' },
  { cue: 'veto', example: 'the state will veto the merger' },
  { cue: 'object to', example: 'we object to the new levy' },
  { cue: 'unacceptable', example: 'the cuts are unacceptable' },
  { cue: 'disagree', example: 'we disagree with the ruling' },
];

/** Verbs of yielding or accepting: after a negation they draw a red line ("will not accept"). */
export const YIELD_VERBS: readonly StanceCue[] = [
  { cue: 'accept', example: 'we will not accept a pay freeze' },
  { cue: 'give up', example: 'the union will never give up the pension' },
  { cue: 'give away', example: 'I cannot give away our fishing rights' },
  { cue: 'abandon', example: 'we do not intend to abandon our demands' },
  { cue: 'compromise', example: 'we will not compromise on safety' },
  { cue: 'negotiate', example: 'we do not negotiate over our borders' },
  { cue: 'recognize', example: 'the council will not recognize the vote' },
  { cue: 'recognise', example: 'we will not recognise the annexation' },
  { cue: 'allow', example: 'we will not allow the plant to close' },
  { cue: 'tolerate', example: 'we will not tolerate dumping' },
  { cue: 'cede', example: 'the city will not cede its port' },
  { cue: 'concede', example: 'the board will not concede the point' },
  { cue: 'surrender', example: 'we will never surrender the quota' },
  { cue: 'back down', example: 'the union will not back down' },
  { cue: 'yield', example: 'we shall not yield on wages' },
  { cue: 'budge', example: 'the ministry will not budge' },
  { cue: 'return to', example: 'there will be no return to the old tariffs' },
  { cue: 'discuss', example: 'the border is not something we discuss' },
];

/** Phrases that close a question to negotiation on their own. */
export const RED_LINE_PHRASES: readonly StanceCue[] = [
  { cue: 'red line', example: 'the pension is a red line for us' },
  { cue: 'non negotiable', example: 'the wage floor is non-negotiable' },
  { cue: 'not negotiable', example: 'safety is not negotiable' },
  { cue: 'under no circumstances', example: 'under no circumstances will we sell' },
  { cue: 'out of the question', example: 'closing the plant is out of the question' },
  { cue: 'is closed', example: 'for us the question is closed' },
  { cue: 'is resolved', example: 'the matter of the border is resolved for us' },
  { cue: 'irreversible', example: 'the merger is irreversible' },
  { cue: 'will never', example: 'we will never sign such a deal' },
];

/** Words that bind a clause to the future or to a volition: with a negation, a refusal to come. */
export const COMMITMENT_MODALS: readonly StanceCue[] = [
  { cue: 'will', example: 'we will not sign' },
  { cue: 'would', example: 'the board would never agree' },
  { cue: 'shall', example: 'we shall not return' },
  { cue: 'intend', example: 'we do not intend to give in' },
];

/**
 * Modals and adjectives that make the clause after a condition a commitment: "if they lift the
 * duty, we will respond" is a conditional position, "if you ask me" is not.
 */
export const CONDITIONAL_COMMITMENTS: readonly StanceCue[] = [
  ...COMMITMENT_MODALS,
  { cue: 'ready', example: 'we are ready if they are' },
  { cue: 'prepared', example: 'we are prepared, provided the board agrees' },
  { cue: 'willing', example: 'willing to talk as long as the strike ends' },
  { cue: 'only', example: 'only if the other side does the same' },
];
