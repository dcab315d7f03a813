/**
 * Constructions from a real business report and a real court report read by the lead (December 2026), in sentences written for the test: a subject modified by a past participle and its agent
 * ("Analysts polled by Kestria Data had expected …"), whose agent is no speaker; a name set off
 * after a role that has its own phrase ("X’s deputy director of public prosecutions, Ana Berg, said").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

test('"analysts polled by X had expected": the analysts, not the pollster', () => {
  const text =
    'Shares\n\nRevenue rose 3.5 percent. Analysts polled by Kestria Data had expected that revenue would reach $27 billion.';
  assert.equal(speakerOfText(text, 'revenue would reach'), 'Analysts');
});

test('the same with modifiers before the noun ("Wall Street analysts surveyed by X were expecting")', () => {
  const text =
    'Shares\n\nRevenue rose 3.5 percent. Wall Street analysts surveyed by Kestria Data were expecting $2.52 a share.';
  assert.equal(speakerOfText(text, '$2.52 a share'), 'Wall Street analysts');
});

test('look-alike: a name before the verb with no participle before it is the subject', () => {
  const text =
    'Shares\n\nRevenue rose 3.5 percent. Kestria Data had expected that revenue would reach $27 billion.';
  assert.equal(speakerOfText(text, 'revenue would reach'), 'Kestria Data');
});

test('a name set off after a role with its phrase speaks ("“…,” X’s deputy director of public prosecutions, Ana Berg, said")', () => {
  const text =
    'Case\n\nKestria has dropped the inquiry. “The evidence is not strong enough to file charges,” Kestria’s deputy director of public prosecutions, Ana Berg, said on Tuesday.';
  assert.equal(speakerOfText(text, 'not strong enough', { kind: 'direct' }), 'Ana Berg');
});
