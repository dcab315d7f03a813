import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areOtherUnits, stateOtherCounts } from '../../src/nlp/wordnet/counts.ts';

test('two units of one measure are other amounts; one unit spelt two ways is not', () => {
  assert.equal(areOtherUnits('hours', 'minutes'), true);
  assert.equal(areOtherUnits('miles', 'kilometers'), true);
  assert.equal(areOtherUnits('kilometres', 'kilometers'), false);
  assert.equal(areOtherUnits('homes', 'houses'), false);
  assert.equal(areOtherUnits('hours', 'hours'), false);
});

test('words that state a figure without digits state two values when the figures differ', () => {
  assert.equal(stateOtherCounts('doubled', 'tripled'), true);
  assert.equal(stateOtherCounts('doubled', 'twofold'), false);
});
