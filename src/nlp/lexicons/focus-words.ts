/**
 * Focus and limiting words: they narrow or sharpen what the rest of the clause claims ("only
 * farmers", "not yet changed", "narrowly focused", "temporarily helped"). Added to a quote they put
 * a claim in the speaker's mouth; dropped from inside it they widen what was said.
 */
export interface FocusWord {
  word: string;
  example: string;
}

export const FOCUS_WORDS: readonly FocusWord[] = [
  { word: 'only', example: 'only farmers will be paid' },
  { word: 'merely', example: 'this merely requires reciprocity' },
  { word: 'solely', example: 'solely on their terms' },
  { word: 'exclusively', example: 'exclusively for civilians' },
  { word: 'even', example: 'it did not even mention them' },
  { word: 'already', example: 'we have already given them' },
  { word: 'yet', example: 'we have not yet changed our position' },
  { word: 'narrowly', example: 'narrowly focused on technology' },
  { word: 'partly', example: 'partly to blame' },
  { word: 'partially', example: 'partially restored' },
  { word: 'temporarily', example: 'temporarily suspended' },
  { word: 'initially', example: 'initially for six months' },
  { word: 'primarily', example: 'primarily a domestic matter' },
  { word: 'mainly', example: 'mainly in the north' },
  // Its near-synonyms limit the claim the same way: one put for another is a rewording.
  { word: 'largely', example: 'largely because of the drought' },
  { word: 'mostly', example: 'mostly in the cities' },
  { word: 'chiefly', example: 'chiefly for export' },
  { word: 'principally', example: 'principally in rural areas' },
  { word: 'predominantly', example: 'a predominantly rural county' },
  { word: 'broadly', example: 'the figures are broadly in line' },
  { word: 'somewhat', example: 'somewhat better' },
  { word: 'slightly', example: 'slightly higher' },
  // Its synonyms (synonyms.ts) put the degree as low: "it troubles us a little" is a mild worry.
  { word: 'a little', example: 'the cost troubles us a little' },
  { word: 'a bit', example: 'the road is a bit narrower' },
  { word: 'relatively', example: 'relatively high' },
  { word: 'potentially', example: 'potentially dangerous' },
  { word: 'so far', example: 'so far nothing has changed' },
  // Limits to the present: dropped, a position held for now reads as settled.
  { word: 'currently', example: 'the mill does not currently take new orders' },
  { word: 'for now', example: 'the rate stays at 4 percent for now' },
  { word: 'for the time being', example: 'the bridge stays shut for the time being' },
  { word: 'at present', example: 'we have no plans at present to sell' },
  { word: 'at this time', example: 'we have no plans to sell at this time' },
  // Limits to the near future: dropped, a cost or gain said of the first years reads as lasting.
  { word: 'in the short term', example: 'the levy will cost jobs in the short term' },
  { word: 'in the short run', example: 'prices may rise in the short run' },
  // The same limit said of the plans or the state of things now: they may change.
  { word: 'on current plans', example: 'the terminal, on current plans, opens in 2028' },
  { word: 'on present plans', example: 'the line will, on present plans, close in May' },
  { word: 'as things stand', example: 'the archive will, as things stand, stay in the old building' },
  { word: 'in part', example: 'in part because of the weather' },
];
