import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinLineBreakHyphen } from '../../src/nlp/line-break-hyphen.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { termize } from '../../src/link/provenance/terms.ts';

function joinFirstTwo(text: string): string | null {
  const [a, b] = tokenize(text);
  return joinLineBreakHyphen(text, a!, b!)?.text ?? null;
}

test('a word hyphenated over a line break is one word when the halves make a dictionary word', () => {
  assert.equal(joinFirstTwo('engi-\nneers'), 'engineers');
  assert.equal(joinFirstTwo('settle- \n  ment'), 'settlement');
});

test('a compound broken at its own hyphen, a hyphen inside a line, a capital after it stay two words', () => {
  assert.equal(joinFirstTwo('twenty-\neight'), null);
  assert.equal(joinFirstTwo('engi-neers'), null);
  assert.equal(joinFirstTwo('North-\nWest'), null);
});

test('the aligner reads the hyphenated word as the word', () => {
  const norms = termize('The harbour engi-\nneers agreed.').map((t) => t.norm);
  assert.ok(norms.includes('engineers'), norms.join(' '));
});
