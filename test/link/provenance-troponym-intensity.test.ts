import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A narrower verb (a WordNet troponym: a way of doing the speaker's act) says more only when the
 * sense linking them is an extreme of the scale or names another speech act; otherwise it names
 * the same act more precisely and the quote is a paraphrase.
 */

test('a narrower verb naming the same act more precisely is a paraphrase', () => {
  assertNotAltered(
    'The board decided to delay the vote on the merger until the autumn.',
    'The board decided to postpone the vote on the merger until the autumn',
  );
  assertNotAltered(
    'Our engineers examined every cable on the bridge last week.',
    'Our engineers inspected every cable on the bridge last week',
  );
});

test('a narrower verb at the extreme of its scale hardens the claim', () => {
  assertAltered(
    'Applications for the scheme came down after the deadline was announced.',
    'Applications for the scheme plunged after the deadline was announced',
    'verdict.wording',
  );
});

test('a narrower verb of communication names another speech act', () => {
  assertAltered(
    'The mayor criticized the plan for the old market.',
    'The mayor attacked the plan for the old market',
    'verdict.wording-changed',
  );
});
