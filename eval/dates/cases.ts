/**
 * Invented sentences with the dates a reader takes from them, for eval/dates.ts. Each names the
 * article's own date (`ref`, null for undated) and the expected ISO dates in text order, at the
 * precision the text gives; a range counts as its start (the day the event begins).
 * References: 2026-03-02 is a Monday, 2027-01-03 a Sunday, 2026-04-01 a Wednesday.
 */
export interface DateCase {
  kind: string;
  text: string;
  ref: string | null;
  expected: string[];
}

export const DATE_CASES: readonly DateCase[] = [
  // Absolute dates at three precisions.
  { kind: 'absolute', text: 'The locks closed on March 14, 2023.', ref: null, expected: ['2023-03-14'] },
  { kind: 'absolute', text: 'The tolls were set on 9 January 2025.', ref: null, expected: ['2025-01-09'] },
  {
    kind: 'absolute',
    text: 'The pact was signed on Feb. 5, 2026 in Velmora.',
    ref: null,
    expected: ['2026-02-05'],
  },
  {
    kind: 'absolute',
    text: 'The council approved the budget in October 2024.',
    ref: null,
    expected: ['2024-10'],
  },
  { kind: 'absolute', text: 'The canal was dug in 1911.', ref: null, expected: ['1911'] },
  { kind: 'absolute', text: 'Since the 2019 flood, the harbour has shrunk.', ref: null, expected: ['2019'] },
  { kind: 'absolute', text: 'Votes were held in 2014 and 2022.', ref: null, expected: ['2014', '2022'] },
  {
    kind: 'absolute',
    text: 'Ilsa Varn met the mayor on August 15.',
    ref: '2026-11-09',
    expected: ['2026-08-15'],
  },
  {
    kind: 'absolute',
    text: 'The ferry returns by July 15, 2027, the operator said.',
    ref: '2026-11-09',
    expected: ['2027-07-15'],
  },
  {
    kind: 'absolute',
    text: 'Tolls stay frozen for one year after May 5, 2027.',
    ref: null,
    expected: ['2027-05-05'],
  },
  // Relative dates across month and year boundaries.
  { kind: 'relative', text: 'The council met last week.', ref: '2026-03-02', expected: ['2026-02'] },
  {
    kind: 'relative',
    text: 'Tolls rose last month, the council said.',
    ref: '2027-01-03',
    expected: ['2026-12'],
  },
  {
    kind: 'relative',
    text: 'The harbour council voted in December.',
    ref: '2027-01-03',
    expected: ['2026-12'],
  },
  { kind: 'relative', text: 'The mayor resigned yesterday.', ref: '2026-03-01', expected: ['2026-02-28'] },
  { kind: 'relative', text: 'The dredging began two months ago.', ref: '2026-01-15', expected: ['2025-11'] },
  { kind: 'relative', text: 'Tolls doubled last year.', ref: '2026-01-03', expected: ['2025'] },
  {
    kind: 'relative',
    text: 'The bridge reopened three weeks ago.',
    ref: '2026-03-10',
    expected: ['2026-02'],
  },
  // Weekdays: a report's weekday is the one just past.
  {
    kind: 'weekday',
    text: 'On Sunday, Ilsa Varn opened the locks.',
    ref: '2026-04-01',
    expected: ['2026-03-29'],
  },
  { kind: 'weekday', text: 'Dockers struck on Monday.', ref: '2026-03-02', expected: ['2026-03-02'] },
  {
    kind: 'weekday',
    text: 'In an interview on Friday, the mayor said tolls would stay.',
    ref: '2027-01-03',
    expected: ['2027-01-01'],
  },
  { kind: 'weekday', text: 'The vote took place last Tuesday.', ref: '2026-04-01', expected: ['2026-03-31'] },
  // Seasons, which have no month: year precision.
  {
    kind: 'season',
    text: 'Two rounds of talks took place in the spring.',
    ref: '2026-11-09',
    expected: ['2026'],
  },
  { kind: 'season', text: 'The locks flooded last winter.', ref: '2026-07-01', expected: ['2025'] },
  { kind: 'season', text: 'The canal froze in the winter of 2021.', ref: null, expected: ['2021'] },
  // Ranges: the start.
  {
    kind: 'range',
    text: 'The fair runs from May 3 to May 5, 2026.',
    ref: '2026-04-01',
    expected: ['2026-05-03'],
  },
  {
    kind: 'range',
    text: 'The locks were shut from June 2 to June 9.',
    ref: '2026-07-01',
    expected: ['2026-06-02'],
  },
  // Words and numbers that are no dates.
  { kind: 'false-positive', text: 'The council may raise tolls.', ref: '2026-04-01', expected: [] },
  { kind: 'false-positive', text: 'May they reconsider the tolls?', ref: '2026-04-01', expected: [] },
  { kind: 'false-positive', text: 'Dockers march on the harbour.', ref: '2026-04-01', expected: [] },
  {
    kind: 'absolute',
    text: 'The 2024 elections and 1998 floods changed the harbour.',
    ref: null,
    expected: ['2024', '1998'],
  },
  { kind: 'false-positive', text: 'Some 2,000 dockers joined.', ref: '2026-04-01', expected: [] },
  {
    kind: 'false-positive',
    text: 'The harbour handled 2050 ships and 1,995 barges.',
    ref: null,
    expected: [],
  },
  {
    kind: 'false-positive',
    text: 'Ilsa Varn said the fall of the old council was overdue.',
    ref: '2026-04-01',
    expected: [],
  },
  {
    kind: 'false-positive',
    text: 'Nearly four years after the flood, the locks work.',
    ref: '2026-04-01',
    expected: [],
  },
  { kind: 'false-positive', text: 'The mayor, Tom March, signed at 23:00.', ref: '2026-04-01', expected: [] },
  // Undated articles: relative expressions cannot be resolved and are left out.
  { kind: 'undated', text: 'On Sunday the council met, as it did last month.', ref: null, expected: [] },
];
