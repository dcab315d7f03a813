import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termize } from '../../src/link/provenance/terms.ts';
import { judgeQuote as judge, type Setting } from '../helpers/judge-quote.ts';

/**
 * Rules added when the verdicts were tried on a second challenge set by another writer
 * (test/fixtures/invented-pairs-2.jsonl, `node eval/invented-pairs.ts --set 2`). Each test pairs a
 * change that alters what was said with a look-alike that keeps it; the sentences are new.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

/** A report whose own words negate the quote: she would not “…”. */
const WOULD_NOT: Setting = {
  header: 'Remarks by Mayor Ines Duarte',
  speaker: 'Ines Duarte',
  report: (said) => `Duarte said she would not “${said}” this winter.`,
};

test('the "not" of a pseudo-cleft ("what we will not do is …") negates the verb after "is"', () => {
  const cleft = 'What we will not do is shut the canal to pleasure craft.';
  const kept = judge(cleft, 'shut the canal to pleasure craft', WOULD_NOT);
  assert.notEqual(kept.verdict, 'altered', why(kept));
  const flipped = judge(cleft, 'We will shut the canal to pleasure craft.');
  assert.equal(flipped.verdict, 'altered', why(flipped));
  assert.match(why(flipped), /negation-dropped/);
  // The cleft without "not": the report's own "would not" is then a negation added.
  const added = judge(
    'What we will do is shut the canal to pleasure craft.',
    'shut the canal to pleasure craft',
    WOULD_NOT,
  );
  assert.equal(added.verdict, 'altered', why(added));
});

test('a currency written as a word after the scale is the sign before the figure', () => {
  const euros = judge(
    'The dam will cost €2.4bn to repair.',
    'The dam will cost 2.4 billion euros to repair.',
  );
  assert.equal(euros.verdict, 'paraphrase', why(euros));
  const pounds = judge(
    'The dam will cost £2.4 million to repair.',
    'The dam will cost 2.4 million pounds to repair.',
  );
  assert.equal(pounds.verdict, 'paraphrase', why(pounds));
  const other = judge(
    'The dam will cost £2.4 million to repair.',
    'The dam will cost 4.2 million pounds to repair.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  // Without a scale, "pounds" is as often a weight: it stays the word it is.
  const weight = judge(
    'The lorry carried 500 pounds of fertiliser.',
    'The lorry carried 500 kilograms of fertiliser.',
  );
  assert.equal(weight.verdict, 'altered', why(weight));
});

test('a bare "m" before a plural noun counts things in millions; before a singular it is a length', () => {
  const same = judge(
    'The scheme now reaches 2.5 million pensioners.',
    'The scheme now reaches 2.5m pensioners.',
  );
  assert.equal(same.verdict, 'paraphrase', why(same));
  const other = judge(
    'The scheme now reaches 2.5 million pensioners.',
    'The scheme now reaches 25m pensioners.',
  );
  assert.equal(other.verdict, 'altered', why(other));
  const figures = (text: string) => termize(text).flatMap((t) => (t.num === null ? [] : [t.num]));
  assert.deepEqual(figures('a 2m wall'), ['2m']);
  assert.deepEqual(figures('2m people'), ['2000000']);
});

test('an infinitive put as "will" + the verb asserts what was expected, wanted or reserved', () => {
  const expected = judge('I expect the new ferry to sail in June.', 'the new ferry will sail in June');
  assert.equal(expected.verdict, 'altered', why(expected));
  assert.match(why(expected), /hedge-dropped: "to sail" → "will sail"/);
  const reserved = judge('We reserve the right to appeal the ruling.', 'We will appeal the ruling.');
  assert.equal(reserved.verdict, 'altered', why(reserved));
  assert.match(why(reserved), /modality-changed: "to appeal" → "will appeal"/);
  // The infinitive kept is the speaker's wording; the hedge before the quote is its context.
  const kept = judge('I expect the new ferry to sail in June.', 'the new ferry to sail in June');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('an estimate is a hedge: a sentence quoted whole without it states a figure as fact', () => {
  const cut = judge(
    'We estimate that the repairs will cost two million.',
    'The repairs will cost two million.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /hedge-dropped/);
  const fragment = judge(
    'We estimate that the repairs will cost two million.',
    'the repairs will cost two million',
  );
  assert.equal(fragment.verdict, 'verbatim', why(fragment));
});

test('a noun of likelihood before a clause hedges it; before "to" or "of" it does not', () => {
  const cut = judge(
    'I think there is a good chance we can finish the tunnel by May.',
    'I think we can finish the tunnel by May.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /hedge-dropped: "chance"/);
  const hedges = (text: string) => termize(text).flatMap((t) => (t.hedge ? [t.norm] : []));
  assert.deepEqual(hedges('there is a good chance we win'), ['chance']);
  assert.deepEqual(hedges('a chance to speak to the chance of rain'), []);
});

test('a word put for one WordNet defines as it pushed to the extreme weakens the claim', () => {
  const softened = judge('The storm destroyed the pier.', 'The storm damaged the pier.');
  assert.equal(softened.verdict, 'altered', why(softened));
  assert.match(why(softened), /wording-softened: "destroyed" → "damaged"/);
  const chilly = judge('The night was frigid.', 'The night was chilly.');
  assert.match(why(chilly), /wording-softened/);
  // A synonym of one grade stays a paraphrase, either way round.
  const same = judge('The storm wrecked the pier.', 'The storm destroyed the pier.');
  assert.notEqual(same.verdict, 'altered', why(same));
  const tiny = judge('The gap is tiny.', 'The gap is minute.');
  assert.notEqual(tiny.verdict, 'altered', why(tiny));
});

test('a word put in another’s place is paired with it though the passage says it elsewhere', () => {
  const passage = 'The flood destroyed the school and damaged two bridges.';
  const put = judge(passage, 'The flood damaged the school');
  assert.equal(put.verdict, 'altered', why(put));
  assert.match(why(put), /wording-softened: "destroyed" → "damaged"/);
  // Clauses moved whole are no word put in another's place.
  const moved = judge(
    'Rents have risen faster than wages, and heating costs have doubled.',
    'heating costs have doubled, and rents have risen faster than wages',
  );
  assert.notEqual(moved.verdict, 'altered', why(moved));
});

test('each passage an ellipsis joins is looked for in its own sentence', () => {
  const passage =
    'Burglaries fell by a fifth over the year. That is welcome, but the rate is still higher than it was in 2015, and we know it.';
  const joined = judge(
    passage,
    'Burglaries fell by a fifth over the year … the rate is still higher than it was in 2015',
  );
  assert.equal(joined.verdict, 'paraphrase', why(joined));
  const changed = judge(
    passage,
    'Burglaries fell by a fifth over the year … the rate is still higher than it was in 2005',
  );
  assert.equal(changed.verdict, 'altered', why(changed));
});

test('a "not" the quote keeps is not dropped from a clause the ellipsis cut apart from it', () => {
  const passage =
    'The club will not sign the striker until the medical, which was set for Friday, has been carried out and the doctors have reported.';
  const kept = judge(
    passage,
    'will not sign the striker until the medical … has been carried out and the doctors have reported',
  );
  assert.notEqual(kept.verdict, 'altered', why(kept));
  const dropped = judge(
    passage,
    'will sign the striker until the medical … has been carried out and the doctors have reported',
  );
  assert.equal(dropped.verdict, 'altered', why(dropped));
  assert.match(why(dropped), /negation-dropped/);
});

test('"until" after a negation sets the condition of the act; after a plain clause it bounds a time', () => {
  const cut = judge(
    'We will not reopen the bridge until the engineers sign it off.',
    'We will not reopen the bridge.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /condition-dropped: "until the engineers sign it off"/);
  const fragment = judge(
    'We will not reopen the bridge until the engineers sign it off.',
    'will not reopen the bridge',
  );
  assert.equal(fragment.verdict, 'verbatim', why(fragment));
  const time = judge('We will keep searching the river until dawn.', 'We will keep searching the river.');
  assert.doesNotMatch(why(time), /condition-dropped/);
});

test('two figures each put in the other’s place change what each counts; a phrase moved whole does not', () => {
  const passage = 'The levy is 5 percent for cars and 2 percent for vans.';
  const swapped = judge(passage, 'The levy is 2 percent for cars and 5 percent for vans.');
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /number-changed: "2 percent" and "5 percent" stand in each other's place/);
  const moved = judge(passage, '2 percent for vans and 5 percent for cars');
  assert.notEqual(moved.verdict, 'altered', why(moved));
  const years = judge('Sales rose in 2019 and fell in 2021.', 'Sales fell in 2021 and rose in 2019');
  assert.notEqual(years.verdict, 'altered', why(years));
});

test('an adjective a partial quote opens on, put before the speaker’s noun phrase, is added', () => {
  const passage = 'Inspectors will gain new powers to shut dirty kitchens.';
  const added = judge(passage, 'sweeping new powers to shut dirty kitchens');
  assert.equal(added.verdict, 'altered', why(added));
  assert.match(why(added), /word-added: "sweeping"/);
  // A modifier of the speaker's reworded at the edge is no addition.
  const reworded = judge(
    'Inspectors will gain broad powers to shut dirty kitchens.',
    'wide powers to shut dirty kitchens',
  );
  assert.notEqual(reworded.verdict, 'altered', why(reworded));
  const kept = judge(passage, 'new powers to shut dirty kitchens');
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('"I want to say" before a figure, or set off by commas, hedges it; before anything else it announces', () => {
  const cut = judge('We will hire, I want to say, 40 more nurses.', 'We will hire 40 more nurses.');
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /hedge-dropped: "i want to say"/);
  const thanks = judge('First, I want to say thank you to the crews.', 'First, thank you to the crews.');
  assert.notEqual(thanks.verdict, 'altered', why(thanks));
});

test('a phrase saying which people, cut after a plural of people, widens the claim; a verb’s adjunct does not', () => {
  const cut = judge(
    'We will pay the grant to families with young children, and to nobody else.',
    'We will pay the grant to families, and to nobody else.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
  assert.match(why(cut), /qualifier-dropped: "with young children"/);
  const manner = judge(
    'The crews delivered the supplies with great care, and left.',
    'The crews delivered the supplies, and left.',
  );
  assert.notEqual(manner.verdict, 'altered', why(manner));
  const time = judge('We met the families in May, and listened.', 'We met the families, and listened.');
  assert.notEqual(time.verdict, 'altered', why(time));
});

test('"decline" refuses after a personal subject or before an infinitive; a quantity that declines falls', () => {
  const refused = judge(
    'We have never refused to meet the unions.',
    'We have never declined to meet the unions.',
  );
  assert.notEqual(refused.verdict, 'altered', why(refused));
  const flipped = judge(
    'We have never refused to meet the unions.',
    'We have always declined to meet the unions.',
  );
  assert.equal(flipped.verdict, 'altered', why(flipped));
  const negated = (text: string) => termize(text).flatMap((t) => (t.neg ? [t.norm] : []));
  assert.deepEqual(negated('she declined to comment'), ['declined']);
  assert.deepEqual(negated('exports declined last year'), []);
  assert.deepEqual(negated('exports have declined to their lowest level'), []);
});
