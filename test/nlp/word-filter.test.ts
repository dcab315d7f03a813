import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { wordFilterOf } from '../../src/nlp/word-filter.ts';

test('a word of the set is always a maybe; most other words are a no', () => {
  const set = ['said', 'told', 'according', 'warned'];
  const filter = wordFilterOf(set);
  for (const w of set) assert.equal(filter.mayHave(w), true);
  // Words sharing length and end letters with the set's, which the old filter let through.
  const others = [
    'sand',
    'sold',
    'toad',
    'tend',
    'seed',
    'send',
    'warded',
    'wanted',
    'alongsiding',
    'the',
    'Said',
  ];
  const passed = others.filter((w) => filter.mayHave(w));
  assert.ok(passed.length <= 1, `passed: ${passed.join(', ')}`);
});

test('few words outside a set of a few hundred pass', () => {
  const set = Array.from({ length: 500 }, (_, i) => `word${i}`);
  const filter = wordFilterOf(set);
  const outside = Array.from({ length: 10_000 }, (_, i) => `other${i}`);
  const passed = outside.filter((w) => filter.mayHave(w)).length;
  // 500 of 65,536 bits set: about 0.8% pass; 3% allows for the hash's unevenness.
  assert.ok(passed < 300, `${passed} of 10000 passed`);
});

test('no word of any set is ever ruled out (capitals, digits, other scripts, long words, the empty word)', () => {
  const filter = wordFilterOf(['Said', 'said2', 'заявил', 'é', 'x'.repeat(40), '']);
  for (const w of ['Said', 'said2', 'заявил', 'é', 'x'.repeat(40), '']) assert.equal(filter.mayHave(w), true);
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (words) => {
      const filter = wordFilterOf(words);
      for (const w of words) assert.equal(filter.mayHave(w), true);
    }),
  );
});
