import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LetterPairs, letterPairsOf } from '../../src/nlp/letter-pairs.ts';

test('a text lacking a pair of the word is ruled out; one holding them all is not', () => {
  const pairs = new LetterPairs();
  pairs.read('The envoy spoke to a radio host on Tuesday.');
  assert.equal(pairs.mayHold(letterPairsOf('spoke')), true);
  assert.equal(pairs.mayHold(letterPairsOf('radio')), true);
  assert.equal(pairs.mayHold(letterPairsOf('wrote')), false);
  // Upper-case letters, digits and spaces make no pairs: "Tu" is none, "ue" is one.
  assert.equal(pairs.mayHold(letterPairsOf('tu')), false);
  assert.equal(pairs.mayHold(letterPairsOf('ue')), true);
  // The next text read replaces the last one's pairs.
  pairs.read('A blog post.');
  assert.equal(pairs.mayHold(letterPairsOf('spoke')), false);
  assert.equal(pairs.mayHold(letterPairsOf('post')), true);
});

test('never rules out a word the text contains', () => {
  const pairs = new LetterPairs();
  const unit = fc.constantFrom(...'abeostzAB1 -’é\n'.split(''));
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 50 }), fc.string({ unit, maxLength: 6 }), (text, word) => {
      pairs.read(text);
      if (text.includes(word)) assert.equal(pairs.mayHold(letterPairsOf(word)), true);
    }),
    { numRuns: 3000 },
  );
  // A word cut from the text is contained in it.
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 50 }), fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const word = text.slice(from, from + (b % 8));
      pairs.read(text);
      assert.equal(pairs.mayHold(letterPairsOf(word)), true);
    }),
    { numRuns: 3000 },
  );
});
