import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * A delegate a report names only by country ("Chile's man on the panel", "the Finnish envoy") is
 * the speaker the record labels with that country, when the quote's words are found in that
 * speaker's turn. Every name and sentence is invented for these tests.
 */
const RECORD = [
  'Regional Council on Inland Waters',
  '',
  'The President: Chile has asked to speak. I give the floor to Chile.',
  '',
  'Mr. Araya (Chile): Chile will share the data of all its gauging stations from next year, and we ask every member to do the same.',
  '',
  'The President: I give the floor to Finland.',
  '',
  'Ms. Lehtinen (Finland): Finland supports the proposal and will fund two stations on shared rivers.',
].join('\n');

function speakerOf(report: string, said: string, role: string): string | null {
  const primary = makeArticle('record.txt', RECORD);
  const own: Quote[] = [
    {
      ...quoteIn('record.txt', RECORD, 'Chile will share the data', 'Tomás Araya'),
      id: 'p1',
      kind: 'transcript',
    },
    {
      ...quoteIn('record.txt', RECORD, 'Finland supports the proposal', 'Aino Lehtinen'),
      id: 'p2',
      kind: 'transcript',
    },
  ];
  own[0] = { ...own[0]!, end: RECORD.indexOf('do the same.') + 'do the same.'.length };
  own[1] = { ...own[1]!, end: RECORD.length };
  const article = makeArticle('report.txt', report, { outlet: 'Wire' });
  const quote = quoteIn('report.txt', report, said, role);
  const out = attachProvenance([...own, quote], [primary, article], [storyOf('record.txt', ['report.txt'])]);
  return out.at(-1)!.speaker?.name ?? null;
}

test('a delegate named by country is the speaker the record labels with it', () => {
  const report =
    'Chile\'s man on the panel made an offer: "Chile will share the data of all its gauging stations from next year."';
  assert.equal(
    speakerOf(report, 'Chile will share the data of all its gauging stations from next year.', "Chile's man"),
    'Tomás Araya',
  );
  const envoy = 'The Finnish envoy was brief: "Finland supports the proposal."';
  assert.equal(speakerOf(envoy, 'Finland supports the proposal.', 'The Finnish envoy'), 'Aino Lehtinen');
});

test('a country the record gives another speaker names no one', () => {
  // The words are Araya's; the report's "Finnish envoy" is not the one the record puts beside Chile.
  const report =
    'The Finnish envoy made an offer: "Chile will share the data of all its gauging stations from next year."';
  assert.equal(
    speakerOf(
      report,
      'Chile will share the data of all its gauging stations from next year.',
      'The Finnish envoy',
    ),
    'The Finnish envoy',
  );
});
