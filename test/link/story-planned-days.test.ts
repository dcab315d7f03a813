import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readEventDay } from '../../src/link/stories/event-day.ts';
import { toDayNumber } from '../../src/nlp/day-number.ts';
import { tokenize } from '../../src/nlp/tokens.ts';

/** 2031-09-12 is a Friday. */
const FRIDAY = toDayNumber('2031-09-12')!;
const read = (lead: string) => readEventDay(tokenize(lead), lead.length, FRIDAY, lead);

describe('readEventDay: a weekday the lead tells as a plan is read forward', () => {
  test('"will … on Monday" in a preview published on Friday is the coming Monday', () => {
    const day = read('The harbour board will settle the sale of the ferry line on Monday afternoon.');
    assert.deepEqual(day, { day: FRIDAY + 3, stated: true, background: null });
    assert.equal(read("The mayor says she'll open the bridge on Tuesday.").day, FRIDAY + 4);
    assert.equal(read('The final report is due on Wednesday, officials say.').day, FRIDAY + 5);
  });

  test("a headline's infinitive takes the lead's plan for the same weekday", () => {
    const text = 'Harbour board to rule on ferry sale on Monday\n\nThe board will meet on Monday to vote.';
    assert.equal(read(text).day, FRIDAY + 3);
  });

  test('a passive after "will be" is still a plan', () => {
    assert.equal(read('Most clinics will be closed on Thursday as nurses walk out.').day, FRIDAY + 6);
  });

  test('a past verb between the marker and the day is a report: read back as before', () => {
    assert.equal(read('The chair, who will retire in May, said on Monday the sale was off.').day, FRIDAY - 4);
    assert.equal(read('The harbour board decided on Monday to sell the ferry line.').day, FRIDAY - 4);
    // A present-tense headline's "to" is no plan: "talks to dockers on Tuesday" happened.
    assert.equal(read('Harbour chief talks to dockers on Tuesday').day, FRIDAY - 3);
  });

  test('the publication weekday itself, planned, is the publication day', () => {
    assert.equal(read('The board will vote on Friday evening.').day, FRIDAY);
  });
});
