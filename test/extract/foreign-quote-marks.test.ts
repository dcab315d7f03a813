/**
 * Quotations printed in another convention's marks („…“ in German, „…” in Polish, «…» in French)
 * open sentences as English ones do, so reported speech is never read inside them: an article
 * translated for an English edition keeps its marks. Invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

const TEXT =
  'Chancellor Greta Holm spoke in Kiel on Monday.\n\n' +
  '„We will rebuild the harbour. We will do it this year“, the chancellor told reporters. „I do not know what the opposition wants from us.“\n\n' +
  'Holm argued with the budget: the money was already set aside. „It is not for us, it is for the fishermen“, she said.\n\n' +
  'She also claimed to know the mood in the town. «There are 9,000 people there. They want the harbour.»';

test('no reported speech is read inside a quotation in German or French marks', () => {
  const article = makeArticle('foreign-marks', TEXT);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    direct.map((q) => q.text),
    [
      'We will rebuild the harbour. We will do it this year',
      'I do not know what the opposition wants from us.',
      'It is not for us, it is for the fishermen',
      'There are 9,000 people there. They want the harbour.',
    ],
  );
  for (const q of quotes.filter((x) => x.kind === 'indirect')) {
    for (const d of direct) {
      const overlap = Math.min(q.end, d.end) - Math.max(q.start, d.start);
      assert.ok(
        overlap <= 0,
        `reported speech ${JSON.stringify(q.text)} runs into the quotation ${JSON.stringify(d.text)}`,
      );
    }
  }
});
