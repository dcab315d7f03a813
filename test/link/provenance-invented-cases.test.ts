import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Verdict faults found when the invented end-to-end cases (test/fixtures/invented-cases/) were run:
 * each test pairs the fault's general form with a look-alike the rule must still catch. The
 * sentences are new, written for these tests.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a quote opening after the complementizer "that" is the clause whole, not a re-cut sentence', () => {
  const passage = 'Today I can confirm that our council will rebuild the old footbridge by the autumn.';
  const after = judge(passage, 'Our council will rebuild the old footbridge by the autumn.');
  assert.equal(after.verdict, 'verbatim', why(after));
  const pronoun = judge(
    'What I can say is that we have never leased the quarry site to builders.',
    'We have never leased the quarry site to builders.',
  );
  assert.equal(pronoun.verdict, 'verbatim', why(pronoun));
  // A false start cut and the sentence re-cut is still a tidied rendering.
  const restart = judge(
    'And it is something has to change in how the depot is run.',
    'Something has to change in how the depot is run.',
  );
  assert.equal(restart.verdict, 'paraphrase', why(restart));
});

test('a quantifier set off by punctuation before the quote counts nothing the quote opens on', () => {
  const passage = 'We settled one point above all: no village on this river can hold back a flood alone.';
  const verbatim = judge(passage, 'No village on this river can hold back a flood alone');
  assert.equal(verbatim.verdict, 'verbatim', why(verbatim));
  // Right before the noun, a cut quantifier still widens the claim.
  const cut = judge(
    'Most villages on this river cannot hold back a flood alone.',
    'Villages on this river cannot hold back a flood alone.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /scope-changed/);
});

test('a quote of two sentences renders two consecutive sentences, not the second twice', () => {
  // Every word of the first sentence is said again in the second: the second must not hold both.
  const passage =
    'We met the growers in March. Some will argue that we cannot fix it. ' +
    'I argue that we cannot fix it by waiting. The work begins in May.';
  const both = judge(
    passage,
    'Some will argue that we cannot fix it. I argue that we cannot fix it by waiting.',
  );
  assert.equal(both.verdict, 'verbatim', why(both));
  // The first sentence changed is still caught against its own source sentence.
  const changed = judge(
    passage,
    'Some will argue that we can fix it. I argue that we cannot fix it by waiting.',
  );
  assert.equal(changed.verdict, 'altered', why(changed));
  assert.match(why(changed), /negation-dropped/);
});

test('a word listed in the other\'s main sense means the same: "hand" is first to give into someone\'s keeping', () => {
  const passage = 'Each month we hand the auditors a full list of the contracts we signed.';
  const give = judge(passage, 'Each month we give the auditors a full list of the contracts we signed.');
  assert.equal(give.verdict, 'paraphrase', why(give));
  // A verb WordNet does not join to "hand" in any such way stays a change without evidence.
  const show = judge(passage, 'Each month we sell the auditors a full list of the contracts we signed.');
  assert.equal(show.verdict, 'altered', why(show));
});

test('a pronoun spelled out as its referent is no added word and no other actor', () => {
  const passage = 'We asked them to stay until the vote. In fact, we begged them to stay.';
  const named = judge(passage, 'We asked our neighbours to stay until the vote.');
  assert.equal(named.verdict, 'paraphrase', why(named));
  // A possessive swapped for another person's is still another actor.
  const swapped = judge(
    'We asked our neighbours to stay until the vote.',
    'We asked their neighbours to stay until the vote.',
  );
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /actor-changed/);
});

test('a derived form matched out of place does not hide the word it replaced in its slot', () => {
  const passage =
    'The region, which has long backed new housing, will not approve the tower until the national ' +
    'inquiry, which we were told would end in May, has been published.';
  const swapped = judge(passage, 'until the regional inquiry … has been published');
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /"national" → "regional"/);
  const kept = judge(passage, 'until the national inquiry … has been published');
  assert.notEqual(kept.verdict, 'altered', why(kept));
  // A word moved a few words in another form is reordered, not a look-alike.
  const moved = judge(
    'We will guard the terraces that took centuries to carve.',
    'We will guard the terraces carved over centuries.',
  );
  assert.notEqual(moved.verdict, 'altered', why(moved));
});

test('a negation cue the passage has only out of order supports nothing', () => {
  const passage =
    'The region will not approve the tower until the national inquiry has been published. ' +
    'That is not obstruction; that is the law.';
  const loose = judge(passage, 'This tower will never darken our streets.');
  assert.equal(loose.verdict, 'unsupported', why(loose));
  // The same words with the passage's own content are judged against it.
  const flipped = judge(passage, 'The region will approve the tower.');
  assert.equal(flipped.verdict, 'altered', why(flipped));
});

test('the speaker’s own "we" put as another party’s noun is another actor; the own side named is a gloss', () => {
  const passage = 'We misjudged how long the survey would take. That is our fault.';
  const other = judge(passage, 'the contractor misjudged how long the survey would take.');
  assert.equal(other.verdict, 'altered', why(other));
  assert.match(why(other), /actor-changed: "We" → "the contractor"/);
  // The body the speaker speaks for, in the same slot, names the speaker's side.
  const own = judge(passage, 'the ministry misjudged how long the survey would take.');
  assert.notEqual(own.verdict, 'altered', why(own));
  // A first-person object is not the slot: "told us" → "told the council" is no change of who acts.
  const same = judge(passage, 'We misjudged how long the survey would take.');
  assert.equal(same.verdict, 'verbatim', why(same));
});

test('a pronoun of the next clause is no actor the quote’s last words replaced', () => {
  // "investigating, and I won't …": the "I" opens another clause; "it" is what is looked into.
  const tail = judge(
    "We have no answer yet. The fire service is investigating, and I won't speculate about that.",
    'We have no answer yet. The fire service is looking into it',
  );
  assert.equal(tail.verdict, 'paraphrase', why(tail));
  // In the same clause a pronoun put for the speaker's own is still another actor.
  const same = judge(
    'We have no answer yet. The harbour police told us they will report back to me by Friday.',
    'We have no answer yet. The harbour police told us they will report back to him by Friday.',
  );
  assert.equal(same.verdict, 'altered', why(same));
  assert.match(why(same), /actor-changed/);
});

test('a state verb in the simple present is no schedule: "will have" → "have" changes the time', () => {
  const passage = 'We sit down with the unions on Monday, and I expect we will have a deal by June.';
  const state = judge(passage, 'we have a deal by June');
  assert.equal(state.verdict, 'altered', why(state));
  assert.match(why(state), /tense-changed/u);
  // An event verb's simple present may tell of what is planned ("we sit down on Monday").
  const event = judge('We will sit down with the unions on Monday.', 'we sit down with the unions on Monday');
  assert.notEqual(event.verdict, 'altered', why(event));
});
