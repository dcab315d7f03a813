import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAltered, judgeQuote as judge, why } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on a seventh challenge set by another writer
 * (test/fixtures/invented-pairs-7.jsonl, `node eval/invented-pairs.ts --set 7`). Each test pairs
 * changes that alter what was said, in differently worded sentences, with look-alikes that keep
 * it; the sentences are new.
 */

/** A report that prints the quote in another language's marks: a translation. */
const TRANSLATED = {
  header: 'Remarks by Minister Ana Holt',
  speaker: 'Ana Holt',
  report: (said: string) => `A Lisbon weekly quoted the minister: «${said}»`,
};

test('a verb that holds its negation ("refuse", "lack") keeps a frame: "can refuse" → "must refuse" is a modality change', () => {
  for (const [passage, said] of [
    [
      'Tenants may refuse entry to an inspector who has no warrant.',
      'Tenants must refuse entry to an inspector who has no warrant.',
    ],
    ['The club could refuse the transfer request.', 'The club will refuse the transfer request.'],
    ['Any juror can refuse to answer that question.', 'Any juror must refuse to answer that question.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.modality-changed:');
  }
  // "not" is no verb, whatever a stemmer finds under it ("note"): its auxiliary is no frame.
  const particle = judge(
    'We have not sold – and do not intend to sell – the harbour land.',
    'We have not and will not sell the harbour land.',
  );
  assert.notEqual(particle.verdict, 'altered', why(particle));
  const kept = judge('Members can refuse overtime on Sundays.', 'Members can refuse overtime on Sundays.');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('a condition cut behind an opening ellipsis was cut from inside the quote', () => {
  for (const [passage, said] of [
    [
      'Unless the pumps are repaired, the lower fields will flood by Friday.',
      '... the lower fields will flood by Friday.',
    ],
    [
      'If the ferry runs late again, passengers will get a full refund.',
      '… passengers will get a full refund.',
    ],
    [
      'Provided the grant arrives in time, the museum will open a second gallery.',
      '… the museum will open a second gallery.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.condition-dropped:');
  }
  // An ellipsis over words that set no condition cuts nothing that limits the claim.
  const aside = judge(
    'As the report makes clear, passengers will get a full refund.',
    '… passengers will get a full refund.',
  );
  assert.equal(aside.verdict, 'paraphrase', why(aside));
  // A lower-case fragment with no ellipsis claims no more than its words.
  const fragment = judge(
    'If the ferry runs late again, passengers will get a full refund.',
    'passengers will get a full refund',
  );
  assert.equal(fragment.verdict, 'verbatim', why(fragment));
});

test('a "where" clause before its main clause limits it to the cases it names, as "if" does', () => {
  for (const [passage, said] of [
    [
      'Where a tenant complains in writing, the landlord must reply within a fortnight.',
      'The landlord must reply within a fortnight.',
    ],
    ['Wherever the council owns the land, we will build starter homes.', '... we will build starter homes.'],
    ['Where an officer suspects fraud, the account is frozen at once.', '… the account is frozen at once.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.condition-dropped:');
  }
  // After the main clause, or asking, "where" cuts nothing from a capitalised sentence's start.
  for (const [passage, said] of [
    [
      'The landlord must reply within a fortnight where a tenant complains in writing.',
      'The landlord must reply within a fortnight.',
    ],
    ['Where are the buses? They have not come.', 'They have not come.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'verbatim', `${said}: ${why(r)}`);
  }
});

test('verbs of evidence rise in certainty: "suggest" or "indicate" told as "show" or "prove" is hardened', () => {
  for (const [passage, said] of [
    [
      'The soil samples indicate that the spill reached the river.',
      'The soil samples show that the spill reached the river.',
    ],
    [
      'Early results suggest the vaccine cuts infections by half.',
      'Early results prove the vaccine cuts infections by half.',
    ],
    [
      'The camera footage shows the van leaving at noon.',
      'The camera footage proves the van leaving at noon.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.wording-hardened:');
  }
  // Kept on one step of the scale, the claim is the same.
  const same = judge(
    'The audit showed that the fund lost money.',
    'The audit demonstrated that the fund lost money.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
});

test('a verb of attempt with its act as a noun is the same attempt as with "to" and a verb', () => {
  for (const [passage, said] of [
    [
      'Lifeboat crews attempted a rescue in heavy seas.',
      'Lifeboat crews tried to rescue them in heavy seas.',
    ],
    ['Paramedics attempted resuscitation at the scene.', 'Paramedics tried to resuscitate him at the scene.'],
    [
      'The pilots attempted a landing on the second runway.',
      'The pilots tried to land on the second runway.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  // The attempt told as achieved is not what was said.
  assertAltered(
    'Paramedics attempted resuscitation at the scene.',
    'Paramedics resuscitated him at the scene.',
    'verdict.',
  );
});

test('a relative clause cut from between a plural or collective subject and its verb said which of them', () => {
  for (const [passage, said] of [
    ['Tenants who signed before May will keep the old rent.', 'Tenants will keep the old rent.'],
    ['Drivers that fail the eyesight test will lose their licence.', 'Drivers will lose their licence.'],
    [
      'Teaching staff who joined after the merger would lose the bonus.',
      'Teaching staff would lose the bonus.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.qualifier-dropped:');
  }
  // Set off by commas the clause only describes; after a singular it only says which one.
  for (const [passage, said] of [
    ['The nurses, who worked through the night, were exhausted.', 'The nurses were exhausted.'],
    ['The minister who resigned will give evidence on Monday.', 'The minister will give evidence on Monday.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
});

test('the head of an "N of M" phrase cut with its "of": the phrase now names the M', () => {
  for (const [passage, said] of [
    [
      'The leak came from a section of the old pipeline under the bridge.',
      'The leak came from the old pipeline under the bridge.',
    ],
    [
      'We will sell a minority stake of the airline to the pension fund.',
      'We will sell the airline to the pension fund.',
    ],
    [
      'Inspectors traced the illness to one batch of the goat cheese.',
      'Inspectors traced the illness to the goat cheese.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.head-cut:');
  }
  // A head that only frames its complement names the same thing without it.
  for (const [passage, said] of [
    ['We discussed the question of pay with the union.', 'We discussed pay with the union.'],
    ['They visited the city of Lyon in the spring.', 'They visited Lyon in the spring.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
});

test('"conduct" an activity is "carry out"; "preliminary" findings are "initial" ones', () => {
  for (const [passage, said] of [
    [
      'The headcount of seabirds will be conducted by volunteers.',
      'The headcount of seabirds will be carried out by volunteers.',
    ],
    [
      'Inspectors conducted twelve raids on the depots last month.',
      'Inspectors carried out twelve raids on the depots last month.',
    ],
    ['We will carry out a full review of the tender.', 'We will conduct a full review of the tender.'],
    [
      'The preliminary results show a small rise in turnout.',
      'The initial results show a small rise in turnout.',
    ],
    [
      'Our initial assessment is that the bridge is sound.',
      'Our preliminary assessment is that the bridge is sound.',
    ],
    ['Preliminary talks with the landlords went well.', 'Initial talks with the landlords went well.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  // Early is not final: "preliminary" → "final" is another claim.
  const final = judge(
    'The preliminary results show a small rise in turnout.',
    'The final results show a small rise in turnout.',
  );
  assert.equal(final.verdict, 'altered', why(final));
});

test('degree words take no verb endings: "completed" is the verb\'s participle, no intensifier', () => {
  for (const [passage, said] of [
    [
      'The port will stay shut until the investigation is finished.',
      'The port will stay shut until the investigation is completed.',
    ],
    ['The survey of the dunes has been finished.', 'The survey of the dunes has been completed.'],
    ['The bill totals forty pages.', 'The bill totals forty pages.'],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // The adjective itself still intensifies.
  assertAltered('The plan was a failure.', 'The plan was a complete failure.', 'verdict.intensifier-added:');
});

test('"I consider that" and "we consider that" judge as "I think" does: a hedge, kept across a translation', () => {
  for (const [passage, said] of [
    [
      'I think the agreement is good for both countries.',
      'I consider that the agreement is good for both countries.',
    ],
    [
      'We believe the new tariff is unfair to small farms.',
      'We consider that the new tariff is unfair to small farms.',
    ],
  ]) {
    const r = judge(passage!, said!, TRANSLATED);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  for (const [passage, said] of [
    ['I consider that the levy is too high for small bakeries.', 'The levy is too high for small bakeries.'],
    ['We consider that the ferry timetable works well.', 'The ferry timetable works well.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.hedge-dropped:');
  }
  // Weighing something is no judgement of it.
  const weigh = judge(
    'We consider the bids carefully before we decide.',
    'We weigh the bids carefully before we decide.',
  );
  assert.equal(weigh.verdict, 'paraphrase', why(weigh));
});

test('"it is necessary to" is the impersonal "must"', () => {
  for (const [passage, said] of [
    ['It is necessary to rebuild the sea wall before winter.', 'We must rebuild the sea wall before winter.'],
    ['Visitors must wear a helmet on the site.', 'It is necessary to wear a helmet on the site.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  const translated = judge(
    'We must act quickly to protect the coast.',
    'It is necessary to act rapidly to protect the coast.',
    TRANSLATED,
  );
  assert.equal(translated.verdict, 'paraphrase', why(translated));
  assertAltered(
    'It is necessary to rebuild the sea wall before winter.',
    'We could rebuild the sea wall before winter.',
    'verdict.modality-changed:',
  );
  // Not after a noun: "the funds necessary to finish" frames no verb.
  const funds = judge(
    'We have the funds necessary to finish the school.',
    'We have the funds to finish the school.',
  );
  assert.equal(funds.verdict, 'paraphrase', why(funds));
});

test('a verb put for a verb is no actor changed: "hired" is no plural noun of people', () => {
  for (const [passage, said] of [
    [
      'We have hired two hundred extra nurses this year.',
      'We have recruited two hundred extra nurses this year.',
    ],
    ['The club trained its stewards over the summer.', 'The club drilled its stewards over the summer.'],
  ]) {
    const r = judge(passage!, said!);
    assert.ok(!r.reasons.some((x) => x.startsWith('verdict.actor-changed')), `${said}: ${why(r)}`);
  }
  // Nouns of people put for each other still change who acts.
  assertAltered(
    'We have asked the farmers to sell the land.',
    'We have asked the landlords to sell the land.',
    'verdict.actor-changed:',
  );
});

test('a pronoun that changes case as it crosses the verb with a noun swaps who does it to whom', () => {
  for (const [passage, said] of [
    [
      'We warned the quarry owners about the slope last year.',
      'The quarry owners warned us about the slope last year.',
    ],
    ['The regulator contacted them twice in March.', 'They contacted the regulator twice in March.'],
    ['I told the chairman that the figures were wrong.', 'The chairman told me that the figures were wrong.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.roles-swapped:');
  }
  // A passive on either side keeps the roles; the pronoun kept in its case changes nothing.
  for (const [passage, said] of [
    ['We were warned by the quarry owners about the slope.', 'The quarry owners warned us about the slope.'],
    [
      'The quarry owners warned us about the slope last year.',
      'We were warned by the quarry owners about the slope last year.',
    ],
    [
      'We warned the quarry owners about the slope last year.',
      'We warned the owners about the slope last year.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});

test('a day of the month named by an ordinal word is the same figure as in digits', () => {
  for (const [passage, said] of [
    ['The ferry service will restart on the first of June.', 'The ferry service will restart on 1 June.'],
    ['Applications close on the twenty-third of March.', 'Applications close on March 23.'],
    ['The strike ends on June the third.', 'The strike ends on June 3rd.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  for (const [passage, said] of [
    ['The ferry service will restart on the first of June.', 'The ferry service will restart on 2 June.'],
    ['The strike ends on June the third.', 'The strike ends on June 4th.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.number');
  }
  // Away from a month an ordinal counts an order, not a day.
  assertAltered('The first ferry leaves at six.', 'The 1 ferry leaves at six.', 'verdict.number');
});

test('the speaker\'s "our" or "my" put as another party\'s genitive changes whose they are', () => {
  for (const [passage, said] of [
    [
      'Our engineers inspected the runway overnight.',
      "The airport's engineers inspected the runway overnight.",
    ],
    [
      'We will send our inspectors to every quarry.',
      "We will send the regulator's inspectors to every quarry.",
    ],
    ['My office received the complaint in May.', "The mayor's office received the complaint in May."],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
  // The body the speaker speaks for, named, is a gloss of "our"; an article alone names no one else.
  for (const [passage, said] of [
    [
      'Our engineers inspected the runway overnight.',
      "The government's engineers inspected the runway overnight.",
    ],
    ['Our engineers inspected the runway overnight.', 'The engineers inspected the runway overnight.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
});

test('"broadly", "mainly", "primarily", "predominantly", "chiefly" say "for the most part", as "largely" does', () => {
  for (const [passage, said] of [
    ['The figures are broadly in line with last year.', 'The figures are largely in line with last year.'],
    ['The county is mainly rural.', 'The county is predominantly rural.'],
    ['The audit was primarily about costs.', 'The audit was chiefly about costs.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  for (const [passage, said] of [
    ['The work is broadly complete.', 'The work is complete.'],
    ['The ferry is used mainly by commuters.', 'The ferry is used entirely by commuters.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});

test('two mentions of one noun told apart by their modifiers, the modifiers crossing, swap which is which', () => {
  for (const [passage, said] of [
    [
      'Freight will be moved from the east quay to the west quay.',
      'Freight will be moved from the west quay to the east quay.',
    ],
    ['Small farms will pay less than large farms.', 'Large farms will pay less than small farms.'],
    ['Day patients wait longer than night patients.', 'Night patients wait longer than day patients.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.actors-swapped:');
  }
  // A coordination, or clauses moved whole with their own words, reads the same either way.
  for (const [passage, said] of [
    ['We will upgrade the east quay and the west quay.', 'We will upgrade the west quay and the east quay.'],
    [
      'The north ward will close, and the south ward will stay open.',
      'The south ward will stay open, and the north ward will close.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});

test('"my expectation", "our expectation" hedge as "I expect" does; "on current plans", "as things stand" limit to now', () => {
  for (const [passage, said] of [
    ['It is my expectation that the backlog will clear by June.', 'The backlog will clear by June.'],
    ['Our expectation is that fares will rise in the autumn.', 'Fares will rise in the autumn.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.hedge-dropped:');
  }
  const swapped = judge(
    'It is my expectation that the backlog will clear by June.',
    'I expect the backlog will clear by June.',
  );
  assert.equal(swapped.verdict, 'paraphrase', why(swapped));
  for (const [passage, said] of [
    ['The terminal, on current plans, opens in 2028.', 'The terminal opens in 2028.'],
    [
      'The archive will, as things stand, stay in the old building.',
      'The archive will stay in the old building.',
    ],
    ['The line will, on present plans, close in May.', 'The line will close in May.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.qualifier-dropped:');
  }
  const kept = judge(
    'The line will, on present plans, close in May.',
    'The line will, on present plans, close in May.',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
});
