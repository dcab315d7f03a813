import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * Speaker rules learned on PolNeAR train (issue #8). Every name and sentence is invented
 * for these tests.
 */
const INTRO = 'Shares of Tallo fell on Monday after the company missed its forecast.\n\n';

test('a doubled-apostrophe question or exclamation spills its attribution into the next sentence', () => {
  for (const mark of ['?', '!']) {
    const text = `${INTRO}Ada Lund spoke first. ''Who will pay for the bridge now${mark}'' Mr. Berg asked.`;
    assert.equal(speakerOfText(text, 'pay for the bridge', { kind: 'direct' }), 'Berg', mark);
  }
});

test('a doubled-apostrophe statement ending in a period does not take the next sentence as its attribution', () => {
  const text = `${INTRO}Ada Lund spoke first. ''The bridge will be paid for.'' He said, twice, that he would go.`;
  assert.equal(speakerOfText(text, 'will be paid for', { kind: 'direct' }), null);
});

test('an irregular past verb right after a quotation and a name attributes it whatever the verb', () => {
  for (const verb of ['shot back with a laugh', 'swore', 'spoke softly']) {
    const text = `${INTRO}Ada Lund spoke first. “They are all here because he is promising them free stuff,” Berg ${verb}.`;
    assert.equal(speakerOfText(text, 'free stuff', { kind: 'direct' }), 'Berg', verb);
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
