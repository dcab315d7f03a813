import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Not ruling a thing out leaves it possible: a report that states it as a plan or a fact drops the
 * hedge. Quoted with the hedge kept, nothing changed.
 */

test('"would not rule out" or "cannot rule out" dropped hardens a possibility into a claim', () => {
  assertAltered(
    'I would not rule out moving the market to the quayside next summer.',
    'We will move the market to the quayside next summer',
    'verdict.hedge-dropped',
  );
  assertAltered(
    'We cannot rule out more landslips on the coast road after this rain.',
    'There will be more landslips on the coast road after this rain',
    'verdict.hedge-dropped',
  );
  assertNotAltered(
    'We cannot rule out more landslips on the coast road after this rain.',
    'We cannot rule out more landslips on the coast road',
  );
});

test('a quote that opens on the negation of "are not ruling out" keeps the hedge', () => {
  assertNotAltered(
    'Two extra gritters are paid for, and we are not ruling out a third in February.',
    'not ruling out a third in February.',
  );
  assertNotAltered(
    'I would not rule out moving the market to the quayside next summer.',
    'not rule out moving the market to the quayside',
  );
});

test('a fragment after "would not rule out" is no negation dropped: the hedge denies nothing', () => {
  assertNotAltered(
    'The pumps are back on in most streets, but I would not rule out more flooding in the low town if the rain keeps up.',
    'more flooding in the low town',
  );
});
