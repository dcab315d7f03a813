import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Rules added when the verdicts were tried on a fourth challenge set by another writer
 * (test/fixtures/invented-pairs-4.jsonl, `node eval/invented-pairs.ts --set 4`). Each test pairs a
 * change that alters what was said with a look-alike that keeps it; the sentences are new.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a change "by half" before a year is a share, not a time of day', () => {
  const same = judge(
    'The port plans to cut its diesel use by half before 2035.',
    'The port plans to cut its diesel use by 50 percent before 2035.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const other = judge(
    'The port plans to cut its diesel use by half before 2035.',
    'The port plans to cut its diesel use by 30 percent before 2035.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  // Before an hour it is still a time of day.
  const clock = judge('The ferry leaves by half past six.', 'The ferry leaves by 50 percent past six.');
  assert.equal(clock.verdict, 'altered', why(clock));
});

test('a first-person verb of forecast is a hedge: swapped for another it stays, cut it is dropped', () => {
  const passage = 'We anticipate that the tunnel will reopen in early May, once the pumps are fixed.';
  const swapped = judge(passage, 'We expect that the tunnel will reopen in early May');
  assert.equal(swapped.verdict, 'paraphrase', why(swapped));
  const cut = judge(
    'The pumps are broken, and we anticipate that the tunnel will reopen in early May.',
    'The pumps are broken, and the tunnel will reopen in early May.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /verdict\.hedge-dropped/);
});

test('a phrase that says which of a group, cut between the group and its verb, widens the claim', () => {
  const passage = 'Firms with fewer than ten staff will be exempt from the levy until 2028.';
  const cut = judge(passage, 'Firms will be exempt from the levy until 2028.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /verdict\.qualifier-dropped/);
  // Cut openly, it is the reader's to see.
  const open = judge(passage, 'Firms … will be exempt from the levy until 2028.');
  assert.notEqual(open.verdict, 'altered', why(open));
  // A phrase of time after the verb is not the group's.
  const adjunct = judge(
    'The firms will be exempt from the levy, with effect from May, until 2028.',
    'The firms will be exempt from the levy until 2028.',
  );
  assert.notEqual(adjunct.verdict, 'altered', why(adjunct));
});

test('where goods go, cut between them and their verb, is a restriction lost', () => {
  const cut = judge(
    'Our wine sales to Japan rose by 9 percent last year.',
    'Our wine sales rose by 9 percent last year.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  const kept = judge(
    'Our wine sales to Japan rose by 9 percent last year.',
    'Our wine sales to Japan went up by 9 percent last year.',
  );
  assert.notEqual(kept.verdict, 'altered', why(kept));
});

test('two clauses swapped round their "and" cut nothing; one of them cut is still a narrowed claim', () => {
  const passage = 'Ferry fares rose by 6 percent in the spring, and the island routes were hit hardest.';
  const swapped = judge(
    passage,
    'The island routes were hit hardest, and ferry fares rose by 6 percent in the spring.',
  );
  assert.notEqual(swapped.verdict, 'altered', why(swapped));
  const cut = judge(
    'Fares for ferries and buses rose by 6 percent in the spring.',
    'Fares for ferries rose by 6 percent in the spring.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /conjunct-cut/);
});

test('"by far" before a superlative is emphasis the speaker did not give', () => {
  const passage = 'It was the wettest April since 1998, and the river rose fast.';
  const added = judge(passage, 'by far the wettest April since 1998');
  assert.equal(added.verdict, 'altered', why(added));
  assert.match(why(added), /intensifier-added/);
  // "far" alone is no intensifier: "as far as the bridge" is a distance.
  const distance = judge(
    'The water reached as far as the old bridge on Sunday.',
    'The water reached as far as the old bridge on Sunday.',
  );
  assert.equal(distance.verdict, 'verbatim', why(distance));
});

test("a verb WordNet defines as the speaker's done drastically hardens it, in any of its senses", () => {
  const passage = 'The new timetable will cut waiting times by about ten minutes.';
  const hard = judge(passage, 'The new timetable will slash waiting times by about ten minutes.');
  assert.equal(hard.verdict, 'altered', why(hard));
  assert.match(why(hard), /wording-hardened/);
  const same = judge(passage, 'The new timetable will reduce waiting times by about ten minutes.');
  assert.equal(same.verdict, 'paraphrase', why(same));
});

test('a word after a comma that follows a figure is not what the figure counts', () => {
  const passage = 'We will open the new library by 2031, provided that the timber is delivered in time.';
  const same = judge(
    passage,
    'We will open the new library by 2031, on condition that the timber is delivered in time.',
  );
  assert.notEqual(same.verdict, 'altered', why(same));
  // Right after the figure, another noun is another count.
  const other = judge('We will finish 40 homes by the spring.', 'We will finish 40 schools by the spring.');
  assert.equal(other.verdict, 'altered', why(other));
});

test('a whole sentence closed before a relative clause that said which of them widens the claim', () => {
  const passage = 'We will not fund projects that harm the wetlands, and the board agrees.';
  const cut = judge(passage, 'We will not fund projects.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /that harm the wetlands/);
  // A lower-case fragment claims no whole sentence.
  const fragment = judge(passage, 'will not fund projects');
  assert.notEqual(fragment.verdict, 'altered', why(fragment));
  // A clause set off by a comma only describes them.
  const aside = judge(
    'We will not fund the projects, which the board reviewed in May.',
    'We will not fund the projects.',
  );
  assert.notEqual(aside.verdict, 'altered', why(aside));
});

test('one body or group of people put for another is an actor changed, not only a word', () => {
  const passage = 'We have asked the council for a new bus lane on Mill Road.';
  const other = judge(passage, 'We have asked the governor for a new bus lane on Mill Road.');
  assert.equal(other.verdict, 'altered', why(other));
  assert.match(why(other), /actor-changed: "council" → "governor"/);
  // A plural is a noun, whatever its base mostly is ("native" is mostly an adjective).
  const plural = judge(
    'The grant will cover bus passes for students of the town.',
    'The grant will cover bus passes for natives of the town.',
  );
  assert.match(why(plural), /actor-changed: "students" → "natives"/);
  // A thing put for a thing is a word changed, as before.
  const thing = judge(passage, 'We have asked the council for a new cycle lane on Mill Road.');
  assert.doesNotMatch(why(thing), /actor-changed/);
});
