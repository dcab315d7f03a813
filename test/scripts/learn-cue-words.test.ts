/**
 * Cue words learned from annotated records (scripts/learn-cue-words.ts), on records invented here:
 * each sentence's marked word is the head of an annotated cue. ../shared is not needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANY_FORM_SHARE, type CueRecord, learnCueWords } from '../../scripts/learn-cue-words.ts';

/**
 * One record of the sentences, each `[text, cue]`: `cue` (a word of the text, or null) is the
 * annotated cue's span.
 */
function record(sentences: readonly (readonly [string, string | null])[]): CueRecord {
  let text = '';
  const attributions: { cue: [number, number] | null }[] = [];
  for (const [sentence, cue] of sentences) {
    const at = text.length;
    text += `${sentence} `;
    if (cue === null) continue;
    const start = at + sentence.indexOf(cue);
    attributions.push({ cue: [start, start + cue.length] });
  }
  return { text, attributions };
}

/** `n` copies of a sentence with its cue. */
function times(n: number, sentence: string, cue: string | null): [string, string | null][] {
  return Array.from({ length: n }, () => [sentence, cue]);
}

test('a stem heading most of its uses makes every form of it a cue word, bare and -s forms too', () => {
  const learned = learnCueWords([
    record([
      ...times(3, 'The mayor grumbled that the ferry was late.', 'grumbled'),
      ['Residents also grumbles about it.', 'grumbles'],
      ['Nobody will grumble at the harbour.', null],
    ]),
  ]);
  assert.ok(ANY_FORM_SHARE <= 4 / 5);
  for (const form of ['grumble', 'grumbles', 'grumbled']) assert.ok(learned.words.includes(form), form);
  assert.ok(learned.byStem.has('grumble'));
  assert.ok(learned.stems.includes('grumbl'));
});

test('a stem used mostly otherwise keeps its bare and -s forms out, though its past form is a cue', () => {
  const learned = learnCueWords([
    record([
      ...times(4, 'The minister warned that tolls would rise.', 'warned'),
      ...times(26, 'A sign warns drivers of ice.', null),
    ]),
  ]);
  assert.ok(learned.words.includes('warned'));
  assert.ok(learned.stems.includes('warn'), 'the stem still gives its -ed and -ing forms');
  assert.ok(!learned.words.includes('warns'));
  assert.ok(!learned.byStem.has('warns'));
});

test('a word that heads a few cues among many other uses is no cue word, nor is its stem', () => {
  const learned = learnCueWords([
    record([
      ...times(4, 'The firm shares its figures.', 'shares'),
      ...times(60, 'Its shares fell sharply.', null),
    ]),
  ]);
  assert.ok(!learned.words.includes('shares'));
  assert.ok(!learned.words.includes('share'));
  assert.deepEqual(learned.stems, []);
});

test('an adverb before the cue is passed over: the verb after it is the head learned', () => {
  const learned = learnCueWords([record(times(4, 'The council also condemned the plan.', 'also condemned'))]);
  assert.ok(learned.words.includes('condemned'));
  assert.ok(!learned.words.includes('also'));
});
