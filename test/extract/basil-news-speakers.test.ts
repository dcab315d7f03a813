/**
 * Constructions from real political news (BASIL story set, read in December 2026, round 17), in
 * sentences written for the test: a party-and-state label set off by commas before a relative
 * clause ("Sen. Ana Lund, R-Ohio, who …, said"), which belongs to the name before it; a role
 * phrase qualified by a time ("the bureau's director at the time, Ana Lund, said"); a party noun
 * in the plural ("House Democrats said"), a group that "he" never stands for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { makeArticle } from '../helpers/article.ts';
import { speakerOfText } from '../helpers/quotes-of.ts';

test('a comma-set party label before a relative clause is the name\'s, not the speaker ("Lund, R-Ohio, who …, said")', () => {
  const text =
    'Harbor bill\n\nThe harbor bill stalled again this week. Sen. Ada Brandt, R-Ohio, who on Monday filed her own harbor bill, said Tuesday that the plan would fail.';
  assert.equal(speakerOfText(text, 'plan would fail'), 'Ada Brandt');
});

test('look-alike: a state set off by commas after a town, before a relative clause, still leaves the person', () => {
  const text =
    'Harbor bill\n\nThe harbor bill stalled again this week. Tom Greer of Bangor, Maine, who runs a ferry, said the port could wait.';
  assert.equal(speakerOfText(text, 'port could wait'), 'Tom Greer');
});

test('a role qualified by "at the time" before a comma-bounded name gives the name ("the director at the time, Ana Lund, recommended")', () => {
  const text =
    'Dock case\n\nThe inquiry into the dock contracts closed in May. Two weeks later, the F.B.I. director at the time, Ana Lund, recommended that no charges be filed against the firm.';
  assert.equal(speakerOfText(text, 'no charges be filed'), 'Ana Lund');
});

test('look-alike: a time phrase opening the sentence before the subject leaves the subject', () => {
  const text =
    'Dock case\n\nThe inquiry into the dock contracts closed in May. The day after the vote, Ana Lund, who runs the port, said the count was right.';
  assert.equal(speakerOfText(text, 'count was right'), 'Ana Lund');
});

const CAUCUS =
  'Budget\n\nThe budget talks ended on Monday. Ms. Ana Lund is far from alone among House Democrats. Senior House Democrats said they would wait for the report, even as fear grew that newly elected Democrats might block the budget, Mayor Tom Greer stepped in.\n\n“We talked about it,” he told reporters after the meeting.';

test('a party noun in the plural names members, not a person: "he" is never "House Democrats"', () => {
  assert.equal(speakerOfText(CAUCUS, 'We talked about it', { kind: 'direct' }), 'Tom Greer');
  const types = buildEntityIndex([makeArticle('caucus.txt', CAUCUS)]).entities.map(
    (e) => `${e.name}:${e.type}`,
  );
  assert.ok(!types.includes('House Democrats:person'), types.join(', '));
});

test('look-alike: a speaking surname that ends in -s is still a person', () => {
  const text =
    'Budget\n\nThe budget talks ended on Monday. Ruth Edwards chairs the harbor board. Edwards said the board would wait.';
  const types = buildEntityIndex([makeArticle('board.txt', text)]).entities.map((e) => `${e.name}:${e.type}`);
  assert.ok(types.includes('Ruth Edwards:person'), types.join(', '));
});
