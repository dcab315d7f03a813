import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * "Surname of the <body in lower case> said": the person speaks for the body; the phrase as a
 * whole names no one. Every name and sentence is invented for these tests.
 */
test('a known person before "of" and a body in lower case is the speaker, not the whole phrase', () => {
  const text =
    'Maria Okonjo leads a network of tenant groups. "We are close," she said.\n\nOkonjo of the tenants\' network said an agreement could come "once the landlords give ground."';
  assert.equal(speakerOfText(text, 'once the landlords give ground', { kind: 'direct' }), 'Maria Okonjo');
});

test('a plural role before "of" a body stays the group that speaks', () => {
  const text = 'The talks went on.\n\nNurses of the county union said the offer was "only a start."';
  assert.doesNotMatch(speakerOfText(text, 'only a start', { kind: 'direct' }) ?? '', /Okonjo/u);
});

test('a surname alone, never given in full, before "of" a body is still the person', () => {
  const text =
    'The talks went on late.\n\nThe holdout. Okafor of the dockers\' union said the offer was "a start and no more than that."';
  assert.equal(speakerOfText(text, 'a start and no more', { kind: 'direct' }), 'Okafor');
});
