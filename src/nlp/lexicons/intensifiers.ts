/**
 * Intensity-bearing words with a grade. A report is hardened when its wording carries more
 * intensity than the source passage it renders ("respond appropriately" → "retaliate decisively").
 * Strong adjectives are graded too, so "very important" (very = 1) balances "essential" (1) and
 * a translation that swaps one for the other is not flagged.
 */
export interface Intensifier {
  word: string;
  /** 1 = emphatic; 2 = extreme. */
  grade: 1 | 2;
  example: string;
}

export const INTENSIFIERS: readonly Intensifier[] = [
  { word: 'very', grade: 1, example: 'a very serious mistake' },
  { word: 'extremely', grade: 2, example: 'extremely dangerous' },
  { word: 'highly', grade: 1, example: 'highly provocative' },
  { word: 'deeply', grade: 1, example: 'deeply concerned' },
  { word: 'strongly', grade: 1, example: 'we strongly object' },
  { word: 'firmly', grade: 1, example: 'firmly opposed' },
  { word: 'decisively', grade: 1, example: 'we will respond decisively' },
  { word: 'forcefully', grade: 1, example: 'respond forcefully' },
  { word: 'harshly', grade: 1, example: 'harshly condemned' },
  { word: 'severely', grade: 1, example: 'severely punished' },
  { word: 'sharply', grade: 1, example: 'sharply criticised' },
  { word: 'resolutely', grade: 1, example: 'resolutely rejected' },
  { word: 'categorically', grade: 2, example: 'categorically unacceptable' },
  { word: 'absolutely', grade: 2, example: 'absolutely unacceptable' },
  { word: 'totally', grade: 2, example: 'totally false' },
  { word: 'completely', grade: 1, example: 'completely wrong' },
  { word: 'utterly', grade: 2, example: 'utterly absurd' },
  { word: 'entirely', grade: 1, example: 'entirely baseless' },
  { word: 'fully', grade: 1, example: 'fully engaged' },
  { word: 'outright', grade: 1, example: 'outright lies' },
  { word: 'blatant', grade: 1, example: 'blatant interference' },
  { word: 'blatantly', grade: 1, example: 'blatantly false' },
  { word: 'flagrant', grade: 1, example: 'a flagrant violation' },
  { word: 'clearly', grade: 1, example: 'clearly fabricated stories' },
  { word: 'plainly', grade: 1, example: 'it plainly reduced the risk' },
  { word: 'indeed', grade: 1, example: 'there are indeed many problems' },
  { word: 'perfectly', grade: 1, example: 'perfectly clear' },
  { word: 'truly', grade: 1, example: 'truly historic' },
  { word: 'awfully', grade: 1, example: 'awfully good at it' },
  { word: 'terribly', grade: 1, example: 'terribly wrong' },
  { word: 'incredibly', grade: 2, example: 'incredibly important' },
  { word: 'tremendously', grade: 1, example: 'tremendously successful' },
  { word: 'enormously', grade: 1, example: 'enormously difficult' },
  { word: 'dramatically', grade: 1, example: 'prices rose dramatically' },
  { word: 'drastically', grade: 1, example: 'drastically reduced' },
  { word: 'devastatingly', grade: 2, example: 'devastatingly short of money' },
  { word: 'exceptionally', grade: 1, example: 'exceptionally hard' },
  { word: 'really', grade: 1, example: 'really dangerous' },
  { word: 'so', grade: 1, example: 'so important' },
  { word: 'most', grade: 1, example: 'a most dangerous step' },
  { word: 'massive', grade: 1, example: 'massive retaliation' },
  { word: 'huge', grade: 1, example: 'a huge mistake' },
  { word: 'enormous', grade: 1, example: 'enormous damage' },
  { word: 'immediate', grade: 1, example: 'an immediate response' },
  { word: 'immediately', grade: 1, example: 'withdraw immediately' },
  { word: 'never ever', grade: 2, example: 'we will never ever accept it' },
  // Emphasis on a superlative's lead: "the wettest since 1962" → "by far the wettest since 1962".
  { word: 'by far', grade: 1, example: 'by far the largest order' },
  { word: 'far and away', grade: 1, example: 'far and away the best year' },
  { word: 'essential', grade: 1, example: 'it is essential to talk' },
  { word: 'vital', grade: 1, example: 'a vital interest' },
  { word: 'crucial', grade: 1, example: 'a crucial step' },
  { word: 'critical', grade: 1, example: 'critical importance' },
  { word: 'imperative', grade: 1, example: 'it is imperative' },
  { word: 'catastrophic', grade: 2, example: 'catastrophic consequences' },
  { word: 'disastrous', grade: 2, example: 'a disastrous decision' },
  { word: 'unprecedented', grade: 1, example: 'unprecedented pressure' },
  { word: 'total', grade: 1, example: 'a total failure' },
  { word: 'complete', grade: 1, example: 'a complete failure' },
];
