import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * One figure written two ways: a ratio of thirds ("one in three", "two out of three") is the share
 * "a third" or "two thirds" names, and a bare hour is the clock time a report marks "am" or "pm".
 * Other shares and other hours are still other figures.
 */

test('"one in three" is "a third"; "33 percent" is still another figure', () => {
  assertNotAltered(
    'Nearly a third of the ferries on the route are more than forty years old.',
    'Nearly one in three of the ferries on the route are more than forty years old',
  );
  assertNotAltered(
    'Two out of three farms in the valley use the river for irrigation.',
    'two thirds of farms in the valley use the river for irrigation',
  );
  assertAltered(
    'Nearly a third of the ferries on the route are more than forty years old.',
    'Nearly one in four of the ferries on the route are more than forty years old',
    'verdict.number',
  );
});

test('a bare hour is the clock time a report marks with am or pm', () => {
  assertNotAltered(
    'The library will open from nine until five on Saturdays.',
    'The library will open from 9am until 5pm on Saturdays',
  );
  assertAltered(
    'The library will open from nine until five on Saturdays.',
    'The library will open from 10am until 5pm on Saturdays',
    'verdict.number',
  );
});
