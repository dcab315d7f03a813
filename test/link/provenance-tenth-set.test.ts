import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on a tenth challenge set by another writer
 * (test/fixtures/invented-pairs-10.jsonl, `node eval/invented-pairs.ts --set 10`). Each test pairs
 * changes that alter what was said, in differently worded sentences, with look-alikes that keep
 * it; the sentences are new.
 */

test('an indefinite count cut from before its noun, or from a partitive, widens the claim to the whole set', () => {
  for (const [passage, said] of [
    [
      'In four of the nine parishes, the wardens found broken hydrants.',
      'in the nine parishes, the wardens found broken hydrants',
    ],
    [
      'Officials said three ferries on the northern route were late.',
      'Officials said ferries on the northern route were late',
    ],
    [
      'We have drained two of the old reservoirs since June.',
      'We have drained the old reservoirs since June',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // "that" before a count is a complementizer, not a determiner: the count is still indefinite.
  assertAltered(
    'At the hearing the stewards found that two riders on the home team used banned tyres.',
    'the riders on the home team used banned tyres',
    'verdict.scope-changed:',
  );
  // After a definite determiner the count only numbers a set already fixed.
  assertNotAltered(
    'The two unions signed the pay deal on Friday.',
    'The unions signed the pay deal on Friday',
  );
  assertNotAltered(
    'Their three children attend the village school.',
    'Their children attend the village school',
  );
});

test('a count put as "the" or "all" speaks of every member where the speaker counted some', () => {
  for (const [passage, said] of [
    ['Two goalkeepers in the squad have knee injuries.', 'the goalkeepers in the squad have knee injuries'],
    ['We have dredged three of the seven canals.', 'We have dredged all seven canals'],
    [
      'Five lighthouses on the west coast still use paraffin.',
      'all lighthouses on the west coast still use paraffin',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // The count kept, with an article of the report's own, is the same set.
  assertNotAltered('We spoke to two families on Monday.', 'We spoke to the two families on Monday');
});

test('the head of a possessive cut leaves the possessor doing what its possession did', () => {
  for (const [passage, said] of [
    [
      "The hospital's cleaning firm ignored the warnings for months.",
      'the hospital ignored the warnings for months',
    ],
    ["The farmers' union signed the deal on Friday.", 'the farmers signed the deal on Friday'],
    ["The club's former treasurer moved the money abroad.", 'the club moved the money abroad'],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
  // The possessive kept whole, or its head kept and an adjective cut, names the same party.
  assertNotAltered(
    "The hospital's cleaning firm ignored the warnings.",
    "the hospital's firm ignored the warnings",
  );
});

test('one phase verb put for another tells the event at another stage', () => {
  for (const [passage, said] of [
    [
      'The inspectors have begun an audit of the kennels.',
      'The inspectors have completed an audit of the kennels',
    ],
    ['The volunteers started the clean-up on Saturday.', 'The volunteers finished the clean-up on Saturday'],
    ['We have concluded the hearings into the collapse.', 'We have begun the hearings into the collapse'],
  ]) {
    assertAltered(passage!, said!, 'verdict.tense-changed:');
  }
  // Two verbs of one phase are the same stage.
  assertNotAltered(
    'The inspectors have begun an audit of the kennels.',
    'The inspectors have started an audit of the kennels',
  );
});

test('a present perfect lifted out of a clause of time states as done what was still to come', () => {
  for (const [passage, said] of [
    ['The line stays shut until the crews have replaced the rails.', 'the crews have now replaced the rails'],
    [
      'Once the trustees have approved the budget, the hall will reopen.',
      'The trustees have approved the budget.',
    ],
    [
      'We will publish the scores after the judges have checked them.',
      'the judges have already checked them',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.tense-changed:');
  }
  // The clause quoted with its subordinator, or a perfect that is a main clause, keeps its time.
  assertNotAltered(
    'The line stays shut until the crews have replaced the rails.',
    'until the crews have replaced the rails',
  );
  assertNotAltered(
    'The crews have replaced the rails, so the line reopens.',
    'The crews have now replaced the rails',
  );
});

test('"looking at" or "looking into" an act weighs it, as "considering" does', () => {
  for (const [passage, said] of [
    ['We are looking at moving the depot to the ring road.', 'We have moved the depot to the ring road'],
    ['The board is looking into closing the kiosk.', 'the board will close the kiosk'],
    ['The trust is looking at selling the old mill.', 'The trust is selling the old mill'],
  ]) {
    assertAltered(passage!, said!, 'verdict.modality-changed:');
  }
  assertNotAltered(
    'We are looking at moving the depot to the ring road.',
    'We are considering moving the depot to the ring road',
  );
});

test('an idiom of size before a figure is a bound: "in the region of", "in excess of", "of the order of"', () => {
  for (const [passage, said] of [
    ['The new roof will cost in the region of 900,000 pounds.', 'The new roof will cost 900,000 pounds'],
    ['We expect in excess of 5,000 visitors.', 'We expect 5,000 visitors'],
    ['The plan creates of the order of 300 jobs.', 'The plan creates at least 300 jobs'],
  ]) {
    assertAltered(passage!, said!, 'verdict.number-bound-changed:');
  }
  assertNotAltered(
    'The new roof will cost in the region of 900,000 pounds.',
    'The new roof will cost about 900,000 pounds',
  );
});

test('a speech-act adverb before a hedge leaves the hedge governing the clause a whole-sentence quote drops it from', () => {
  for (const [passage, said] of [
    [
      'Frankly, I would say the odds of a dry weekend are about even.',
      'The odds of a dry weekend are about even.',
    ],
    ['Honestly, I think the lifts will reopen on Monday.', 'The lifts will reopen on Monday.'],
    ['Personally, I suspect the ferry will be late.', 'The ferry will be late.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.hedge-dropped:');
  }
  // The adverb alone hedges nothing.
  assertNotAltered('Frankly, the lifts will reopen on Monday.', 'The lifts will reopen on Monday.');
});

test('a stance phrase and a condition stack before the main clause: a whole-sentence quote from there drops the condition', () => {
  for (const [passage, said] of [
    [
      'In our view, unless the firm can show a survey, the site should be restored at its expense.',
      'The site should be restored at its expense.',
    ],
    ['I think, if the wind drops, the race will start at noon.', 'The race will start at noon.'],
    ['In my opinion, provided the grant arrives, the hall can open in May.', 'The hall can open in May.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.condition-dropped:');
  }
  // A lower-case fragment leaves the opening out as context.
  assertNotAltered(
    'Probably, if the wind drops, the race will start at noon.',
    'the race will start at noon',
  );
});

test('"even" before "one" or "a" under a negation is the minimizer "not a single", no added focus', () => {
  for (const [passage, said] of [
    ['We are not closing a single ward at night.', 'We do not close even one ward at night'],
    ['The fund has not paid a single claim this year.', 'The fund has not paid even one claim this year'],
    ['Nobody lost a single penny in the scheme.', 'Nobody lost even a penny in the scheme'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // Without a negation, or before a verb, "even" adds a focus.
  assertAltered(
    'We closed one ward at night.',
    'We closed even one ward at night',
    'verdict.focus-word-added:',
  );
  assertAltered(
    'The fund has not paid the claims this year.',
    'The fund has not even paid the claims this year',
    'verdict.focus-word-added:',
  );
});
