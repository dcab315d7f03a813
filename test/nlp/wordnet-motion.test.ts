import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comeBackReading, isArrivalVerb } from '../../src/nlp/wordnet/motion.ts';

test('a verb of arrival is one WordNet files with "come" as motion, in any inflection', () => {
  for (const w of ['get', 'got', 'arriving']) assert.equal(isArrivalVerb(w), true, w);
  // "come" itself needs no reading; "go", "move" and "bring" are no arrival ("moved back" may be postponed).
  for (const w of ['come', 'go', 'moved', 'bring', 'budget']) assert.equal(isArrivalVerb(w), false, w);
});

test('"back" reads as a direction only before a goal or the end of a clause, never before an object', () => {
  assert.equal(comeBackReading('get back into', ' the stadium'), 'come back into');
  assert.equal(comeBackReading('arrived back', ' home on Friday'), 'come back');
  assert.equal(comeBackReading('got back', ', they met'), 'come back');
  assert.equal(comeBackReading('got back', ' the money'), null);
  assert.equal(comeBackReading('moved back', ' to June'), null);
  assert.equal(comeBackReading('get away', ' from the coast'), null);
});
