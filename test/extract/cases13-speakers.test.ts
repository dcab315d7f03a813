/**
 * Speaker constructions the thirteenth case round (issue #7) exposed, in sentences written for the
 * test: "he" after an outlet's short name with its article ("When the Gazette asked …"), and a
 * headline's "told" with nothing after it, a passive whose noun heard the words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

test('"he" after "the Gazette asked X …" is X, not the paper', () => {
  const text = [
    'Harbour budget',
    'When the Gazette asked Orrin Castellane whether fares would rise, the harbour director said they "could double by June."',
    'He conceded the old boats cost "more to run every winter".',
  ].join('\n\n');
  const who = speakerOfText(text, 'more to run every winter', { kind: 'direct' });
  assert.ok(who === 'Orrin Castellane' || who === 'the harbour director', String(who));
});

test('look-alike: a person named without an article is still "he"', () => {
  const text = [
    'Harbour budget',
    'Orrin Castellane, the harbour director, met the Gazette on Monday.',
    'He conceded the old boats cost "more to run every winter".',
  ].join('\n\n');
  assert.equal(speakerOfText(text, 'more to run every winter', { kind: 'direct' }), 'Orrin Castellane');
});

test('a headline\'s closing "told" is passive: "…, MSPs told" names the hearers', () => {
  for (const hearers of ['MSPs', 'Senate']) {
    const text = [
      `Lake authority 'short of divers', ${hearers} told`,
      '12 May 2026',
      'The lakes authority told a committee on Monday that it was short of divers.',
    ].join('\n\n');
    const who = speakerOfText(text, 'short of divers', { kind: 'direct' });
    assert.ok(who === null || !who.includes(hearers), String(who));
  }
});

test('look-alike: an active "told" with its hearer keeps its subject', () => {
  const text = [
    "Tovar told councillors the authority was 'short of divers'",
    'The lakes authority is four divers short of its summer crew.',
  ].join('\n\n');
  assert.equal(speakerOfText(text, 'short of divers', { kind: 'direct' }), 'Tovar');
});

test('a place name joined by hyphens round its particle stays whole before a role noun', () => {
  const text = [
    'Storm damage',
    'The Stratford-upon-Avon caller told the presenter: "The water was at our knees within the hour."',
  ].join('\n\n');
  assert.equal(speakerOfText(text, 'at our knees', { kind: 'direct' }), 'The Stratford-upon-Avon caller');
});
