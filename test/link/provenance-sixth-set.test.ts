import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on a sixth challenge set by another writer
 * (test/fixtures/invented-pairs-6.jsonl, `node eval/invented-pairs.ts --set 6`). Each test pairs
 * changes that alter what was said, in differently worded sentences, with look-alikes that keep
 * it; the sentences are new.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a quote opening on "I" after a condition is not a sentence made whole: "I" is capitalised anywhere', () => {
  for (const [passage, said] of [
    ['If the board agrees, I will sign the contract on Monday.', 'I will sign the contract on Monday.'],
    [
      'Provided the funding arrives, I intend to open the clinic in May.',
      'I intend to open the clinic in May.',
    ],
    ["If the council asks, I'll chair the inquiry myself.", "I'll chair the inquiry myself."],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'verbatim', `${said}: ${why(r)}`);
  }
  // Look-alike: a capitalised word that is not "I" opens the quote as the sentence's start.
  const cut = judge(
    'If the board agrees, the contract will be signed on Monday.',
    'The contract will be signed on Monday.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.ok(
    cut.reasons.some((x) => x.startsWith('verdict.condition-dropped:')),
    why(cut),
  );
});

test('"in our view", "in my judgment": a stance phrase removed from within the quote hardens it to fact', () => {
  for (const [passage, said] of [
    [
      'The repair quotes were, in our view, far too high to accept.',
      'The repair quotes were far too high to accept.',
    ],
    ['The fire was not, in my judgment, started deliberately.', 'The fire was not started deliberately.'],
    [
      'The merger will, in our opinion, raise prices for farmers.',
      'The merger will raise prices for farmers.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.hedge-dropped:')),
      why(r),
    );
  }
  // Kept, the stance stays the speaker's.
  const kept = judge(
    'The repair quotes were, in our view, far too high to accept.',
    'the repair quotes were, in our view, far too high',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('"currently", "for now", "at present" limit a claim to the present: cut, it reads as settled', () => {
  for (const [passage, said] of [
    [
      'The orchestra does not currently accept players under sixteen.',
      'The orchestra does not accept players under sixteen.',
    ],
    ['The policy rate will for now stay at 3 percent.', 'The policy rate will stay at 3 percent.'],
    ['We have no plans at present to sell the stadium.', 'We have no plans to sell the stadium.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  const kept = judge(
    'We have no plans at present to sell the stadium.',
    'we have no plans at present to sell the stadium',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('"dramatically", "drastically", "devastatingly" added to a verb or adjective harden it', () => {
  for (const [passage, said] of [
    [
      'Water quality in the canal has improved since the dredging started.',
      'Water quality in the canal has improved dramatically since the dredging started.',
    ],
    [
      'The budget for libraries was reduced this year.',
      'The budget for libraries was drastically reduced this year.',
    ],
    [
      'The grant leaves the museum short of the sum it asked for.',
      'The grant leaves the museum devastatingly short of the sum it asked for.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  const same = judge('Prices rose dramatically in the spring.', 'prices rose dramatically in the spring');
  assert.equal(same.verdict, 'verbatim', why(same));
});

test('each quantifier of the passage vouches for one of the quote: a second universal put in widens', () => {
  for (const [passage, said] of [
    [
      'We will always consult residents before a mast is built.',
      'We will always consult all residents before a mast is built.',
    ],
    [
      'Every council must publish its spending each month.',
      'Every council must publish all its spending each month.',
    ],
    [
      'Each club will always be told of complaints against it.',
      'Each club will always be told of all complaints against it.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.scope-changed:')),
      why(r),
    );
  }
  // Two universals said, two reported: nothing added.
  const same = judge(
    'We always answer all the letters we receive.',
    'we always answer all the letters we get',
  );
  assert.notEqual(same.verdict, 'altered', why(same));
});

test('a reduced relative clause cut from between a plural subject and its verb widens the claim', () => {
  for (const [passage, said] of [
    [
      'Cyclists riding on the pavement will be fined by patrols tonight.',
      'Cyclists will be fined by patrols tonight.',
    ],
    [
      'Tenants housed in tower blocks will get the new alarms first.',
      'Tenants will get the new alarms first.',
    ],
    ['Drivers caught speeding near schools will lose their licence.', 'Drivers will lose their licence.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped:')),
      why(r),
    );
  }
  // Look-alike: set off by commas, the phrase only describes them and may go.
  const aside = judge(
    'The nurses, working through the night, kept the ward open.',
    'The nurses kept the ward open.',
  );
  assert.notEqual(aside.verdict, 'altered', why(aside));
});

test('a phrase of age or size after a plural of people says which of them by its figure alone', () => {
  for (const [passage, said] of [
    [
      'A free pass will be given to residents aged 70 and over and to volunteers.',
      'A free pass will be given to residents and to volunteers.',
    ],
    [
      'The grant goes to families with three or more children, as promised.',
      'The grant goes to families, as promised.',
    ],
    [
      'Workers under 25 will get the new minimum wage from April.',
      'Workers will get the new minimum wage from April.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  const kept = judge(
    'A free pass will be given to residents aged 70 and over and to volunteers.',
    'a free pass will be given to residents aged 70 and over',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('"expect X to V" and "expect that X will V" say the same when the quote keeps the verb of expectation', () => {
  for (const [passage, said] of [
    [
      'We expect the harvest to reach a record size this autumn.',
      'We expect that the harvest will reach a record size this autumn.',
    ],
    ['I expect the new line to open in May.', 'I expect that the new line will open in May.'],
    [
      'We forecast inflation to fall below 3 percent by the spring.',
      'We forecast that inflation will fall below 3 percent by the spring.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // Look-alike: the verb of expectation dropped, the forecast is stated as fact.
  const flat = judge(
    'We expect the harvest to reach a record size this autumn.',
    'The harvest will reach a record size this autumn.',
  );
  assert.equal(flat.verdict, 'altered', why(flat));
});

test('"a tenth of a percentage point" and "0.1 percentage points" are one figure; another fraction is not', () => {
  for (const [passage, said] of [
    [
      'Three governors argued for a rise of a tenth of a percentage point.',
      'three governors argued for a rise of 0.1 percentage points',
    ],
    ['The rate rose by half a point in March.', 'the rate rose by 0.5 points in March'],
    [
      'Yields fell three quarters of a percentage point on Friday.',
      'yields fell 0.75 percentage points on Friday',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  const other = judge(
    'Three governors argued for a rise of a tenth of a percentage point.',
    'three governors argued for a rise of 0.5 percentage points',
  );
  assert.equal(other.verdict, 'altered', why(other));
});

test('a condition ending the earlier sentence, cut behind an ellipsis, is cut from inside the quote', () => {
  for (const [passage, said] of [
    [
      'We have closed two wards, pending the results of the water tests. These are precautions, not verdicts.',
      'We have closed two wards … These are precautions, not verdicts.',
    ],
    [
      'The bridge will reopen in May if the inspection finds no cracks. Buses will replace the trains.',
      'The bridge will reopen in May … Buses will replace the trains.',
    ],
    [
      'Fares will be frozen next year, unless fuel prices rise sharply. We owe that to passengers.',
      'Fares will be frozen next year … We owe that to passengers.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.condition-dropped:')),
      why(r),
    );
  }
  // Look-alike: the words cut behind the ellipsis set no condition.
  const plain = judge(
    'We have closed two wards, both of them on the top floor. These are precautions, not verdicts.',
    'We have closed two wards … These are precautions, not verdicts.',
  );
  assert.notEqual(plain.verdict, 'altered', why(plain));
});

test('"a few" and "a couple of" assert some, as "some" does; bare "few" denies many', () => {
  for (const [passage, said] of [
    [
      'A few growers have written to say they might sell.',
      'Some growers have written to say they might sell.',
    ],
    [
      'A few residents have complained about the noise at night.',
      'Some residents have complained about the noise at night.',
    ],
    ['A couple of judges raised the point with me.', 'Several judges raised the point with me.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  for (const [passage, said] of [
    ['Few growers have written to say they might sell.', 'Some growers have written to say they might sell.'],
    [
      'A few growers have written to say they might sell.',
      'Many growers have written to say they might sell.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});

test('"as long as", "so long as", "provided that", "on condition that" are one condition', () => {
  for (const [passage, said] of [
    [
      'The night bus will keep running as long as passengers keep boarding it.',
      'The night bus will keep running so long as passengers keep boarding it.',
    ],
    [
      'The ferry will run provided that the harbour is dredged.',
      'The ferry will run on condition that the harbour is dredged.',
    ],
    [
      'We will lend the money so long as the council repays it.',
      'We will lend the money provided that the council repays it.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  // Each is still a condition: cut where the quote closes as a sentence, it is dropped.
  const cut = judge(
    'We are prepared to halve the waiting list by 2030, provided that the ministry funds the beds.',
    'We are prepared to halve the waiting list by 2030.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.ok(
    cut.reasons.some((x) => x.startsWith('verdict.condition-dropped:')),
    why(cut),
  );
  // Look-alike: "unless" turns the condition round.
  const other = judge(
    'The night bus will keep running as long as passengers keep boarding it.',
    'The night bus will keep running unless passengers keep boarding it.',
  );
  assert.equal(other.verdict, 'altered', why(other));
});

test('"consulting on" or "deliberating about" an act weighs it, as "considering" does: told as done, it is altered', () => {
  for (const [passage, said] of [
    [
      'We are also consulting on banning fireworks that exceed the noise limit.',
      'we have banned fireworks that exceed the noise limit',
    ],
    [
      'The ministry is consulting on raising the speed limit on motorways.',
      'the ministry is raising the speed limit on motorways',
    ],
    [
      'The panel is deliberating about closing the maternity ward.',
      'the panel will close the maternity ward',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // Look-alike: the consultation kept, the act is still weighed.
  const kept = judge(
    'The ministry is consulting on raising the speed limit on motorways.',
    'the ministry is consulting on increasing the speed limit on motorways',
  );
  assert.equal(kept.verdict, 'paraphrase', why(kept));
});

test('before a "that" clause a frame verb frames nothing: "proposing that" → "agreed that" needs evidence', () => {
  for (const [passage, said] of [
    [
      'We are proposing that landlords charge at most 30 percent of income in rent.',
      'we have agreed that landlords charge at most 30 percent of income in rent',
    ],
    [
      'The board has proposed that the fee rises to 40 pounds.',
      'the board has decided that the fee rises to 40 pounds',
    ],
    ['Ministers hope that the strike ends this week.', 'ministers expect that the strike ends this week'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // Look-alike: before "to" the two verbs frame the act, and the frame rule finds both plans.
  const plan = judge('We plan to open two clinics next year.', 'we intend to open two clinics next year');
  assert.equal(plan.verdict, 'paraphrase', why(plan));
});

/** A report that prints the quote in another language's marks, as a foreign outlet renders it. */
const inMarks = (open: string, close: string) => ({
  header: 'Remarks by Minister Ana Holt',
  speaker: 'Ana Holt',
  report: (said: string) => `The Warsaw daily quoted the minister: ${open}${said}${close}`,
});

test("a quote in another language's marks («…», „…“, ‹…›) is a translation: a rewording without evidence is style", () => {
  for (const [passage, said, open, close] of [
    [
      'We have opened a new freight hub, so we expect to clear the backlog of parcels by spring.',
      'We have opened a new freight centre, so we expect to absorb the backlog of parcels by spring.',
      '«',
      '»',
    ],
    [
      'Street markets may go ahead if traders clear the pavement at night.',
      'Street markets may take place if traders clear the pavement at night.',
      '„',
      '“',
    ],
    [
      'Inspectors scanned every lorry at the border crossing.',
      'Inspectors checked every lorry at the border crossing.',
      '‹',
      '›',
    ],
  ]) {
    const r = judge(passage!, said!, inMarks(open!, close!));
    assert.equal(r.verdict, 'paraphrase', `${said}: ${why(r)}`);
  }
  // Look-alike: the same rewording in English marks is the report's own choice of word.
  const own = judge(
    'The council will reopen the library in the spring after the repairs.',
    'The council will reopen the library in the spring after the renovation.',
  );
  assert.equal(own.verdict, 'altered', why(own));
  // Nor put a noun for a noun: another noun names another thing, or another body.
  const body = judge(
    'The ministry will pay for the repairs to the school.',
    'The treasury will pay for the repairs to the school.',
    inMarks('«', '»'),
  );
  assert.equal(body.verdict, 'altered', why(body));
  // Nor lose a frame of the verb: begun is not done, however the translator words it.
  for (const [passage, said] of [
    [
      'This week we started shipping the doses to forty countries.',
      'This week we delivered the doses to forty countries.',
    ],
    [
      'The council has begun repairing the roads in the north.',
      'The council has mended the roads in the north.',
    ],
  ]) {
    const framed = judge(passage!, said!, inMarks('«', '»'));
    assert.equal(framed.verdict, 'altered', `${said}: ${why(framed)}`);
  }
  // A translation still may not change a figure.
  const figure = judge(
    'The council will reopen the library in the spring after the repairs.',
    'The council will reopen the two libraries in the spring after the repairs.',
    inMarks('«', '»'),
  );
  assert.equal(figure.verdict, 'altered', why(figure));
});

test('harm done to the end ("destroy", "wreck", "cripple") hardens "harm", "damage", "hurt", translated or not', () => {
  for (const [passage, said, setting] of [
    [
      'The new tariffs will harm farmers on both sides.',
      'The new tariffs will destroy farmers on both sides.',
      inMarks('«', '»'),
    ],
    ['The strike has damaged the port badly.', 'The strike has wrecked the port badly.', inMarks('„', '“')],
    [
      'Higher rates will hurt small builders this year.',
      'Higher rates will cripple small builders this year.',
      undefined,
    ],
  ] as const) {
    const r = judge(passage, said, setting);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // The other way round the claim is softened.
  const soft = judge('The storm destroyed the harbour wall.', 'The storm damaged the harbour wall.');
  assert.equal(soft.verdict, 'altered', why(soft));
});
