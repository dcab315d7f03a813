import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflectionStem, stem } from '../../src/nlp/stem.ts';

test('stem: British spellings fold, suffixes go, and a remembered answer is the same answer', () => {
  const cases: [string, string][] = [
    ['seizing', 'seiz'],
    ['labours', 'labor'],
    ['emphasised', 'emphas'],
    ['new', 'new'],
    ['g20s', 'g20s'],
  ];
  for (let round = 0; round < 2; round++)
    for (const [word, want] of cases) assert.equal(stem(word), want, `${word} (round ${round})`);
  // Longer than the memo keeps: computed each time, still the same.
  assert.equal(stem('internationalisations'), stem('internationalizations'));
});

test('inflectionStem: inflection off, derivation kept, across a memo cleared when full', () => {
  assert.equal(inflectionStem('seizes'), 'seiz');
  assert.equal(inflectionStem('seized'), 'seiz');
  assert.notEqual(inflectionStem('decision'), inflectionStem('decisively'));
  // More distinct words than the memo holds: answers after it is cleared are still computed.
  for (let i = 0; i < 60_000; i++) inflectionStem(`w${i}ies`);
  assert.equal(inflectionStem('w7ies'), 'w7y');
  assert.equal(inflectionStem('seizing'), 'seiz');
});
