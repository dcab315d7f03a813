/**
 * Words that bound or blur a figure: "over 20", "nearly 2,000", "up to 500". A report that drops
 * one ("more than 100 million" → "100 million") or swaps it ("nearly" → "over") states another
 * figure than the speaker did. `bound` says which way: at least, at most, or about.
 */
export interface NumberApproximator {
  phrase: string;
  bound: 'at-least' | 'at-most' | 'about';
  example: string;
}

export const NUMBER_APPROXIMATORS: readonly NumberApproximator[] = [
  { phrase: 'more than', bound: 'at-least', example: 'more than 50 nations' },
  { phrase: 'over', bound: 'at-least', example: 'over 600 million doses' },
  { phrase: 'above', bound: 'at-least', example: 'above 6 percent' },
  { phrase: 'at least', bound: 'at-least', example: 'at least $1 billion' },
  { phrase: 'upwards of', bound: 'at-least', example: 'upwards of 20 ships' },
  // A comparative and "than" bounds a figure as "more than" does, the measure named by the adjective.
  { phrase: 'older than', bound: 'at-least', example: 'residents older than 65' },
  { phrase: 'greater than', bound: 'at-least', example: 'a share greater than 10 percent' },
  { phrase: 'higher than', bound: 'at-least', example: 'rates higher than 5 percent' },
  { phrase: 'larger than', bound: 'at-least', example: 'farms larger than 50 hectares' },
  { phrase: 'less than', bound: 'at-most', example: 'less than 10 percent' },
  { phrase: 'younger than', bound: 'at-most', example: 'children younger than 12' },
  { phrase: 'lower than', bound: 'at-most', example: 'rates lower than 2 percent' },
  { phrase: 'smaller than', bound: 'at-most', example: 'firms smaller than 50 staff' },
  { phrase: 'fewer than', bound: 'at-most', example: 'fewer than 100 people' },
  { phrase: 'under', bound: 'at-most', example: 'under 5 percent' },
  { phrase: 'below', bound: 'at-most', example: 'below 2 percent' },
  { phrase: 'up to', bound: 'at-most', example: 'up to 500 troops' },
  { phrase: 'at most', bound: 'at-most', example: 'at most a week' },
  // The ceiling said with "as much as": "as much as €500" is "up to €500".
  { phrase: 'as much as', bound: 'at-most', example: 'as much as 40 percent' },
  { phrase: 'nearly', bound: 'about', example: 'nearly 2,000 tanks' },
  { phrase: 'almost', bound: 'about', example: 'almost 7 billion dollars' },
  { phrase: 'about', bound: 'about', example: 'about 2 billion dollars' },
  { phrase: 'around', bound: 'about', example: 'around 40 percent' },
  { phrase: 'roughly', bound: 'about', example: 'roughly 3 million' },
  { phrase: 'approximately', bound: 'about', example: 'approximately 80,000 people' },
  { phrase: 'some', bound: 'about', example: 'some 3.5 trillion dollars' },
  { phrase: 'close to', bound: 'about', example: 'close to 90 percent' },
  // Idioms of size put before a figure blur or bound it as the single words do.
  { phrase: 'in the region of', bound: 'about', example: 'in the region of 4 million euro' },
  { phrase: 'of the order of', bound: 'about', example: 'of the order of 300 jobs' },
  { phrase: 'on the order of', bound: 'about', example: 'on the order of 300 jobs' },
  { phrase: 'in excess of', bound: 'at-least', example: 'in excess of 5,000 tonnes' },
  // A comparative denied is the opposite bound: "no less than" is "at least", "no more than" "at most".
  { phrase: 'no less than', bound: 'at-least', example: 'no less than twice a year' },
  { phrase: 'not less than', bound: 'at-least', example: 'not less than 30 days' },
  { phrase: 'no fewer than', bound: 'at-least', example: 'no fewer than 40 inspectors' },
  { phrase: 'not fewer than', bound: 'at-least', example: 'not fewer than ten members' },
  { phrase: 'no more than', bound: 'at-most', example: 'no more than three items' },
  { phrase: 'not more than', bound: 'at-most', example: 'not more than 5 percent' },
];
