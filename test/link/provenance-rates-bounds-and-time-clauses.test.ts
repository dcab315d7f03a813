import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Rewordings that keep a figure, a rate or a time: a denied comparative is the opposite bound ("no
 * fewer than" = "at least"), "each" put for the "a" or "per" of a rate, a share given in percent
 * with the thing counted inside the ratio, a fortnight as two weeks, hundreds written after
 * "thousand", and a present perfect for a present in a clause of time. The alterations beside them
 * stay alterations.
 */

test('a denied comparative is the bound it denies the opposite of', () => {
  assertNotAltered(
    'The lifeguards will be on duty for at least six hours a day.',
    'The lifeguards will be on duty for no fewer than six hours a day',
  );
  assertAltered(
    'The lifeguards will be on duty for at least six hours a day.',
    'The lifeguards will be on duty for no more than six hours a day',
    'verdict.number',
  );
  // Before no figure the denial is still a negation, and cutting it alters the claim.
  assertAltered(
    'Rents on the estate will increase by no more than wages next year.',
    'Rents on the estate will increase by wages next year',
    'verdict.negation',
  );
});

test('"each" for the "a" or "per" of a rate widens nothing; for "a" alone it does', () => {
  assertNotAltered(
    'Crofters are paid a subsidy per hectare of heather they restore.',
    'Crofters are paid a subsidy for each hectare of heather they restore',
  );
  assertNotAltered(
    'The ferry carries about four hundred cars a day in summer.',
    'The ferry carries about four hundred cars each day in summer',
  );
  assertAltered(
    'The board will close a branch in the north next year.',
    'The board will close every branch in the north next year',
    'verdict.scope',
  );
});

test('a share in percent keeps the thing a ratio counted inside it', () => {
  assertNotAltered(
    'About one tenant in four is behind with the rent this winter.',
    'About 25 per cent of tenants are behind with the rent this winter',
  );
  assertAltered(
    'About one tenant in four is behind with the rent this winter.',
    'About 40 per cent of tenants are behind with the rent this winter',
    'verdict.number',
  );
});

test('a fortnight is two weeks; hundreds after "thousand" are one figure', () => {
  assertNotAltered(
    'Repairs to the sea wall should take a fortnight once the tide allows.',
    'Repairs to the sea wall should take two weeks once the tide allows',
  );
  assertNotAltered(
    'Each household will receive one thousand eight hundred pounds towards insulation.',
    'Each household will receive £1,800 towards insulation',
  );
  assertAltered(
    'Each household will receive one thousand eight hundred pounds towards insulation.',
    'Each household will receive £1,000 towards insulation',
    'verdict.number',
  );
});

test('in a clause of time a present perfect sets the same point as a present', () => {
  assertNotAltered(
    'The museum will stay shut until the roof is certified safe by the surveyors.',
    'The museum will stay shut until the roof has been certified safe by the surveyors',
  );
  assertAltered(
    'The museum will stay shut while the roof is repaired.',
    'The museum has stayed shut while the roof is repaired',
    'verdict.tense',
  );
});

test('a frequency restated is the same figure; another frequency is not', () => {
  assertNotAltered(
    'The ambulances are inspected every four months by the county garage.',
    'The ambulances are inspected three times a year by the county garage',
  );
  assertAltered(
    'The ambulances are inspected every four months by the county garage.',
    'The ambulances are inspected twice a year by the county garage',
    'verdict.number',
  );
});

test('a time counted back that the speaker counted back too is no move from "last"', () => {
  assertNotAltered(
    'The lifeboat crew answered thirty-seven calls last summer, nearly twice as many as three summers ago.',
    'The lifeboat crew answered 37 calls last summer, nearly twice as many as three summers ago',
  );
  assertAltered(
    'The lifeboat crew answered thirty-seven calls last summer.',
    'The lifeboat crew answered thirty-seven calls three summers ago',
    'verdict.time',
  );
});

test('another share closing the quote is another figure', () => {
  assertAltered(
    'Most of the orchards have recovered, but in the upland parishes it is nearer to a third.',
    'in the upland parishes it is nearer to a quarter',
    'verdict.number',
  );
  assertNotAltered(
    'Most of the orchards have recovered, but in the upland parishes it is nearer to a third.',
    'in the upland parishes it is closer to a third',
  );
});
