import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/nlp/sentences.ts';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('a full stop after a title or an initial does not end the sentence', () => {
  const text = 'Mr. Okafor met Gen. Ruiz and J. Alder. They spoke for an hour.';
  assert.deepEqual(sentencesOf(text), ['Mr. Okafor met Gen. Ruiz and J. Alder.', 'They spoke for an hour.']);
});

test('dotted initials are not a sentence end: "G.K. Hollis", "J.P. Varga"', () => {
  const text = 'The motion was backed by Rep. G.K. Hollis and the bank J.P. Varga. It failed.';
  assert.deepEqual(sentencesOf(text), [
    'The motion was backed by Rep. G.K. Hollis and the bank J.P. Varga.',
    'It failed.',
  ]);
});

test('delegates, senators, reverends, mountains and case names keep their sentence', () => {
  const text =
    'Del. Anna Reyes and Sens. Ode and Brink cited Marsh v. Delmont County. The Rev. Tom Ash climbed Mt. Kessel.';
  assert.deepEqual(sentencesOf(text), [
    'Del. Anna Reyes and Sens. Ode and Brink cited Marsh v. Delmont County.',
    'The Rev. Tom Ash climbed Mt. Kessel.',
  ]);
});

test('a sentence ending in a plain word still ends', () => {
  const text = 'The talks ended. Ministers left on Friday! Would they return? Nobody knew.';
  assert.deepEqual(sentencesOf(text), [
    'The talks ended.',
    'Ministers left on Friday!',
    'Would they return?',
    'Nobody knew.',
  ]);
});

test("quotations marked with two apostrophes (''…'') end and open sentences as curly marks do", () => {
  const text =
    "The mayor called the allies ''free riders.'' Tomas Weller went further. ''We are done,'' he said. ''And we will leave.'' Nobody replied.";
  assert.deepEqual(sentencesOf(text), [
    "The mayor called the allies ''free riders.''",
    'Tomas Weller went further.',
    "''We are done,'' he said.",
    "''And we will leave.''",
    'Nobody replied.',
  ]);
});

test('a single closing apostrophe after a full stop ends the sentence too', () => {
  const text = "She said 'never.' The talks ended.";
  assert.deepEqual(sentencesOf(text), ["She said 'never.'", 'The talks ended.']);
});

test('quotations in German, Polish and French marks end and open sentences as English ones do', () => {
  const text =
    'The mayor spoke first. „We will rebuild the bridge.“ The minister answered. „Not this year.” ' +
    'Her deputy agreed. ‚Later,‘ he said. «We wait.» The session closed.';
  assert.deepEqual(sentencesOf(text), [
    'The mayor spoke first.',
    '„We will rebuild the bridge.“',
    'The minister answered.',
    '„Not this year.”',
    'Her deputy agreed.',
    '‚Later,‘ he said.',
    '«We wait.»',
    'The session closed.',
  ]);
});
