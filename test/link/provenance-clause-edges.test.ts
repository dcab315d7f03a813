import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Verdict } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * Where a quote starts inside the speaker's sentence: after "and" with light words only before
 * its one content word, and after a conditional clause whose negation stays in that clause.
 * Sentences written for this test.
 */
const ROWS: [said: string, reported: string, verdict: Verdict][] = [
  // Every word kept in order: the passage starts at "I", not at the first content word.
  ['It is, and I would want it to run quicker.', 'I would want it to run quicker,', 'verbatim'],
  [
    'Yes, and we would like it to be over by the summer.',
    'We would like it to be over by the summer.',
    'verbatim',
  ],
  // The "n't" of the "if" clause does not reach past its comma into the words quoted.
  [
    "If they don't, the farmers will be free to sue them in the county court.",
    'the farmers will be free to sue them in the county court',
    'verbatim',
  ],
  ['Unless the river floods, we will not close the road.', 'we will close the road', 'altered'],
  [
    'If we do not act now, the river will flood the lower town.',
    'If we act now, the river will flood the lower town.',
    'altered',
  ],
];

function judge(said: string, reported: string): Verdict | undefined {
  const primaryText = `Remarks by Ilsa Varnholt\n\nILSA VARNHOLT: ${said}\n\nEND\n`;
  const primary = makeArticle('primary.txt', primaryText, { outlet: 'Office of the Mayor' });
  const reportText = `Varnholt said: “${reported}”`;
  const q = quoteIn('report.txt', reportText, reported, 'Ilsa Varnholt');
  const story = storyOf('primary.txt', ['report.txt']);
  const report = makeArticle('report.txt', reportText, { outlet: 'Outlet' });
  return attachProvenance([q], [primary, report], [story])[0]!.provenance?.verdict;
}

for (const [said, reported, verdict] of ROWS) {
  test(`clause edges: "${reported}" is ${verdict}`, () => {
    assert.equal(judge(said, reported), verdict, `source: ${said}`);
  });
}
