import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Rules added when the verdicts were tried on a third challenge set by another writer
 * (test/fixtures/invented-pairs-3.jsonl, `node eval/invented-pairs.ts --set 3`). Each test pairs a
 * change that alters what was said with a look-alike that keeps it; the sentences are new.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a false start the report left out between two quoted stretches is no longer word for word', () => {
  const passage = 'The ferry ran late on Sunday. It’s — it is not good enough, and we will fix it.';
  const tidied = judge(passage, 'The ferry ran late on Sunday. It is not good enough');
  assert.equal(tidied.verdict, 'paraphrase', why(tidied));
  const asSaid = judge(passage, 'The ferry ran late on Sunday. It’s — it is not good enough');
  assert.equal(asSaid.verdict, 'verbatim', why(asSaid));
  // A hesitation inside the false start changes nothing: the restart is still cut.
  const um = judge(
    'We lost, um, we lost two boats in the storm. Uh, we lost two boats.',
    'We lost two boats.',
  );
  assert.notEqual(um.verdict, 'altered', why(um));
  // Stitching two stretches that say different things keeps the words as said.
  const stitched = judge(
    'The ferry ran late on Sunday. The crews told me, and I agree, it is not good enough.',
    'The ferry ran late on Sunday. It is not good enough.',
  );
  assert.equal(stitched.verdict, 'verbatim', why(stitched));
});

test('a word negated by its prefix retrieves the passage that says "not" and the base word', () => {
  const passage = 'That is not lawful, and everyone in this room knows it.';
  const plain = judge(passage, 'That is unlawful');
  assert.equal(plain.verdict, 'paraphrase', why(plain));
  const hardened = judge(passage, 'That is totally unlawful');
  assert.equal(hardened.verdict, 'altered', why(hardened));
  assert.match(why(hardened), /intensifier-added/);
});

test('"incredibly" is defined by WordNet as "exceedingly; extremely": one grade with "extremely"', () => {
  const passage = 'The volunteers have been incredibly patient with us.';
  const same = judge(passage, 'The volunteers have been extremely patient with us.');
  assert.equal(same.verdict, 'paraphrase', why(same));
  const up = judge(
    'The volunteers have been very patient with us.',
    'The volunteers have been incredibly patient with us.',
  );
  assert.equal(up.verdict, 'altered', why(up));
});

test('a share after "by" and a bound ("by roughly half") is a figure: another share is another figure', () => {
  const passage = 'The frost has cut the apple crop by roughly half this year.';
  const third = judge(passage, 'The frost has cut the apple crop by roughly a third');
  assert.equal(third.verdict, 'altered', why(third));
  assert.match(why(third), /number/);
  const percent = judge(passage, 'The frost has cut the apple crop by roughly 50 percent');
  assert.equal(percent.verdict, 'paraphrase', why(percent));
  const almost = judge(passage, 'The frost has cut the apple crop by about half');
  assert.equal(almost.verdict, 'paraphrase', why(almost));
});

test('thirds are shares: "a third" is "one third", not "half" nor "a quarter"', () => {
  const passage = 'A third of the grant goes to rural clinics.';
  const one = judge(passage, 'One third of the grant goes to rural clinics.');
  assert.equal(one.verdict, 'paraphrase', why(one));
  const half = judge(
    'Half of the grant goes to rural clinics.',
    'A third of the grant goes to rural clinics.',
  );
  assert.equal(half.verdict, 'altered', why(half));
  assert.match(why(half), /number/);
  const quarter = judge(passage, 'A quarter of the grant goes to rural clinics.');
  assert.equal(quarter.verdict, 'altered', why(quarter));
});

test('a share of a scale word is a figure: "a fifth of a million" is 200,000', () => {
  const passage = 'We have set aside £200,000 for the new pitch, and the rest must come from fans.';
  const same = judge(passage, 'We have set aside a fifth of a million pounds for the new pitch');
  assert.equal(same.verdict, 'paraphrase', why(same));
  const three = judge(
    'The repairs will cost £750,000 in total.',
    'The repairs will cost three quarters of a million pounds in total.',
  );
  assert.equal(three.verdict, 'paraphrase', why(three));
  const other = judge(passage, 'We have set aside half a million pounds for the new pitch');
  assert.equal(other.verdict, 'altered', why(other));
});

test('a universal that loses the words narrowing its set widens the claim ("every border crossing" → "every crossing")', () => {
  const passage = 'From May, every lorry at every border crossing will be weighed before it leaves.';
  const wider = judge(passage, 'every lorry at every crossing will be weighed');
  assert.equal(wider.verdict, 'altered', why(wider));
  assert.match(why(wider), /scope-changed/);
  const kept = judge(passage, 'each lorry at each border crossing will be weighed');
  assert.equal(kept.verdict, 'paraphrase', why(kept));
  // An emphatic modifier stresses the universal; it narrows nothing.
  const single = judge(
    'We will inspect every single school in the county this year.',
    'We will inspect every school in the county this year.',
  );
  assert.equal(single.verdict, 'paraphrase', why(single));
  // An open cut is there for the reader to see.
  const open = judge(passage, 'every lorry at every … crossing will be weighed');
  assert.notEqual(open.verdict, 'verbatim', why(open));
  assert.doesNotMatch(why(open), /narrowed it left out/);
});

test('the one an act was done to, put after "by" at the same verb, is made the doer', () => {
  const passage = 'The dam is holding. The farmers downstream have been warned.';
  const swapped = judge(passage, 'we have been warned by the farmers downstream');
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /roles-swapped/);
  const kept = judge(passage, 'the farmers downstream have been warned');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('a change of voice keeps the roles when the nouns cross, and swaps them when they keep their order', () => {
  const passage = 'The town was sued by the water company last year.';
  const active = judge(passage, 'The water company sued the town last year');
  assert.equal(active.verdict, 'paraphrase', why(active));
  const swapped = judge(passage, 'The town sued the water company last year');
  assert.equal(swapped.verdict, 'altered', why(swapped));
  // A participle with its agent is passive with or without "be" (a reduced relative clause).
  const reduced = judge(
    'They want back the boats that were impounded by the navy in May.',
    'the boats impounded by the navy in May',
  );
  assert.notEqual(reduced.verdict, 'altered', why(reduced));
  // A "by" of time after an active verb is no agent.
  const time = judge(
    'We will reopen the library by the end of the summer.',
    'We will reopen the library by the end of summer.',
  );
  assert.notEqual(time.verdict, 'altered', why(time));
});

test('a noun possessed by the pronoun’s referent, put in the pronoun’s slot, changes who is meant', () => {
  const passage = 'We will pay them in full by March, and nobody will lose out.';
  const theirs = judge(passage, 'We will pay their suppliers in full by March');
  assert.equal(theirs.verdict, 'altered', why(theirs));
  assert.match(why(theirs), /actor-changed/);
  // Naming the referent itself is a report's gloss, not another party.
  const named = judge(passage, 'We will pay the farmers in full by March');
  assert.notEqual(named.verdict, 'altered', why(named));
  const end = judge(
    'Nine families lost their homes. I have spoken to each of them.',
    'I have spoken to each of their landlords',
  );
  assert.equal(end.verdict, 'altered', why(end));
});

test('"part of" is a share after a preposition or verb, and membership after a copula or "as"', () => {
  const passage = 'The insurer will pay for part of the repairs, not all of them.';
  const whole = judge(passage, 'The insurer will pay for the repairs');
  assert.equal(whole.verdict, 'altered', why(whole));
  assert.match(why(whole), /scope-changed/);
  const some = judge(passage, 'The insurer will pay for some of the repairs');
  assert.equal(some.verdict, 'paraphrase', why(some));
  const portion = judge(passage, 'The insurer will pay for a portion of the repairs');
  assert.equal(portion.verdict, 'paraphrase', why(portion));
  // Membership: "a member of" renders "part of" and no share was cut.
  const member = judge(
    'Our town will become part of the new water board next year.',
    'Our town will become a member of the new water board next year.',
  );
  assert.doesNotMatch(why(member), /scope-changed/);
});

test('a fall told as a collapse, crash or slump is hardened; another word for a fall is not', () => {
  const passage = 'Ticket sales at the theatre have fallen this season.';
  const collapsed = judge(passage, 'Ticket sales at the theatre have collapsed this season.');
  assert.equal(collapsed.verdict, 'altered', why(collapsed));
  assert.match(why(collapsed), /wording-hardened/);
  const dropped = judge(passage, 'Ticket sales at the theatre have dropped this season.');
  assert.equal(dropped.verdict, 'paraphrase', why(dropped));
});

test('a bound on a figure word ("nearly tripled") is the figure’s bound, not a quantifier', () => {
  const passage = 'Bookings from overseas visitors have nearly tripled in two years.';
  const exact = judge(passage, 'Bookings from overseas visitors have tripled in two years.');
  assert.equal(exact.verdict, 'altered', why(exact));
  assert.match(why(exact), /number-bound-changed/);
  assert.doesNotMatch(why(exact), /scope-changed/);
  const nearly = judge(passage, 'Bookings from overseas visitors have almost tripled in two years.');
  assert.equal(nearly.verdict, 'paraphrase', why(nearly));
});

test('a sum given in another currency is another sum; the same currency as sign or word is one', () => {
  const passage = 'The council has set aside £1.2 million for the flood wall.';
  const dollars = judge(passage, 'The council has set aside $1.2 million for the flood wall.');
  assert.equal(dollars.verdict, 'altered', why(dollars));
  assert.match(why(dollars), /number-currency-changed/);
  const pounds = judge(passage, 'The council has set aside 1.2 million pounds for the flood wall.');
  assert.notEqual(pounds.verdict, 'altered', why(pounds));
  // A currency left out says nothing of which.
  const bare = judge(passage, 'The council has set aside 1.2 million for the flood wall.');
  assert.notEqual(bare.verdict, 'altered', why(bare));
});
