import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsWholeWord, lastIndexWithin } from '../../src/nlp/text-search.ts';

test('a whole word is found between non-letters, not inside another word', () => {
  assert.equal(containsWholeWord('As Ms Roe said, the tunnel', 'Roe'), true);
  assert.equal(containsWholeWord('Mayor Monroe said', 'Roe'), false);
  assert.equal(containsWholeWord('Roe2 said', 'Roe'), false);
  assert.equal(containsWholeWord('ms roe said', 'Roe'), false);
  assert.equal(containsWholeWord('ms roe said', 'Roe', true), true);
});

test("a word's regular-expression characters are taken literally", () => {
  assert.equal(containsWholeWord('Ida O.Daly spoke', "O'Daly"), false);
  assert.equal(containsWholeWord("Ida O'Daly spoke", "O'Daly"), true);
  assert.equal(containsWholeWord('the A+B plan', 'A+B'), true);
  assert.equal(containsWholeWord('the AAB plan', 'A+B'), false);
});

test('lastIndexWithin reads back no further than its floor', () => {
  assert.equal(lastIndexWithin('a, b, c', ',', 6, 0), 4);
  assert.equal(lastIndexWithin('a, b, c', ',', 6, 5), -1);
  assert.equal(lastIndexWithin('a, b, c', ',', 99, 0), 4);
});
