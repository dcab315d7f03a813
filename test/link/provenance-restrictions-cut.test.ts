import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Restrictions cut from inside a quote with no ellipsis: an adverb with its participle before a
 * noun ("privately owned"), a member of a coordination after a figure ("children under 12 and
 * their families"), and a quantifier before "of" and a plural pronoun ("most of those who …").
 * Each widens what the kept words are said of; look-alikes that restrict nothing stay unaltered.
 */

test('an adverb and its participle cut before a kept noun widen the claim', () => {
  assertAltered(
    'The council will close 12 publicly funded nurseries next year.',
    'The council will close 12 nurseries next year',
    'verdict.qualifier-dropped:',
  );
  // A manner adverb of the verb is no restriction of a noun.
  assertNotAltered('The bill was quickly passed by the assembly.', 'The bill was passed by the assembly');
});

test('a coordinated noun phrase cut after a figure narrows who is meant', () => {
  assertAltered(
    'Residents over 80 and their families will be invited first.',
    'Residents over 80 will be invited first',
    'verdict.conjunct-cut:',
  );
  // The second end of a range is the number rule's, not a conjunct.
  assertAltered(
    'Prices rose between 40 and 60 percent last year.',
    'Prices rose 40 percent last year',
    'verdict.number-bound-changed',
  );
});

test('a quantifier cut before "of" and a kept plural pronoun states it of the whole set', () => {
  assertAltered(
    'I accept that the great majority of those who queued were patient.',
    'I accept that those who queued were patient',
    'verdict.scope-changed',
  );
  assertNotAltered(
    'I accept that the great majority of the people who queued were patient.',
    'I accept that the vast majority of the people who queued were patient',
  );
  assertNotAltered(
    'I accept that the great majority of the people who queued were patient.',
    'I accept that most of the people who queued were patient',
  );
});
