import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineLengthAt } from '../../src/nlp/dateline.ts';
import { quoteHolding, quotesOf } from '../helpers/quotes-of.ts';

/**
 * A wire lede reports its clause after the dateline: "KERROW, May 3 (Wire) - The council will …,
 * officials said." The dateline says where the story was filed, not what anyone said. Invented
 * sentences.
 */
test('a clause reported in a wire lede starts after its dateline', () => {
  for (const [lede, clause] of [
    [
      'KERROW, May 3 (Harbour Wire) - The council will close the ferry pier for a month, officials said.',
      'The council will close',
    ],
    [
      'ASHFORD BAY — Tolls on the coast road will double in June, the transport minister said on Friday.',
      'Tolls on the coast road',
    ],
    [
      'NEW MARLOW, Dunn County (AP) -- Two schools will merge next year, the district said.',
      'Two schools will merge',
    ],
  ] as const) {
    const q = quoteHolding(quotesOf(`Pier to close\n\n${lede}`), clause, 'indirect');
    assert.ok(q.text.startsWith(clause), q.text);
  }
});

test('only a dateline opening a line is one', () => {
  assert.equal(datelineLengthAt('Ferry news\n\nKERROW — The pier closes.', 12), 'KERROW — '.length);
  assert.equal(datelineLengthAt('He said KERROW — the town — was ready.', 8), 0);
  // A headline's score in capitals is no dateline.
  assert.equal(datelineLengthAt('OTTERS 3 - 2 PELLSTON', 0), 0);
});
