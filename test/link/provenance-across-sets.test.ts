import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Causes shared across the invented pair sets (docs/verdict-rules.md, "Across the sets"): a kind
 * named by a wider kind, and "any" put for a definite determiner under a negation. Each primary is
 * an invented one-speaker transcript; the sentences are written for these tests.
 */

test('a plural naming its whole kind, put as a wider kind, widens the claim', () => {
  for (const [passage, said] of [
    [
      'The levy on cigarettes will go up in the spring budget.',
      'The levy on tobacco will go up in the spring budget.',
    ],
    [
      'We will ban cars from the old town on market days.',
      'We will ban vehicles from the old town on market days.',
    ],
    [
      'The grant for buses has been protected for three years.',
      'The grant for public transport has been protected for three years.',
    ],
  ])
    assertAltered(passage!, said!, 'verdict.scope-changed:');
});

test('a plural counted before it names the same individuals with a wider noun', () => {
  assertNotAltered(
    'Not that many spades have gone into the ground since the spring.',
    'Not that many shovels have gone into the ground since the spring.',
  );
  assertNotAltered(
    'So few spades went into the ground during the long winter.',
    'So few shovels went into the ground during the long winter.',
  );
});

test('a verb in "-s" is no plural, whatever noun shares its form', () => {
  assertNotAltered(
    'When a shopper switches brands, the old brand rarely wins the shopper back.',
    'When a shopper changes brands, the old brand rarely wins the shopper back.',
  );
});

test('"any" for "the", "this" or "that" under a negation denies it of every member', () => {
  for (const [passage, said] of [
    [
      'The inspectors did not find the fault in the wiring, and the hall reopened.',
      'did not find any fault in the wiring',
    ],
    ['We will not sign this treaty in its present form.', 'will not sign any treaty in its present form'],
    [
      'Nobody on the board supported that proposal at the meeting.',
      'Nobody on the board supported any proposal at the meeting',
    ],
  ])
    assertAltered(passage!, said!, 'verdict.scope-changed:');
});

test('"any" kept from the passage, or put without a negation, is not this rule', () => {
  assertNotAltered(
    'We will not take any of the money offered by the donors.',
    'will not take any of the money offered by the donors',
  );
  assertNotAltered(
    'The engineers will not approve the design until the tests end.',
    'will not approve the design until the tests end',
  );
});

test('a noun defined as an extreme softens or hardens only where the word is a noun', () => {
  for (const [passage, said] of [
    [
      'The library will stay open for as long as readers want to use it.',
      'for as long as readers wish to use it',
    ],
    [
      'Residents want the old bridge repaired before the winter storms.',
      'Residents wish the old bridge repaired before the winter storms.',
    ],
    [
      'Parents can choose the later class if they want to.',
      'Parents can choose the later class if they wish to.',
    ],
  ])
    assertNotAltered(passage!, said!);
  assertAltered(
    'The closure caused anger among farmers in the valley.',
    'The closure caused fury among farmers in the valley.',
    'verdict.wording-hardened:',
  );
});

test("a narrower kind of person put for the speaker's names someone more precisely", () => {
  for (const [passage, said] of [
    [
      'The match official did not see the handball from where he stood.',
      'the referee did not see the handball from where he stood',
    ],
    [
      'The doctor on duty sent the boy home with a note for his school.',
      'The surgeon on duty sent the boy home with a note for his school.',
    ],
    [
      'An officer will visit every shop on the high street next week.',
      'An inspector will visit every shop on the high street next week.',
    ],
  ])
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  // The wider one names the same person less precisely ("spade" → "shovel").
  assertNotAltered(
    'The surgeon on duty sent the boy home with a note for his school.',
    'The doctor on duty sent the boy home with a note for his school.',
  );
});
