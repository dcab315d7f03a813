import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, speakerOfText } from '../helpers/quotes-of.ts';

/**
 * Speaker rules learned on PolNeAR train, round 4 (issue #8). Every name and sentence is invented
 * for these tests.
 */
const INTRO = 'Shares of Tallo fell on Monday after the company missed its forecast.\n\n';

test('a doubled-apostrophe question or exclamation spills its attribution into the next sentence', () => {
  for (const mark of ['?', '!']) {
    const text = `${INTRO}Ada Lund spoke first. ''Who will pay for the bridge now${mark}'' Mr. Berg asked.`;
    assert.equal(speakerOfText(text, 'pay for the bridge', { kind: 'direct' }), 'Berg', mark);
  }
});

test('a doubled-apostrophe statement closed by a full stop does not take the next sentence as its attribution', () => {
  const text = `${INTRO}Ada Lund spoke first. ''The bridge will be paid for.'' He said, twice, that he would go.`;
  assert.equal(speakerOfText(text, 'will be paid for', { kind: 'direct' }), null);
});

test('an irregular past verb right after a quotation and a name attributes it whatever the verb', () => {
  for (const verb of ['shot back with a laugh', 'swore', 'spoke softly']) {
    const text = `${INTRO}Ada Lund spoke first. “They are all here because he is promising them free stuff,” Berg ${verb}.`;
    assert.equal(speakerOfText(text, 'free stuff', { kind: 'direct' }), 'Berg', verb);
  }
});

test('a state abbreviation set off after a town is no subject, even one the index does not know', () => {
  const text = `${INTRO}The day before, at a rally in Beaumont, Tex., Mr. Varnick was just as blunt, claiming that the mayor wanted higher taxes.`;
  assert.equal(speakerOfText(text, 'the mayor wanted'), 'Varnick');
});

test('a count of time or an adverb opening the sentence before a participle is no speaker; the main subject is', () => {
  for (const opener of ['One month after', 'Shortly after']) {
    const text = `${INTRO}Voters were split. ${opener} announcing his support for the plan, Tom Varnick said that the mayor can win.`;
    assert.equal(speakerOfText(text, 'his support for the plan'), 'Tom Varnick', opener);
  }
});

test('an infinitive after a verb is done by that verb’s subject, not the sentence’s first one', () => {
  const cases: [string, string][] = [
    ['Lund is introducing a bill while Varnick wants to argue that the deal is weak.', 'Varnick'],
    ['Lund is introducing a bill, as Varnick tries to warn that the deal is weak.', 'Varnick'],
    ['Lund visited the plant, while Varnick has been trying to argue that the network is safe.', 'Varnick'],
  ];
  for (const [sentence, speaker] of cases)
    assert.equal(speakerOfText(`${INTRO}Voters were split. ${sentence}`, 'is '), speaker, sentence);
});

test('a noun before a participle or after a preposition controls no infinitive', () => {
  const text = `${INTRO}Voters were split. Ada Lund rallied supporters in Harlow trying to show that the deal is weak.`;
  assert.notEqual(speakerOfText(text, 'the deal is weak'), 'Harlow');
});

test('a reduced passive opening its clause ("When asked by X about …,") is the agent’s act', () => {
  for (const lead of ['When asked', 'Asked']) {
    const text = `${INTRO}Ada Lund spoke first. ${lead} by Tom Varnick on Thursday about raising the tolls, Berg declined.`;
    const quote = quotesOf(text).find((q) => q.text.includes('raising the tolls'));
    assert.equal(quote?.speaker?.name ?? null, 'Tom Varnick', lead);
  }
});

test('an unlisted verb after a quotation attributes it to an indefinite role phrase before it', () => {
  const text = `${INTRO}Tom Varnick spoke first. “Will he be the next county treasurer?” a Liberal staffer in the room wondered.`;
  assert.equal(speakerOfText(text, 'county treasurer', { kind: 'direct' }), 'a Liberal staffer');
});

test('a question spilled into a sentence of a name and an unlisted verb is that name’s', () => {
  const text = `${INTRO}Tom Varnick spoke first. “What made him change so fundamentally?” Berg questioned. “It makes no sense.”`;
  assert.equal(speakerOfText(text, 'change so fundamentally', { kind: 'direct' }), 'Berg');
  const longer = `${INTRO}Tom Varnick spoke first. “What made him change so fundamentally?” Berg questioned the mayor for an hour on Monday.`;
  assert.notEqual(speakerOfText(longer, 'change so fundamentally', { kind: 'direct' }), 'Berg');
});
