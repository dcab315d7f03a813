import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on an eleventh challenge set by another
 * writer (test/fixtures/invented-pairs-11.jsonl, `node eval/invented-pairs.ts --set 11`). Each test
 * pairs changes that alter what was said, in differently worded sentences, with look-alikes that
 * keep it; the sentences are new.
 */

test('a superlative cut from before its noun, with its count, widens the claim to the whole set', () => {
  for (const [passage, said] of [
    [
      'The two busiest harbours will raise their mooring fees in April.',
      'The harbours will raise their mooring fees',
    ],
    [
      'We have inspected the oldest road tunnels this winter.',
      'We have inspected the road tunnels this winter',
    ],
    [
      'Fines went to the four biggest podcast networks last year.',
      'Fines went to the podcast networks last year',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.qualifier-dropped:');
  }
  // A cut from an earlier phrase up to the superlative: the kept noun is now unranked.
  assertAltered(
    'The pumps cope on most nights, but on the coldest nights the pipes freeze and we close the hall.',
    'on most nights the pipes freeze and we close the hall',
    'verdict.qualifier-dropped:',
  );
  // A superlative kept, or a count after "the" cut alone, leaves the same set.
  assertNotAltered(
    'The two busiest harbours will raise their mooring fees in April.',
    'The busiest harbours will raise their mooring fees in April',
  );
  // Cut openly, behind an ellipsis, the reader sees the gap.
  assertNotAltered(
    'The two busiest harbours will raise their mooring fees in April.',
    'The … harbours will raise their mooring fees in April',
  );
});

test('a comparison after a noun cut from inside the quote widens the claim to all of them', () => {
  assertAltered(
    'Every lorry heavier than twelve tonnes must use the bypass from Monday.',
    'Every lorry must use the bypass from Monday',
    'verdict.qualifier-dropped:',
  );
  assertAltered(
    'We will test all wells deeper than forty metres before the summer.',
    'We will test all wells before the summer',
    'verdict.qualifier-dropped:',
  );
  // A comparison of the verb's own ("grew faster than") is no restriction of a noun.
  assertNotAltered(
    'Exports grew faster than imports in the second quarter.',
    'Exports grew faster than imports in the second quarter',
  );
});

test('an assessment and a fear are hedges: dropped from inside the quote, they harden it', () => {
  assertAltered(
    'We are sanctioning nine firms that we assess have shipped the fuel through third ports.',
    'We are sanctioning nine firms that have shipped the fuel through third ports',
    'verdict.hedge-dropped:',
  );
  assertAltered(
    "If the pumps fail again, I'm afraid the lower fields will flood by Friday.",
    'If the pumps fail again, the lower fields will flood by Friday',
    'verdict.hedge-dropped:',
  );

  // Kept, the hedge is quoted whole.
  assertNotAltered(
    'We are sanctioning nine firms that we assess have shipped the fuel through third ports.',
    'nine firms that we assess have shipped the fuel through third ports',
  );
});

test('"largely", "mostly", "chiefly" and "principally" limit a claim as "mainly" does', () => {
  assertNotAltered(
    'The river ran low largely because of the dry spring.',
    'The river ran low mainly because of the dry spring',
  );
  assertNotAltered(
    'The new flats are mostly in the east of the city.',
    'The new flats are chiefly in the east of the city',
  );
  assertAltered(
    'The river ran low largely because of the dry spring.',
    'The river ran low because of the dry spring',
    'verdict.qualifier-dropped:',
  );
});

test('"at this time" limits a position to now, as "at present" does', () => {
  assertNotAltered(
    'The board has no plans to sell the stadium at this time.',
    'The board has no plans to sell the stadium at present',
  );
});

test('"plainly" is as emphatic as "clearly": one for the other is no hardening, added it is', () => {
  assertNotAltered(
    'The delay plainly hurt the smaller growers.',
    'The delay clearly hurt the smaller growers',
  );
  assertAltered(
    'The delay hurt the smaller growers.',
    'The delay plainly hurt the smaller growers',
    'verdict.intensifier-added:',
  );
});

test('a quantifier swapped in a quote that opens on light words before the first content word', () => {
  assertAltered(
    'We toured eight depots, and in most of them the lorries were older than ten years.',
    'in all of them the lorries were older than ten years',
    'verdict.scope-changed:',
  );
  assertNotAltered(
    'We toured eight depots, and in most of them the lorries were older than ten years.',
    'in most of them the lorries were older than ten years',
  );
});

test('"a little" puts a degree low as "slightly" does: cut, the claim is flat; swapped, it is kept', () => {
  assertAltered(
    'What concerns us a little is the state of the sea wall.',
    'What concerns us is the state of the sea wall',
    'verdict.qualifier-dropped:',
  );
  assertNotAltered(
    'The tide came in slightly higher than forecast.',
    'The tide came in a little higher than forecast',
  );
});

test('"meanwhile" and "in the meantime", "border" and "frontier" are one meaning', () => {
  assertNotAltered(
    'Meanwhile the bus runs every twenty minutes.',
    'In the meantime the bus runs every twenty minutes',
  );
  assertNotAltered(
    'The clinics along the border saw more patients in May.',
    'The clinics along the frontier saw more patients in May',
  );
});

test('"nearly the double" keeps the bound of "almost twice": the article stands between bound and figure word', () => {
  assertNotAltered(
    'The shelter now holds almost twice the number it was built for.',
    'The shelter now holds nearly the double of the number it was built for',
  );
  assertAltered(
    'The shelter now holds almost twice the number it was built for.',
    'The shelter now holds twice the number it was built for',
    'verdict.number-bound-changed:',
  );
});

test('a word between an article and a noun is no verb whose tense could change', () => {
  assertNotAltered(
    'The thing that troubles us is the ground crew in the north.',
    'The thing that troubles us is the crew of ground in the north',
  );
  // A noun after a copula carries the copula's time.
  assertAltered(
    'The fare rise will be the subject of a vote in June.',
    'The fare rise was the subject of a vote in June',
    'verdict.tense-changed:',
  );
});

test('"no longer" negates the words after "longer": a clause made negative is caught', () => {
  assertAltered(
    'The night buses remain free, but we are asking riders not to board after one.',
    'The night buses are no longer free',
    'verdict.negation-added:',
  );
  assertNotAltered('The night buses are no longer free.', 'The night buses are no longer free');
});

test('clauses turned round keep a verb and its particle as the passage says them', () => {
  assertNotAltered(
    'The landlord has agreed to fix the roof before the new tenants move in.',
    'before the new tenants move in, the landlord has agreed to fix the roof',
  );
});

test('a noun of another clause put as the subject of a kept verb changes who acts', () => {
  assertAltered(
    'The sponsors have paid for the new roof; what we still need is a permit from the county.',
    'The county has paid for the new roof',
    'verdict.actor-changed:',
  );
  // Clauses turned round keep each subject with its verb.
  assertNotAltered(
    'The sponsors have paid for the new roof, before the county grants the permit.',
    'before the county grants the permit, the sponsors have paid for the new roof',
  );
});

test('a named place put as a word for every place widens the claim', () => {
  assertAltered(
    'We will survey the harbours of the Western Isles before the autumn storms.',
    'We will survey the harbours overseas before the autumn storms',
    'verdict.scope-changed:',
  );
  assertAltered(
    'The chain will close its shops in the North East Midlands this year.',
    'The chain will close its shops nationwide this year',
    'verdict.scope-changed:',
  );
  assertNotAltered(
    'The chain will close its shops abroad this year.',
    'The chain will close its shops overseas this year',
  );
});
