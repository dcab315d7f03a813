import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { wordFilterOf } from '../../src/nlp/word-filter.ts';

test('a word of the set is always a maybe; a word differing in length or an end letter is not', () => {
  const filter = wordFilterOf(['said', 'told', 'according', 'warned']);
  for (const w of ['said', 'told', 'according', 'warned']) assert.equal(filter.mayHave(w), true);
  assert.equal(filter.mayHave('the'), false);
  assert.equal(filter.mayHave('sad'), false);
  assert.equal(filter.mayHave('saie'), false);
  // Same length and end letters: the filter cannot tell, the look-up after it does.
  assert.equal(filter.mayHave('sand'), true);
});

test('words it cannot judge (capitals, digits, other scripts, very long) are a maybe', () => {
  const filter = wordFilterOf(['said']);
  for (const w of ['Said', 'said2', 'заявил', 'é', 'x'.repeat(40), '']) assert.equal(filter.mayHave(w), true);
});

test('no word of any set is ever ruled out', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (words) => {
      const filter = wordFilterOf(words);
      for (const w of words) assert.equal(filter.mayHave(w), true);
    }),
  );
});
