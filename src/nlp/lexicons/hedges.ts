/**
 * Hedges: words by which a speaker marks a statement as uncertain, possible or second-hand. A report
 * that drops one hardens the statement ("may respond" → "will respond"); one that adds one softens it.
 * "could", "appear" and "suggest" are left out: their ability, literal and proposal senses
 * ("could ensure", "stories appear", "we suggest a meeting") are more common in quotes.
 */
export interface Hedge {
  /** Lower-case hedge; several words are matched as a phrase. */
  hedge: string;
  example: string;
}

export const HEDGES: readonly Hedge[] = [
  { hedge: 'may', example: 'the ministry may review the decision' },
  { hedge: 'might', example: 'talks might resume in spring' },
  { hedge: 'perhaps', example: 'perhaps the sides will meet' },
  { hedge: 'possibly', example: 'possibly as early as March' },
  { hedge: 'possible', example: 'it is possible that the vote is delayed' },
  { hedge: 'probably', example: 'the deal will probably collapse' },
  { hedge: 'likely', example: 'an agreement is likely' },
  { hedge: 'unlikely', example: 'a ceasefire is unlikely this year' },
  { hedge: 'apparently', example: 'apparently, difficulties have arisen' },
  { hedge: 'reportedly', example: 'the envoy reportedly left early' },
  { hedge: 'allegedly', example: 'funds allegedly diverted' },
  { hedge: 'seem', example: 'it seems that the plan has stalled' },
  { hedge: 'appear to', example: 'the talks appear to have stalled' },
  { hedge: 'might be', example: 'there might be a second round' },
  { hedge: 'in principle', example: 'we agree in principle' },
  { hedge: 'to some extent', example: 'the concerns are justified to some extent' },
  { hedge: 'partly', example: 'the delay is partly technical' },
  { hedge: 'somewhat', example: 'relations have somewhat improved' },
  // Epistemic verbs: "I think the bridge will hold" states a belief, not a fact.
  { hedge: 'think', example: 'I think the bridge will hold' },
  { hedge: 'believe', example: 'I believe there will be support' },
  { hedge: 'belief', example: 'it is my belief that the treaty will hold' },
  { hedge: 'guess', example: 'I guess they continue' },
  { hedge: 'suppose', example: 'I suppose it could work' },
  { hedge: 'suspect', example: 'we suspect the numbers will rise' },
  { hedge: 'hopefully', example: 'hopefully one of the most important days' },
  { hedge: 'hope', example: 'I hope we will be able to do something' },
  { hedge: 'maybe', example: 'maybe next year' },
  { hedge: 'presumably', example: 'presumably in the spring' },
  { hedge: 'i feel', example: 'I feel we are close to a deal' },
  { hedge: 'i expect', example: 'I expect the vote to pass' },
  { hedge: 'we expect', example: 'we expect the line to open in May' },
  // The conditional "would expect" is the same forecast, put more softly.
  { hedge: "i'd expect", example: "I'd expect a ruling within the month" },
  { hedge: 'i would expect', example: 'I would expect a ruling within the month' },
  { hedge: "we'd expect", example: "we'd expect the tunnel to open in May" },
  { hedge: 'we would expect', example: 'we would expect the tunnel to open in May' },
  // Other verbs of forecast in the first person are judgements of what will happen, as "expect" is.
  { hedge: 'i anticipate', example: 'I anticipate a late finish' },
  { hedge: 'we anticipate', example: 'we anticipate that the works will end in May' },
  { hedge: 'i predict', example: 'I predict the bill will pass' },
  { hedge: 'we predict', example: 'we predict that fares will rise' },
  { hedge: 'we forecast', example: 'we forecast that demand will fall' },
  // An estimate is a judgement, not a count: "we estimate that repairs will take three weeks".
  { hedge: 'we estimate', example: 'we estimate that repairs will take three weeks' },
  { hedge: 'i estimate', example: 'I estimate the cost at two million' },
  // An assessment is the analyst's judgement of the evidence, as an estimate is: "vessels that we
  // assess have carried the oil" does not say they did.
  { hedge: 'we assess', example: 'ships that we assess have carried the oil' },
  { hedge: 'i assess', example: 'I assess that the risk is low' },
  // A fear is a forecast the speaker dreads: "I'm afraid we'll see cuts" does not say there will be.
  { hedge: "i'm afraid", example: "I'm afraid we'll see more cuts" },
  { hedge: 'i am afraid', example: 'I am afraid the repairs will take longer' },
  { hedge: 'i fear', example: 'I fear the season is lost' },
  { hedge: 'we fear', example: 'we fear the river will rise again' },
  // "consider that" judges, as "think that" does: the stiff rendering of a speaker's "I think".
  // Only in the first person and before "that": "we consider the bids" weighs them.
  { hedge: 'i consider that', example: 'I consider that the levy is too high' },
  { hedge: 'we consider that', example: 'we consider that the levy is too high' },
  { hedge: 'i reckon', example: 'I reckon the vote will be close' },
  { hedge: 'we reckon', example: 'we reckon the line reopens in May' },
  // Not ruling a thing out leaves it possible, no more: "I would not rule out a second vote". The
  // hedge starts at the negation, not at the auxiliary before it, so a report quoting from
  // "not ruling out …" keeps it.
  { hedge: 'not rule out', example: 'I would not rule out a second vote' },
  { hedge: 'not ruling out', example: 'I am not ruling out a recall' },
  { hedge: 'cannot rule out', example: 'we cannot rule out further closures' },
  { hedge: 'potentially', example: 'the fund could potentially double' },
  { hedge: 'conceivably', example: 'the talks could conceivably fail' },
  { hedge: 'in all likelihood', example: 'in all likelihood the bill passes' },
  { hedge: 'in all probability', example: 'the bridge will, in all probability, reopen' },
  { hedge: 'as far as we know', example: 'as far as we know, nobody was hurt' },
  { hedge: 'as far as we can tell', example: 'the leak is, as far as we can tell, contained' },
  { hedge: 'as far as i can tell', example: 'as far as I can tell, the plan holds' },
  { hedge: 'to the best of our knowledge', example: 'to the best of our knowledge, all are safe' },
  { hedge: 'to the best of my knowledge', example: 'to the best of my knowledge, it was signed' },
  { hedge: 'chances are', example: 'chances are the rates stay put' },
  { hedge: 'chance that', example: 'there is a chance that the rates stay put' },
  { hedge: 'possibility that', example: 'there is a possibility that the vote slips' },
  { hedge: 'i would say', example: 'I would say the worst is over' },
  { hedge: "i'd say", example: "I'd say the worst is over" },
  // Spoken, before a figure recalled unsure: "we planted, I want to say, 300 oaks last spring".
  { hedge: 'i want to say', example: 'we planted, I want to say, 300 oaks' },
  { hedge: 'my understanding', example: 'my understanding is that the deal holds' },
  // An expectation named by a noun is the speaker's forecast, as "I expect" is.
  { hedge: 'my expectation', example: 'it is my expectation that the backlog clears by June' },
  { hedge: 'our expectation', example: 'our expectation is that fares will rise' },
  { hedge: 'i assume', example: 'I assume they will agree' },
  { hedge: 'i suspect', example: 'I suspect it will take longer' },
  { hedge: 'in my view', example: 'in my view, the talks will resume' },
  { hedge: 'in my opinion', example: 'in my opinion, it is a mistake' },
  // The same stance phrase with "our", or with the judge's word for it.
  { hedge: 'in our view', example: 'the flood barriers, in our view, sit too low' },
  { hedge: 'in our opinion', example: 'in our opinion, the plan will fail' },
  { hedge: 'in my judgment', example: 'the goalkeeper was not, in my judgment, at fault' },
  { hedge: 'in my judgement', example: 'in my judgement, the risk is low' },
  { hedge: 'in our judgment', example: 'in our judgment, the bank can wait' },
  { hedge: 'in our judgement', example: 'in our judgement, the bank can wait' },
  { hedge: 'not sure', example: "I'm not sure it will pass" },
  { hedge: 'sort of', example: 'it is sort of a truce' },
  { hedge: 'kind of', example: 'it was kind of a mess' },
  { hedge: 'arguably', example: 'arguably the best deal' },
  { hedge: 'seemingly', example: 'a seemingly endless war' },
  { hedge: 'tend to', example: 'prices tend to rise' },
  { hedge: 'generally', example: 'generally, the rules hold' },
  { hedge: 'roughly speaking', example: 'roughly speaking, half of them' },
  { hedge: 'as far as i know', example: 'as far as I know, nobody objected' },
  // Confidence put at a degree short of certainty: a belief, as "I think" is, and often a comment
  // clause inside the sentence ("the line will open, I'm fairly confident of that, by May").
  { hedge: 'fairly confident', example: "the line will open, I'm fairly confident of that, by May" },
  { hedge: 'reasonably confident', example: 'we are reasonably confident the dam holds' },
  { hedge: 'pretty confident', example: "I'm pretty confident they will sign" },
  { hedge: 'fairly sure', example: "I'm fairly sure the vote is Tuesday" },
  { hedge: 'pretty sure', example: "I'm pretty sure the depot reopens" },
  { hedge: 'reasonably sure', example: 'we are reasonably sure of the figure' },
  ...shortOfCertainty(),
];

/**
 * Every degree short of certainty put before a word of certainty ("almost certainly", "nearly
 * sure", "fairly certain", "virtually certain"): the speaker says how far from certain they are, a
 * hedge however strong, as the rows above are.
 */
function shortOfCertainty(): Hedge[] {
  // Not "quite": "quite sure" is often fully sure.
  const degrees = ['fairly', 'reasonably', 'pretty', 'almost', 'nearly', 'virtually'];
  const certainty = ['confident', 'sure', 'certain', 'certainly', 'definitely', 'confidently'];
  const rows: Hedge[] = [];
  for (const d of degrees)
    for (const c of certainty)
      rows.push({ hedge: `${d} ${c}`, example: `we are ${d} ${c} right about the figure` });
  return rows;
}

/**
 * Speech-act adverbs: they comment on the telling, not on what is told ("Frankly, I'd say the odds
 * are even" hedges the odds as "I'd say the odds are even" does). Before a hedge they leave it
 * governing the clause after it.
 */
export const SPEECH_ACT_ADVERBS: readonly string[] = [
  'frankly',
  'honestly',
  'candidly',
  'truthfully',
  'personally',
  'seriously',
  'bluntly',
];
