import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import { findTallies } from '../../src/link/stories/tally.ts';
import { makeArticle } from '../helpers/article.ts';

/** Invented reports of two divisions of one council in one week, told the ways reports tell them. */
describe('findTallies', () => {
  test('a division told four ways is one key, its counts in ascending order', () => {
    assert.deepEqual(findTallies('The motion carried 41-36 after midnight.'), ['36-41']);
    assert.deepEqual(findTallies('Councillors backed it by 41 votes to 36.'), ['36-41']);
    assert.deepEqual(findTallies('It passed by 41 to 36.'), ['36-41']);
    assert.deepEqual(findTallies('The clerk read the result: 41 for, 36 against.'), ['36-41']);
    assert.deepEqual(findTallies('Ayes 41, noes 36.'), ['36-41']);
  });

  test('a score and a docket number are tallies too', () => {
    assert.deepEqual(findTallies('Northbridge won 3–2 at home.'), ['2-3']);
    assert.deepEqual(findTallies('The appeal, Docket 31-208, was dismissed.'), ['31-208']);
  });

  test('dates, years, phone numbers and hyphenated words are not', () => {
    assert.deepEqual(findTallies('It was filed on 2029-06-11 for the 2030 season.'), []);
    assert.deepEqual(findTallies('A 10-year lease; call 555-201-3344.'), []);
    assert.deepEqual(findTallies('Fares rose from 2019 to 2021.'), []);
  });

  test('a tally before `end` only, and none inside the skipped span', () => {
    const text = 'KELLOW, June 4 - The vote was 12-9. Elsewhere the derby ended 1-1.';
    assert.deepEqual(findTallies(text, text.indexOf('Elsewhere')), ['9-12']);
    assert.deepEqual(findTallies('Route 9-12 closed; the vote was 5-4.', undefined, { start: 0, end: 10 }), [
      '4-5',
    ]);
  });
});

describe('tallies in story features', () => {
  const wire = makeArticle(
    'wire',
    'Council approves tram extension\n\nThe city council voted 41 to 36 on Tuesday to extend the tram line to Wexley.',
  );
  const tabloid = makeArticle(
    'tabloid',
    'TRAM-TASTIC! Wexley gets its line\n\nIt was tight: 41 for, 36 against, and the public gallery cheered.',
  );
  const other = makeArticle(
    'other',
    'Council rejects parking levy\n\nThe city council voted 36-44 on Thursday against a levy on office car parks.',
  );

  test('two reports of one division share its tally; another division of the week does not', () => {
    const keys = (a: typeof wire) => [...getStoryFeatures(a).numbers].filter((n) => n.includes('-'));
    assert.deepEqual(keys(wire), ['36-41']);
    assert.deepEqual(keys(tabloid), ['36-41']);
    assert.deepEqual(keys(other), ['36-44']);
  });
});
