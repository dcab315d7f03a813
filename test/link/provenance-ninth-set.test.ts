import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAltered, assertNotAltered, judgeQuote as judge, why } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on a ninth challenge set by another writer
 * (test/fixtures/invented-pairs-9.jsonl, `node eval/invented-pairs.ts --set 9`). Each test pairs
 * changes that alter what was said, in differently worded sentences, with look-alikes that keep
 * it; the sentences are new.
 */

test('a hypothetical "would" (or its "\'d") dropped before a bare present asserts the plan', () => {
  for (const [passage, said] of [
    [
      "If the court agrees, we'd reopen the mine in autumn.",
      'If the court agrees, we reopen the mine in autumn',
    ],
    ['Under the deal, they would write off half the debt.', 'Under the deal, they write off half the debt'],
    [
      "Once the levy passes, they'd hire two hundred wardens.",
      'Once the levy passes, they hire two hundred wardens',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.modality-changed:');
  }
  // "'d" before a past participle is "had": the past perfect told as a past is the same event.
  assertNotAltered("By noon we'd evacuated the ward.", 'By noon we evacuated the ward');
  assertNotAltered("They'd warned the harbour master twice.", 'They warned the harbour master twice');
});

test('"have" before a noun is the verb of possession, not the perfect: "am confident" = "have confidence"', () => {
  for (const [passage, said] of [
    [
      'I am confident that the treaty will pass by spring.',
      'I have confidence that the treaty will pass by spring',
    ],
    ['We are hopeful of a ceasefire before the holiday.', 'We have hopes of a ceasefire before the holiday'],
    ['The board is certain of a surplus this quarter.', 'The board has certainty of a surplus this quarter'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // The perfect it still is before a participle, and an adverb does not make "have" a main verb.
  assertAltered('We will close the depot.', 'We have closed the depot', 'verdict.tense-changed:');
  assertAltered(
    'The volunteers are already on their way to the valley.',
    'The volunteers have already arrived in the valley',
    'verdict.tense-changed:',
  );
});

test('a "to"-infinitive governed from behind a parenthesis, put as done, tells a plan as an act', () => {
  for (const [passage, said] of [
    ['We intend, once the audit is back, to publish the accounts.', 'We have published the accounts'],
    ['The trust plans, subject to a grant, to restore the organ.', 'The trust has restored the organ'],
    ['The agency aims, weather permitting, to launch the probe.', 'The agency has launched the probe'],
  ]) {
    assertAltered(passage!, said!, 'verdict.tense-changed:');
  }
  // Two infinitives alike, or two perfects, are one frame.
  assertNotAltered(
    'We expect nearly half of drivers to have renewed by March.',
    'We expect nearly 50 per cent of drivers to have renewed by March',
  );
});

test('a share before a comparative measures the difference: "a fifth fewer" = "20 per cent fewer"', () => {
  for (const [passage, said] of [
    [
      'The clinic saw 900 patients, about a fifth fewer than in June.',
      'The clinic saw 900 patients, about 20 per cent fewer than in June',
    ],
    ['Tickets will be a quarter cheaper from Monday.', 'Tickets will be 25% cheaper from Monday'],
    ['Exports were a tenth lower in the spring.', 'Exports were 10 percent lower in the spring'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  assertAltered(
    'Tickets will be a quarter cheaper from Monday.',
    'Tickets will be a third cheaper from Monday',
    'verdict.number-changed:',
  );
});

test('a unit symbol against a figure is the unit word: "80mm" = "eighty millimetres"', () => {
  for (const [passage, said] of [
    [
      'Forecasters expect up to sixty millimetres of snow in the hills.',
      'Forecasters expect up to 60mm of snow in the hills',
    ],
    [
      'The new tunnel will run for nine kilometres under the bay.',
      'The new tunnel will run for 9km under the bay',
    ],
    ['The farm will add two gigawatts to the grid by 2030.', 'The farm will add 2GW to the grid by 2030'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // Another unit against the same figure is another amount.
  assertAltered(
    'The farm will add two gigawatts to the grid.',
    'The farm will add 2MW to the grid',
    'verdict.number',
  );
});

test('"not … any" is "none": the negated existential in one word or two', () => {
  assertNotAltered(
    'We will not sell any of the coastal reserves, I promise you.',
    'We will sell none of the coastal reserves, I promise you',
  );
  assertNotAltered(
    'Nobody was injured when the scaffold fell.',
    'There was not anyone injured when the scaffold fell',
  );
  assertNotAltered(
    'The board will not close any of the rural branches this year.',
    'The board will close none of the rural branches this year',
  );
  // "none" put where another quantifier stood, the "any" kept, is a quantifier swapped.
  assertAltered(
    "Many of these changes don't have any effect on the engine itself.",
    'None of these changes have any effect on the engine itself',
    'verdict.scope-changed:',
  );
  // A quantifier that does assert some is still another claim.
  assertAltered(
    'The board will not close any of the rural branches this year.',
    'The board will close some of the rural branches this year',
    'verdict.',
  );
});

test('"certain" before a noun is the quantifier "some", not the adjective of conviction', () => {
  for (const [passage, said] of [
    ['Certain wards will stay open over the holiday.', 'All wards will stay open over the holiday'],
    ['The fee is waived in certain circumstances.', 'The fee is waived in all circumstances'],
    [
      'The inspectors flagged certain suppliers for review.',
      'The inspectors flagged every supplier for review',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // "some" for "certain" keeps the share; "certain" the adjective is no quantifier.
  assertNotAltered(
    'Certain wards will stay open over the holiday.',
    'Some wards will stay open over the holiday',
  );
  assertNotAltered('I am certain the vote will be close.', 'I am sure the vote will be close');
  // Left out, it drops no share: the bare plural still says some; "a certain" is one thing.
  assertNotAltered(
    'Certain obstacles have since emerged on the border.',
    'Obstacles have since emerged on the border',
  );
  assertNotAltered('We sensed a certain reluctance in the room.', 'We sensed a reluctance in the room');
});

test('an adjunct "in … cases" cut from inside the quote makes the claim hold in every case', () => {
  for (const [passage, said] of [
    [
      'Landlords could face a ban and, in the worst cases, a prison term.',
      'Landlords could face a ban and a prison term',
    ],
    ['Pupils may, in exceptional circumstances, sit the exam at home.', 'Pupils may sit the exam at home'],
    ['The tribunal can, in rare instances, award full costs.', 'The tribunal can award full costs'],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // A quote that ends before the adjunct cuts nothing from inside it.
  assertNotAltered(
    'Landlords could face a ban and, in the worst cases, a prison term.',
    'Landlords could face a ban',
  );
});

test('in a reworded noun phrase the word naming which ones needs evidence too, not only the head', () => {
  for (const [passage, said] of [
    [
      'We will consult the rowing clubs before we decide.',
      'We will consult the dairy cooperatives before we decide',
    ],
    [
      'The grant helps coastal councils repair sea walls.',
      'The grant helps mining councils repair sea walls',
    ],
    ['Ministers met the haulage firms on Tuesday.', 'Ministers met the taxi companies on Tuesday'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // Both words reworded by synonyms: the same group.
  assertNotAltered(
    'We will help small businesses with their bills.',
    'We will help little firms with their bills',
  );
});

test('support verbs swapped before one act noun say the same act', () => {
  for (const [passage, said] of [
    [
      'The landlord has a month to carry out the roof repairs.',
      'The landlord has a month to make the roof repairs',
    ],
    [
      'The inspectors will conduct an assessment of the bridge.',
      'The inspectors will carry out an assessment of the bridge',
    ],
    ['Engineers will perform the checks overnight.', 'Engineers will do the checks overnight'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // Another verb before the same noun is another act.
  assertAltered(
    'The landlord has a month to carry out the roof repairs.',
    'The landlord has a month to pay for the roof repairs',
    'verdict.wording-changed:',
  );
});

test('adverbs of a small degree are one degree: "slightly" = "a little" = "marginally"', () => {
  assertNotAltered('Rents rose slightly faster than wages.', 'Rents rose a little faster than wages');
  assertNotAltered(
    'Turnout was slightly lower than in the spring.',
    'Turnout was marginally lower than in the spring',
  );
  assertNotAltered('The bid came in slightly above the reserve.', 'The bid came in a bit above the reserve');
  assertAltered('Rents rose slightly faster than wages.', 'Rents rose much faster than wages', 'verdict.');
});

test("words the quote runs on with past a semicolon or dash that ended the clause are the report's own", () => {
  for (const [passage, said] of [
    [
      'Of these, four have been settled and the statues returned; the rest are pending.',
      'Of these, four have been settled and the statues returned unconditionally',
    ],
    ['The board approved the merger; the unions did not.', 'The board approved the merger reluctantly'],
    ['Two wards will close — the rest stay open.', 'Two wards will close permanently'],
  ]) {
    assertAltered(passage!, said!, 'verdict.qualifier-added:');
  }
  assertNotAltered('The board approved the merger; the unions did not.', 'The board approved the merger');
});

test('a numeral made a plural noun keeps its value: "the over-sixty-fives" = "the over-65s"', () => {
  assertNotAltered(
    'Tickets are half price for the over-sixty-fives.',
    'Tickets are half price for the over-65s',
  );
  assertNotAltered(
    'The free pass covers the under-fives at every pool.',
    'The free pass covers the under-5s at every pool',
  );
  assertNotAltered(
    'The scheme is open to the over-twenty-ones only.',
    'The scheme is open to the over-21s only',
  );
  assertAltered(
    'Tickets are half price for the over-sixty-fives.',
    'Tickets are half price for the over-60s',
    'verdict.number',
  );
});

test('the periphrastic causative: "close the bars" = "make the bars close"', () => {
  for (const [passage, said] of [
    [
      'We are not going to open the gates at dawn, and we will enforce the limits.',
      'We are not going to make the gates open at dawn, and we will enforce the limits',
    ],
    [
      'The barrier will stop lorries at the bridge from June.',
      'The barrier will make lorries stop at the bridge from June',
    ],
    [
      'The new rota will move the night shifts to the weekend.',
      'The new rota will make the night shifts move to the weekend',
    ],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // "make" with another act is another claim.
  assertAltered(
    'The barrier will stop lorries at the bridge from June.',
    'The barrier will make lorries pay at the bridge from June',
    'verdict.',
  );
});
