import { test } from 'node:test';
import { assertAltered, assertNotAltered, type Setting } from '../helpers/judge-quote.ts';

/**
 * Causes shared across the invented pair sets, second round (docs/verdict-rules.md, "Across the
 * sets (round 19)"). Each primary is an invented one-speaker transcript; the sentences are written
 * for these tests.
 */

/** A report quoting a translated interview: the quote opens on a guillemet. */
const TRANSLATED: Setting = {
  header: 'Interview with Mayor Lena Sorel',
  speaker: 'Lena Sorel',
  report: (said) => `«${said}», the mayor said on Tuesday.`,
};

test('a noun phrase closing the quote without its full stop, where the speaker closed on another, is put in its place', () => {
  for (const [passage, said] of [
    [
      'The money from the parking fines will go to the parish councils.',
      'The money from the parking fines will go to the county police',
    ],
    [
      'Half of the new flats are reserved for young teachers.',
      'Half of the new flats are reserved for retired soldiers',
    ],
    ['The clinic will stay open on Saturdays.', 'The clinic will stay open at weekends'],
  ])
    assertAltered(passage!, said!, 'verdict.');
});

test('a closing noun phrase with evidence, or an adverbial tail, stays a paraphrase', () => {
  assertNotAltered(
    'We will give the land back to the farming families.',
    'We will give the land back to the farming households',
  );
  assertNotAltered('We meet the unions all the time.', 'We meet the unions constantly');
  assertNotAltered(
    'The grants will be paid to small charities.',
    'The grants will be paid to small charities',
  );
});

test('in a translation, a noun phrase put for another names another thing, as a noun for a noun does', () => {
  for (const [passage, said] of [
    [
      'The money from the parking fines will go to the parish councils.',
      'The money from the parking fines will go to the county police',
    ],
    [
      'Half of the new flats are reserved for young teachers.',
      'Half of the new flats are reserved for retired soldiers',
    ],
    [
      'The harbour fees will be paid by the cruise companies.',
      'The harbour fees will be paid by the city taxpayers',
    ],
  ])
    assertAltered(passage!, said!, 'verdict.wording-changed:', TRANSLATED);
});

test('in a translation, verbs reworded around the same noun phrases stay a paraphrase', () => {
  assertNotAltered(
    'We will keep talking to the farming families.',
    'We will continue speaking to the farming families',
    TRANSLATED,
  );
  assertNotAltered(
    'The auditors began an inquiry into the ferry contract.',
    'The auditors started an investigation into the ferry contract',
    TRANSLATED,
  );
});

test('a subject noun phrase of people put at the quote opening, where the speaker opened on other people, changes who acts', () => {
  for (const [passage, said] of [
    ['Teachers will get a bonus in March.', 'Public servants will get a bonus in March.'],
    ['Farmers will receive the grant first.', 'Rural families will receive the grant first.'],
    ['Librarians have asked for longer opening hours.', 'Council staff have asked for longer opening hours.'],
  ])
    assertAltered(passage!, said!, 'verdict.');
});

test('a common noun capitalised because it opens the sentence is no name swapped for a name', () => {
  assertNotAltered(
    'Legislators will vote on the budget next week.',
    'State lawmakers will vote on the budget next week.',
  );
  assertNotAltered('Firefighters worked through the night.', 'Fire fighters worked through the night.');
  assertNotAltered(
    'Policemen will patrol the market on Saturdays.',
    'Police officers will patrol the market on Saturdays.',
  );
});

test('a partitive of a pronoun left out, where the quote keeps the noun the pronoun stood for, makes part whole', () => {
  for (const [passage, said] of [
    [
      'The volunteers have been wonderful, really, but some of them are finding the hours too long.',
      'the volunteers are finding the hours too long',
    ],
    [
      'The landlords have cooperated, but many of them are still charging too much.',
      'the landlords are still charging too much',
    ],
    [
      'Our partner schools were keen at first, and a few of them have now signed the pledge.',
      'Our partner schools were keen at first, and have now signed the pledge',
    ],
  ])
    assertAltered(passage!, said!, 'verdict.scope-changed:');
});

test('the partitive kept, the clause before it quoted alone, or a partitive in a phrase without a verb, stays faithful', () => {
  assertNotAltered(
    'We found several faults in the wiring, most of them left by the previous contractor.',
    'We found several faults in the wiring left by the previous contractor.',
  );
  assertNotAltered(
    'The landlords have cooperated, but many of them are still charging too much.',
    'many of them are still charging too much',
  );
  assertNotAltered(
    'The landlords have cooperated, but many of them are still charging too much.',
    'The landlords have cooperated',
  );
});
