import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findLookAheads, isLookAhead } from '../../src/link/stories/look-ahead.ts';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import { toDayNumber } from '../../src/nlp/day-number.ts';
import { makeArticle } from '../helpers/article.ts';

describe('isLookAhead: a sentence that tells a later occasion', () => {
  test('a weekday with a plan or a futurate present is a look-ahead', () => {
    assert.ok(isLookAhead('The harbour master gives evidence on Thursday.'));
    assert.ok(isLookAhead('The tribunal will hear the second appeal on Monday.'));
    assert.ok(isLookAhead('The school board is due to vote on Tuesday.'));
  });

  test('tomorrow and next week point forward whatever the verb', () => {
    assert.ok(isLookAhead('The panel sits again tomorrow to question the port authority.'));
    assert.ok(isLookAhead('The panel sits again next week.'));
  });

  test('a weekday told in the past is a report, not a look-ahead', () => {
    assert.ok(!isLookAhead('The harbour master gave evidence on Thursday.'));
    assert.ok(!isLookAhead('On Monday the panel questioned the port authority.'));
    assert.ok(!isLookAhead('The dredging contract was signed on Friday.'));
  });

  test('a sentence with no time word is no look-ahead', () => {
    assert.ok(!isLookAhead('The harbour master gives evidence to the panel.'));
  });

  test('a plan announced at the sitting, a reported plan, a quotation or a turn is the sitting’s news', () => {
    // Not a sitting of the body: what a briefing announced.
    assert.ok(!isLookAhead('The premier will visit a shipyard in the south on Friday.'));
    // Reported: the sentence tells what someone said.
    assert.ok(!isLookAhead('Officials said the panel will hear the harbour master on Thursday.'));
    assert.ok(!isLookAhead('"We will hear the harbour master on Thursday," the chair said.'));
    assert.ok(!isLookAhead('CHAIR: The panel meets again tomorrow.'));
  });
});

describe('findLookAheads: only past the headline and the lead', () => {
  test('a closing sentence on the next sitting is found; the preview lead is not', () => {
    const text =
      'Port inquiry hears from dredging firm\n\nThe chief of the dredging firm told the port inquiry that the channel silted up in May.\n\nPanel members said the answer fell short. The harbour master gives evidence on Thursday.';
    const found = findLookAheads(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(found, ['The harbour master gives evidence on Thursday.']);
    const preview =
      'Harbour master to face port inquiry\n\nThe harbour master will give evidence to the port inquiry on Thursday.';
    assert.deepEqual(findLookAheads(preview), []);
  });
});

describe('getStoryFeatures: a look-ahead names the next sitting, not this one', () => {
  // 2033-05-10 is a Tuesday.
  const report = makeArticle(
    'dredging-hearing',
    'Port inquiry hears from dredging firm\n\nThe chief of the dredging firm, Ansel Morrow, told the port inquiry that the channel silted up in May.\n\nPanel members said the answer fell short. The harbour master, Wilma Tarrant, gives evidence on Thursday.',
    { published: '2033-05-10' },
  );

  test("the next witness's name is not among the report's names or terms", () => {
    const f = getStoryFeatures(report);
    assert.ok(f.names.has('morrow'));
    assert.ok(!f.names.has('tarrant'));
    assert.ok(!f.terms.has('tarrant'));
  });

  test("the look-ahead's weekday is not read as the report's event day", () => {
    const f = getStoryFeatures(report);
    assert.equal(f.eventDay, toDayNumber('2033-05-10'));
  });
});
