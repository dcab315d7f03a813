import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ENGLISH_MONTH_ABBREVIATIONS,
  ENGLISH_MONTH_NAMES,
  ENGLISH_WEEKDAY_NAMES,
} from '../../src/nlp/lexicons/calendar-words.ts';

test('calendar words: English month names in full, in calendar order', () => {
  assert.equal(ENGLISH_MONTH_NAMES.length, 12);
  assert.equal(ENGLISH_MONTH_NAMES[0], 'january');
  assert.equal(ENGLISH_MONTH_NAMES[4], 'may');
  assert.equal(ENGLISH_MONTH_NAMES[8], 'september');
  assert.equal(ENGLISH_MONTH_NAMES[11], 'december');
});

test('calendar words: English month abbreviations hold no full name and no Russian form', () => {
  assert.ok(ENGLISH_MONTH_ABBREVIATIONS.includes('sept'));
  assert.ok(ENGLISH_MONTH_ABBREVIATIONS.includes('dec'));
  assert.ok(!ENGLISH_MONTH_ABBREVIATIONS.includes('may'));
  assert.ok(!ENGLISH_MONTH_ABBREVIATIONS.includes('ноя'));
  for (const a of ENGLISH_MONTH_ABBREVIATIONS) assert.ok(!ENGLISH_MONTH_NAMES.includes(a), a);
});

test('calendar words: English weekday names in full only', () => {
  assert.deepEqual(ENGLISH_WEEKDAY_NAMES, [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
  ]);
});
