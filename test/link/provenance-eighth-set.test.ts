import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAltered, assertNotAltered, judgeQuote as judge, why } from '../helpers/judge-quote.ts';

/**
 * Rules added or corrected when the verdicts were tried on an eighth challenge set by another writer
 * (test/fixtures/invented-pairs-8.jsonl, `node eval/invented-pairs.ts --set 8`). Each test pairs
 * changes that alter what was said, in differently worded sentences, with look-alikes that keep
 * it; the sentences are new.
 */

test('"and" put for "or", or "or" for "and", between the same conjuncts widens or narrows the claim', () => {
  for (const [passage, said] of [
    [
      'The new line will stop at Hove and Lewes on weekdays.',
      'The new line will stop at Hove or Lewes on weekdays.',
    ],
    [
      'Applicants need a birth certificate or a passport to register.',
      'Applicants need a birth certificate and a passport to register.',
    ],
    [
      'The grants go to farmers and fishers in the valley.',
      'The grants go to farmers or fishers in the valley.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // Under a negation the two are used alike; a climb to an extreme ("and even") reads either way;
  // a repeated preposition is no other coordinator.
  assertNotAltered(
    'We will not cut pensions or benefits this year.',
    'We will not cut pensions and benefits this year.',
  );
  assertNotAltered(
    'Repairs can take two weeks, three weeks, and even a month.',
    'Repairs can take two weeks, three weeks or even a month.',
  );
  const same = judge(
    'The museum opens on Mondays and Tuesdays.',
    'The museum opens on Mondays and on Tuesdays.',
  );
  assert.notEqual(same.verdict, 'altered', why(same));
});

test('one end of a range quoted as the figure is a firmer number than was given', () => {
  for (const [passage, said] of [
    ['The refit will cost between 40 and 45 million pounds.', 'The refit will cost 45 million pounds.'],
    ['The bridge could reopen within four to six weeks.', 'The bridge could reopen within four weeks.'],
    ['We will hire two or three more inspectors.', 'We will hire three more inspectors.'],
    ['Turnout was 60-65 percent in the north.', 'Turnout was 65 percent in the north.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.number-bound-changed:');
  }
  // The range kept in other figures, a change between two values cut to its end, and one of two
  // separate counts are no range narrowed.
  assertNotAltered(
    'The bridge could reopen within four to six weeks.',
    'The bridge could reopen within 4-6 weeks.',
  );
  assertNotAltered('Fees fell from 90 to 70 pounds.', 'Fees fell to 70 pounds.');
  assertNotAltered('We hired 30 nurses and 35 doctors.', 'We hired 35 doctors.');
});

test('"until" after a verb of withholding sets a condition, as after a negation', () => {
  for (const [passage, said] of [
    [
      'The board will hold back the bonus until the audit is finished, not scrap it.',
      'The board will hold back the bonus, not scrap it.',
    ],
    [
      'The league suspended the match until the pitch was safe, and fans went home.',
      'The league suspended the match, and fans went home.',
    ],
    [
      'We postponed the vote until the inquiry reports, as the rules require.',
      'We postponed the vote, as the rules require.',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.condition-dropped:');
  }
  // After a verb that withholds nothing, "until" bounds a time.
  assertNotAltered(
    'Rescuers will keep searching until dawn, and then they will rest.',
    'Rescuers will keep searching, and then they will rest.',
  );
});

test("a quote closing on a noun the speaker used elsewhere, where the speaker's sentence closed on another, puts it in that noun's place", () => {
  for (const [passage, said] of [
    [
      'The contractor has promised repairs by May, but the final date is up to the council.',
      'the final date is up to the contractor',
    ],
    [
      'The minister met the farmers last week, and the next meeting will be chaired by the governor.',
      'the next meeting will be chaired by the minister',
    ],
    [
      'The auditor visited twice. I expect a decision soon, but that is for the trustees.',
      'I expect a decision soon, but that is for the auditor',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
  // The same closing noun, and a quote that stops before the sentence's last word, change nothing.
  const same = judge(
    'The contractor has promised repairs by May, but the final date is up to the council.',
    'the final date is up to the council',
  );
  assert.equal(same.verdict, 'verbatim', why(same));
  assertNotAltered(
    'The contractor has promised repairs by May, and the council will decide the final date.',
    'the council will decide',
  );
});

test('the speaker\'s "we" or "I" and a third party the speaker named elsewhere, put in each other\'s slot, change who acts', () => {
  // "we"/"I" made a party the speaker spoke of in the third person.
  for (const [passage, said] of [
    [
      'We found four cracks in the hull, and the owner must repair them before the boat sails.',
      'The owner found four cracks in the hull',
    ],
    ['I signed the order on Friday after the inspector left.', 'the inspector signed the order on Friday'],
    [
      'We closed the road at noon because the contractor asked us to.',
      'The contractor closed the road at noon',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
  // A body or person named by a common noun made "we".
  for (const [passage, said] of [
    [
      'Only when the report arrives can the tribunal rule on the appeal.',
      'Only when the report arrives can we rule on the appeal',
    ],
    ['Next week the inspectors will visit every school.', 'Next week we will visit every school'],
    [
      'On Monday the auditors will open the accounts to the press.',
      'On Monday we will open the accounts to the press',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
  // The speaker's own body put as "we" is a gloss.
  assertNotAltered(
    'Next week the government will visit every school.',
    'Next week we will visit every school',
  );
});

test('"perhaps", "possibly" or "maybe" in the clause keeps the possibility a modal said', () => {
  for (const [passage, said] of [
    ['The fire may have started in the kitchen, the chief said.', 'The fire perhaps started in the kitchen'],
    ['The levy might have cost the town its market.', 'The levy possibly cost the town its market'],
    ['The money was perhaps spent on the wrong things.', 'The money may have been spent on the wrong things'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // Without the adverb, or with a modal of necessity, the possibility is lost.
  assertAltered(
    'The pipes might have burst during the frost.',
    'The pipes burst during the frost',
    'verdict.',
  );
  assertAltered(
    'The money was perhaps spent on the wrong things.',
    'The money must have been spent on the wrong things',
    'verdict.',
  );
});

test('a negation said again for stress is one negation: the report that says it once keeps it', () => {
  for (const [passage, said] of [
    [
      'She sent forty bids and not one, not one, was turned down.',
      'She sent forty bids and not one was turned down',
    ],
    [
      'We checked every bridge, and none, none at all, was unsafe.',
      'We checked every bridge, and none was unsafe',
    ],
    ['The mayor has never, never, agreed to sell the park.', 'The mayor has never agreed to sell the park'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // Dropping the negation still flips it; "not A, not B" negates two things.
  assertAltered(
    'The mayor has never, never, agreed to sell the park.',
    'The mayor has agreed to sell the park',
    'verdict.negation',
  );
  assertAltered(
    'She sent forty bids and not one, not one, was turned down.',
    'She sent forty bids and one was turned down',
    'verdict.negation',
  );
  assertAltered(
    'We will cut not pensions, not salaries, but bonuses.',
    'We will cut not pensions, but salaries',
    'verdict.negation',
  );
});

test('a fragment that puts words of its own where the speaker opened on a hedge drops the hedge', () => {
  for (const [passage, said] of [
    ['I expect a deal before the summer.', 'there will be a deal before the summer'],
    [
      "I'd expect a ruling within the month, but the judge decides.",
      'there will be a ruling within the month',
    ],
    ['I think a compromise is close.', 'surely a compromise is close'],
  ]) {
    assertAltered(passage!, said!, 'verdict.hedge-dropped:');
  }
  // A fragment that starts later, on the speaker's own words, leaves the hedge as context.
  const later = judge('I think a compromise is close.', 'a compromise is close');
  assert.equal(later.verdict, 'verbatim', why(later));
});

test('"we expect to" frames the verb as still to come, as "we plan to" does', () => {
  for (const [passage, said] of [
    ['We expect to lift the ban on Monday.', 'the ban has been lifted'],
    ['If the wind drops, we expect to reopen the pass by noon.', 'the pass has been reopened'],
    ['We expect to sign the lease this week.', 'we have signed the lease'],
  ]) {
    assertAltered(passage!, said!, 'verdict.tense-changed:');
  }
  const same = judge('We expect to sign the lease this week.', 'We expect to sign the lease');
  assert.equal(same.verdict, 'verbatim', why(same));
});

test('words of totality ("whole", "entire") are no extreme of each other', () => {
  for (const [passage, said] of [
    ['The club should not pay the whole fine.', 'The club should not pay the entire fine'],
    ['The whole village turned out for the vote.', 'The entire village turned out for the vote'],
    ['We will repaint the entire station.', 'We will repaint the whole station'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  // A word defined as another done completely is still its extreme.
  assertAltered('The storm damaged the pier.', 'The storm destroyed the pier', 'verdict.wording-hardened:');
});

test('a decade named in words is that decade in figures', () => {
  for (const [passage, said] of [
    ['The sea wall was built in the sixties and needs work.', 'The sea wall was built in the 1960s'],
    ['Most of these houses date from the thirties.', 'Most of these houses date from the 1930s'],
    ['The line was electrified in the eighties.', "The line was electrified in the '80s"],
  ]) {
    assertNotAltered(passage!, said!);
  }
  assertAltered(
    'The line was electrified in the eighties.',
    'The line was electrified in the 1970s',
    'verdict.number',
  );
});

test('what a figure counts is the noun after its adjectives, not an adjective', () => {
  for (const [passage, said] of [
    ['The audit found four minor errors in the ledger.', 'The audit found four small mistakes in the ledger'],
    [
      'The agency reported nine serious incidents at the depot.',
      'The agency reported nine grave incidents at the depot',
    ],
    ['Crews cleared twelve fallen trees from the road.', 'Crews cleared twelve toppled trees from the road'],
  ]) {
    const r = judge(passage!, said!);
    assert.ok(!r.reasons.some((x) => x.startsWith('verdict.number-counts-changed')), `${said}: ${why(r)}`);
  }
  // Another noun counted is still another count.
  assertAltered(
    'We planted 500 young oaks along the river.',
    'We planted 500 young elms along the river',
    'verdict.',
  );
});

test('a privative noun ("shortage", "absence", "dearth") says something is missing, as "lack" and "without" do', () => {
  for (const [passage, said] of [
    [
      'The wards closed owing to a shortage of nurses, not to the strike.',
      'The wards closed owing to a lack of nurses, not to the strike',
    ],
    ['In the absence of a deal, the plant will close.', 'Without a deal, the plant will close'],
    ['The clinic closed because of a dearth of nurses.', 'The clinic closed because of a lack of nurses'],
  ]) {
    assertNotAltered(passage!, said!);
  }
  assertAltered(
    'The wards closed owing to a shortage of nurses.',
    'The wards closed owing to a surplus of nurses',
    'verdict.',
  );
});

test('under a negation a universal and "any" are the two ends of the scale: not all is not none', () => {
  for (const [passage, said] of [
    ['The club will not pay the whole fine.', 'The club will not pay any of the fine'],
    ['The council will not repay the whole loan.', 'The council will not repay any of the loan'],
    ['We did not see any of the files.', 'We did not see all of the files'],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // The same quantifier, or another universal, keeps the claim.
  const same = judge('We did not see any of the files.', 'We did not see any of the files');
  assert.equal(same.verdict, 'verbatim', why(same));
  assertNotAltered('We did not see all of the files.', 'We did not see every file');
});

test('a member added to what the speaker named widens the claim, the mirror of a conjunct cut', () => {
  for (const [passage, said] of [
    [
      'The grants will go to farmers in the valley.',
      'The grants will go to farmers and fishers in the valley',
    ],
    ['We will close the east gate on Monday.', 'We will close the east gate and the car park on Monday'],
    [
      'The ferry will call at Portree on Sundays, weather permitting.',
      'The ferry will call at Portree and Uig on Sundays, weather permitting',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.scope-changed:');
  }
  // A doublet of one meaning, and the coordination as said, add no member.
  assertNotAltered('The plan is fair to tenants.', 'The plan is fair and just to tenants');
  const same = judge(
    'The grants will go to farmers and fishers in the valley.',
    'The grants will go to farmers and fishers in the valley',
  );
  assert.equal(same.verdict, 'verbatim', why(same));
});
