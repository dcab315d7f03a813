import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import { makeArticle } from '../helpers/article.ts';
import { why } from '../helpers/judge-quote.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * A report quoting a video's automatic captions: the words run over caption lines with a time
 * line between each, in lower case without stops; the report restores case and punctuation. The
 * times are no words of the speech, and a source without capitals marks no sentence starts, so a
 * quote opening with a capital mid-clause is the words as said. Every name and sentence is
 * invented for these tests.
 */
const CAPTIONS = [
  'Premier Lise Vandamme: flood update (live)',
  'Office of the Premier',
  'Streamed live on 3 Mar 2026',
  '',
  '0:00',
  'good morning and thank you for joining us',
  '0:04',
  'i want to bring you up to date the river',
  '0:08',
  'rose another half a metre overnight and we',
  '0:12',
  'have moved about 900 people out of their',
  '0:16',
  'homes the shelters in tarnby are full',
  '0:20',
  'so we are opening the sports hall tonight',
  '0:24',
  'and the school in orsby from tomorrow',
  '0:28',
  'please stay off the valley roads',
  '0:32',
  'thank you',
  '[Music]',
].join('\n');

function judge(report: string, said: string) {
  const primary = makeArticle('captions.txt', CAPTIONS);
  const article = makeArticle('report.txt', report, { outlet: 'Wire' });
  const quote = quoteIn('report.txt', report, said, 'Lise Vandamme');
  const out = attachProvenance([quote], [primary, article], [storyOf('captions.txt', ['report.txt'])]);
  return out.at(-1)!.provenance!;
}

test('a quote over caption lines, times between them, capitalised where the speaker ran on, is verbatim', () => {
  const said = 'The river rose another half a metre overnight,';
  const p = judge(`Premier Lise Vandamme gave an update. "${said}" she said.`, said);
  assert.equal(p.verdict, 'verbatim', why(p));
  const moved = 'We have moved about 900 people out of their homes.';
  const q = judge(`The premier said: "${moved}"`, moved);
  assert.equal(q.verdict, 'verbatim', why(q));
});

test('a figure changed in a quote of the captions is still altered', () => {
  const said = 'We have moved about 9,000 people out of their homes.';
  const p = judge(`The premier said: "${said}"`, said);
  assert.equal(p.verdict, 'altered', why(p));
});
