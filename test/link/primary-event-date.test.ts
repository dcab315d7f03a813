import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDateOf, eventOf } from '../../src/link/provenance/primaries/primary-choice.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';

/** A short report of the same speaker at another event, against a transcript that prints no date. */
const transcript = makeArticle('record.txt', 'The Premier (Halvard Osk): The channel opens in May.', {
  published: null,
});
const report = makeArticle('report.txt', 'Osk said the channel "opens in May."', { published: '2031-06-03' });
const later = makeArticle('later.txt', 'Osk said "the tolls are gone."', { published: '2031-06-04' });
const elsewhere = makeArticle('rally.txt', 'Osk told a rally "we will win."', { published: '2030-11-20' });
const story: Story = {
  id: 's',
  title: 'Question time',
  articles: ['record.txt', 'later.txt', 'report.txt'],
  primary: 'record.txt',
  primaryConfidence: 1,
};
const byId = new Map([transcript, report, later, elsewhere].map((a) => [a.id, a]));

test('a primary with no date of its own takes the earliest date of its story’s reports', () => {
  assert.equal(eventDateOf(transcript, story, byId), '2031-06-03');
  const dated = { ...transcript, published: '2031-06-02' };
  assert.equal(eventDateOf(dated, story, byId), '2031-06-02');
  assert.equal(eventDateOf(transcript, undefined, byId), null);
});

test('a short report months from the event date is another event, even when the primary has no date', () => {
  const date = eventDateOf(transcript, story, byId);
  assert.equal(eventOf(undefined, transcript, elsewhere, date), 'other');
  // Without the story's date the short report stays undecided (it may have been too short to cluster).
  assert.equal(eventOf(undefined, transcript, elsewhere), 'undecided');
  assert.equal(eventOf(story, transcript, report, date), 'same');
});

test('a wire dateline’s day and month, with no year, still tell a report months from the event', () => {
  const dated = { ...transcript, published: '2031-06-02' };
  const wire = (day: string) =>
    makeArticle(
      'wire.txt',
      `Osk opens the canal\n\nTARNBY, ${day} (Harbour Wire) - Premier Halvard Osk said "we will win."`,
      {
        published: null,
      },
    );
  assert.equal(eventOf(undefined, dated, wire('Nov 20')), 'other');
  // Near the event's own day and month, in whichever year, it may be the same event.
  assert.equal(eventOf(undefined, dated, wire('June 3')), 'undecided');
  // Across the turn of a year: early January is days after late December.
  const december = { ...transcript, published: '2031-12-30' };
  assert.equal(eventOf(undefined, december, wire('Jan 2')), 'undecided');
  assert.equal(eventOf(undefined, december, wire('Jan 20')), 'other');
});

test('a report dated the day before the primary whose lead tells its own earlier day is another event', () => {
  const record = makeArticle('floor.txt', '>> Rep. Osk: The channel opens in May.', {
    published: '2031-06-04',
  });
  // 2031-06-03 is a Tuesday: "on Tuesday" is the report's own day, before the Wednesday record.
  const before = makeArticle(
    'amendment.txt',
    'Channel amendment adopted\n\nThe chamber on Tuesday adopted an amendment after Osk said "the tolls can wait."',
    { published: '2031-06-03' },
  );
  assert.equal(eventOf(undefined, record, before), 'other');
  // Look-alike: dated the day before but telling no day of its own (a clock's slip), it stays undecided.
  const slipped = makeArticle('slip.txt', 'Channel opens in May\n\nOsk said "the channel opens in May."', {
    published: '2031-06-03',
  });
  assert.equal(eventOf(undefined, record, slipped), 'undecided');
});
