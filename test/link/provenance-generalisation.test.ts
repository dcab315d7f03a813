import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPPOSITE_RELATIONS } from '../../src/nlp/lexicons/opposite-relations.ts';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Rules added when the verdicts were tried on a challenge set written apart from the shared pairs
 * (test/fixtures/invented-pairs.jsonl, `node eval/invented-pairs.ts`). Each test pairs a change
 * that alters what was said with a look-alike that keeps it; the sentences are new, not the set's.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a particle belongs to the nearest verb that takes it, not to a noun before the verb', () => {
  // "force back" is a WordNet verb, but "forces" is the subject here: "pulled back" = "withdrew".
  const r = judge(
    'The militia forces had withdrawn from the ridge.',
    'The militia forces had pulled back from the ridge.',
  );
  assert.equal(r.verdict, 'paraphrase', why(r));
  assert.match(why(r), /"withdrawn" → "pulled back"/);
  // A split phrasal verb after a determiner's noun still closes on its verb.
  const split = judge(
    'The union called the strike off on Monday.',
    'The union cancelled the strike on Monday.',
  );
  assert.equal(split.verdict, 'paraphrase', why(split));
});

test('two quantifiers of one rank are the same claim; of another rank, a scope change', () => {
  const same = judge(
    'Everybody in the valley lost power overnight.',
    'Everyone in the valley lost power overnight.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const narrowed = judge(
    'Everybody in the valley lost power overnight.',
    'Somebody in the valley lost power overnight.',
  );
  assert.equal(narrowed.verdict, 'altered', why(narrowed));
  assert.match(why(narrowed), /verdict\.scope-changed/);
});

test('a quantifier that renders a WordNet synonym of a plain word is no scope change', () => {
  const same = judge(
    'The insurer will pay the full cost of the repairs.',
    'The insurer will pay the entire cost of the repairs.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const widened = judge(
    'The insurer will pay most of the cost of the repairs.',
    'The insurer will pay the entire cost of the repairs.',
  );
  assert.equal(widened.verdict, 'altered', why(widened));
  // A quantifier put for a negation is a quantifier, not a synonym of it.
  const none = judge(
    'Most of the tenants are not leaving the estate.',
    'None of the tenants are leaving the estate.',
  );
  assert.equal(none.verdict, 'altered', why(none));
});

test('a change by a share in words and in percent is one figure', () => {
  const same = judge(
    'Frost has cut the apple crop by a quarter this year.',
    'Frost has cut the apple crop by 25 percent this year.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const half = judge(
    'Frost has cut the apple crop by half this year.',
    'Frost has cut the apple crop by 50% this year.',
  );
  assert.equal(half.verdict, 'paraphrase', why(half));
  const other = judge(
    'Frost has cut the apple crop by a quarter this year.',
    'Frost has cut the apple crop by 40 percent this year.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  // A time of day is no share.
  const clock = judge('The count ends by a quarter past nine.', 'The count ends by 25 percent past nine.');
  assert.equal(clock.verdict, 'altered', why(clock));
});

test('a condition opened by "only if" after the last quoted word is cut from a whole sentence', () => {
  const cut = judge('We will lift the curfew, but only if the night stays calm.', 'We will lift the curfew.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /verdict\.condition-dropped: "if the night stays calm"/);
});

test('"even if" concedes rather than conditions: cutting it keeps the claim', () => {
  const r = judge('We will lift the curfew, even if the night turns rough.', 'We will lift the curfew.');
  assert.notEqual(r.verdict, 'altered', why(r));
  const inside = judge('We will, even if they object, lift the curfew.', 'We will lift the curfew.');
  assert.doesNotMatch(why(inside), /condition-dropped/);
});

test('two nouns that take each other’s place swap the roles; clauses moved whole do not', () => {
  const swapped = judge(
    'The clinic will treat adults first, then children after the holiday.',
    'The clinic will treat children first, then adults after the holiday.',
  );
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /verdict\.actors-swapped/);
  const contrast = judge('The fund pays pensions, not salaries.', 'The fund pays salaries, not pensions.');
  assert.equal(contrast.verdict, 'altered', why(contrast));
  const coordination = judge('The port ships timber and steel.', 'The port ships steel and timber.');
  assert.notEqual(coordination.verdict, 'altered', why(coordination));
  const fronted = judge(
    'After the storm, the council closed the beach.',
    'The council closed the beach after the storm.',
  );
  assert.notEqual(fronted.verdict, 'altered', why(fronted));
  const clauses = judge(
    'Sales to Brazil rose while sales to Chile fell.',
    'Sales to Chile fell while sales to Brazil rose.',
  );
  assert.notEqual(clauses.verdict, 'altered', why(clauses));
});

test('a preposition put for its opposite turns the relation around', () => {
  const flipped = judge(
    'The mayor campaigned against the stadium plan.',
    'The mayor campaigned for the stadium plan.',
  );
  assert.equal(flipped.verdict, 'altered', why(flipped));
  assert.match(why(flipped), /"against" → "for" \(opposite relations\)/);
  const without = judge(
    'The ministry will reopen talks with conditions.',
    'The ministry will reopen talks without conditions.',
  );
  assert.equal(without.verdict, 'altered', why(without));
  const kept = judge(
    'The mayor campaigned against the stadium plan.',
    'The mayor campaigned against the plan for a stadium.',
  );
  assert.doesNotMatch(why(kept), /opposite relations/);
});

test('a word WordNet defines by a collocation means that collocation’s main synonyms', () => {
  // "abolish": do away with; the first sense of "do away with" is "eliminate".
  const same = judge(
    'The bill would abolish the toll on the old bridge.',
    'The bill would eliminate the toll on the old bridge.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  assert.match(why(same), /one defined by the other/);
  const other = judge(
    'The bill would abolish the toll on the old bridge.',
    'The bill would double the toll on the old bridge.',
  );
  assert.equal(other.verdict, 'altered', why(other));
});

test('"let" takes a frame like any verb: a request made an obligation is a modality change', () => {
  const r = judge(
    'I would ask the board to let the auditors finish.',
    'The board must let the auditors finish.',
  );
  assert.equal(r.verdict, 'altered', why(r));
  assert.match(why(r), /verdict\.modality-changed: "to let" → "must let"/);
  const kept = judge('The board must let the auditors finish.', 'The board must let the auditors finish.');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('a whole sentence that closes on another word than its source is judged as a rewording', () => {
  const harder = judge(
    'The river crossing has slowed. It has not stopped.',
    'The river crossing has stalled.',
  );
  assert.equal(harder.verdict, 'altered', why(harder));
  assert.match(why(harder), /"slowed" → "stalled"/);
  const synonym = judge(
    'The river crossing has slowed. It has not stopped.',
    'The river crossing has decelerated.',
  );
  assert.equal(synonym.verdict, 'paraphrase', why(synonym));
  // A fragment that stops before the source sentence ends leaves the rest unjudged.
  const fragment = judge('The river crossing has slowed near the ford.', 'the river crossing has');
  assert.equal(fragment.verdict, 'verbatim', why(fragment));
});

test('a comparative and "than" bounds a figure as "over" does', () => {
  const same = judge(
    'Free bus passes go to residents over seventy.',
    'Free bus passes go to residents older than 70.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const flipped = judge(
    'Free bus passes go to residents over seventy.',
    'Free bus passes go to residents younger than 70.',
  );
  assert.equal(flipped.verdict, 'altered', why(flipped));
  assert.match(why(flipped), /verdict\.number-bound-changed: "over seventy" → "younger than 70"/);
});

test('"once" before a clause sets a condition; "once a week" counts occasions', () => {
  const cut = judge('The ferry will sail once the harbour is dredged.', 'The ferry will sail.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /verdict\.condition-dropped: "once the harbour is dredged"/);
  const inside = judge('We will, once the audit is signed, release the grant.', 'We will release the grant.');
  assert.equal(inside.verdict, 'altered', why(inside));
  const often = judge('The ferry sails once a week from the harbour.', 'The ferry sails from the harbour.');
  assert.doesNotMatch(why(often), /condition-dropped/);
});

test('a word WordNet defines as the speaker’s own pushed to the end hardens it', () => {
  // "destroy": destroy completely; damage irreparably.
  const harder = judge(
    'The flood damaged the old mill last night.',
    'The flood destroyed the old mill last night.',
  );
  assert.equal(harder.verdict, 'altered', why(harder));
  assert.match(why(harder), /verdict\.wording-hardened: "damaged" → "destroyed"/);
  const same = judge(
    'The flood wrecked the old mill last night.',
    'The flood destroyed the old mill last night.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
});

test('a named party put as the speaker’s own side is another actor', () => {
  const r = judge('Elena Moretti’s office has asked for the audit.', 'Our office has asked for the audit.');
  assert.equal(r.verdict, 'altered', why(r));
  assert.match(why(r), /verdict\.actor-changed/);
  const kept = judge('Our office has asked for the audit.', 'Our office has asked for the audit.');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('a share written as "one in five" is that percentage; one in three is no whole percentage', () => {
  const same = judge(
    'One in five bridges in the county needs repairs.',
    '20 percent of bridges in the county need repairs.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const out = judge('Nine out of ten tenants renewed their lease.', '90% of tenants renewed their lease.');
  assert.equal(out.verdict, 'paraphrase', why(out));
  const other = judge(
    'One in five bridges in the county needs repairs.',
    'One in four bridges in the county needs repairs.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  const third = judge(
    'One in three bridges in the county needs repairs.',
    '33 percent of bridges in the county need repairs.',
  );
  assert.equal(third.verdict, 'altered', why(third));
  const half = judge('Rents rose 0.5 percent in April.', 'Rents rose half a percent in April.');
  assert.equal(half.verdict, 'paraphrase', why(half));
});

test('a hedge closing a sentence quoted whole is dropped; a fragment may leave it', () => {
  const cut = judge('The levee will hold this winter, I believe.', 'The levee will hold this winter.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /verdict\.hedge-dropped/);
  const fragment = judge('The levee will hold this winter, I believe.', 'the levee will hold this winter');
  assert.equal(fragment.verdict, 'verbatim', why(fragment));
  const other = judge('The levee will hold this winter, as planned.', 'The levee will hold this winter.');
  assert.equal(other.verdict, 'verbatim', why(other));
});

test('"close to" an act is not yet the act', () => {
  const done = judge('The two unions are close to signing a pact.', 'The two unions signed a pact.');
  assert.equal(done.verdict, 'altered', why(done));
  assert.match(why(done), /verdict\.tense-changed/);
  const plain = judge('The shops close to let the parade pass.', 'The shops close to let the parade pass.');
  assert.equal(plain.verdict, 'verbatim', why(plain));
});

test('a fraction or ratio cut before the noun it took a share of widens the claim', () => {
  const half = judge('Half of the grant goes to rural clinics.', 'The grant goes to rural clinics.');
  assert.equal(half.verdict, 'altered', why(half));
  assert.match(why(half), /verdict\.scope-changed: "half"/);
  const third = judge(
    'We spend a third of the grant on rural clinics.',
    'We spend the grant on rural clinics.',
  );
  assert.equal(third.verdict, 'altered', why(third));
  const percent = judge(
    'We spend half of the grant on rural clinics.',
    'We spend 50 percent of the grant on rural clinics.',
  );
  assert.equal(percent.verdict, 'paraphrase', why(percent));
});

test('"in the middle of" an act is under way, not done', () => {
  const done = judge('The board is in the middle of reviewing the bids.', 'The board has reviewed the bids.');
  assert.equal(done.verdict, 'altered', why(done));
  assert.match(why(done), /verdict\.tense-changed/);
});

test('"failed to" is an implicative negation; "failed" alone is an event', () => {
  const flipped = judge('The parties failed to agree on a budget.', 'The parties agreed on a budget.');
  assert.equal(flipped.verdict, 'altered', why(flipped));
  assert.match(why(flipped), /verdict\.negation-dropped/);
  const same = judge('The parties failed to agree on a budget.', 'The parties did not agree on a budget.');
  assert.equal(same.verdict, 'paraphrase', why(same));
});

test('opposite-relation rows show both words in their example', () => {
  for (const row of OPPOSITE_RELATIONS) {
    const words = row.example.split(/[\s/]+/);
    assert.ok(words.includes(row.pair[0]) && words.includes(row.pair[1]), row.example);
  }
});

test('a figure written another way is a paraphrase, never verbatim; another figure is a change', () => {
  const glued = judge('The tunnel will cost 4 billion pounds.', 'The tunnel will cost 4bn pounds.');
  assert.equal(glued.verdict, 'paraphrase', why(glued));
  const sign = judge('The tunnel will cost 4 billion pounds.', 'The tunnel will cost £4 billion.');
  assert.equal(sign.verdict, 'paraphrase', why(sign));
  const small = judge('The grant is worth 2 million dollars.', 'The grant is worth $2m.');
  assert.equal(small.verdict, 'paraphrase', why(small));
  const other = judge('The tunnel will cost 4 billion pounds.', 'The tunnel will cost 4m pounds.');
  assert.notEqual(other.verdict, 'paraphrase', why(other));
  const same = judge('The tunnel will cost £4 billion.', 'The tunnel will cost £4 billion.');
  assert.equal(same.verdict, 'verbatim', why(same));
});

test('an order of magnitude is a figure: "hundreds of" is not "thousands of"', () => {
  const other = judge(
    'Hundreds of shops lost power in the storm.',
    'Thousands of shops lost power in the storm.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  const same = judge(
    'Hundreds of shops lost power in the storm.',
    'Hundreds of stores lost power in the storm.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
});

test('a noun or a name closing a whole sentence, put for another, is judged as a rewording', () => {
  const noun = judge('The new levy hits imported timber.', 'The new levy hits imported cement.');
  assert.equal(noun.verdict, 'altered', why(noun));
  const name = judge(
    'The convoy will carry the grain to Odesa.',
    'The convoy will carry the grain to Constanta.',
  );
  assert.equal(name.verdict, 'altered', why(name));
  const synonym = judge('The new levy hits imported lumber.', 'The new levy hits imported timber.');
  assert.equal(synonym.verdict, 'paraphrase', why(synonym));
  // A complement after the object may be put otherwise.
  const complement = judge(
    'We are fighting to keep the depot open.',
    'We are fighting to keep the depot running.',
  );
  assert.notEqual(complement.verdict, 'altered', why(complement));
});

test('a compound noun reworded needs evidence for its head, not for one word of it', () => {
  const r = judge(
    'The storm cut the power grid in the north.',
    'The storm cut the water supply in the north.',
  );
  assert.equal(r.verdict, 'altered', why(r));
  const manner = judge(
    'Our grain exports grew modestly last year.',
    'Our grain exports increased moderately last year.',
  );
  assert.equal(manner.verdict, 'paraphrase', why(manner));
});

test('"considering whether to" weighs the act; "close to" frames only an "-ing" form', () => {
  const decided = judge(
    'The board is considering whether to sell the depot.',
    'The board will sell the depot.',
  );
  assert.equal(decided.verdict, 'altered', why(decided));
  assert.match(why(decided), /verdict\.modality-changed/);
  const same = judge(
    'The board is considering whether to sell the depot.',
    'The board is considering selling the depot.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const verb = judge('We will close the depot in May.', 'We will close the depot in May.');
  assert.equal(verb.verdict, 'verbatim', why(verb));
});

test('"a chance that" hedges what follows', () => {
  const r = judge('There is a chance that the ferry fares will fall.', 'The ferry fares will fall.');
  assert.equal(r.verdict, 'altered', why(r));
  assert.match(why(r), /verdict\.hedge-dropped/);
});

test('a list reordered is no swap; members set in contrast or in order are', () => {
  const list = judge(
    'We discussed fisheries, tariffs and energy with the envoy.',
    'We discussed energy, tariffs and fisheries with the envoy.',
  );
  assert.notEqual(list.verdict, 'altered', why(list));
});

test('a cut that ends on the next clause’s subject hands its verb to the word before the cut', () => {
  const r = judge(
    'The council drew up three plans, but we chose the cheapest.',
    'The council chose the cheapest.',
  );
  assert.equal(r.verdict, 'altered', why(r));
  assert.match(why(r), /verdict\.actor-changed: "council" now does what "we" did/);
  // The same subject on both sides of the cut does the same thing: the actor stands.
  const kept = judge('We drew up three plans, and we chose the cheapest.', 'We chose the cheapest.');
  assert.notEqual(kept.verdict, 'altered', why(kept));
});
