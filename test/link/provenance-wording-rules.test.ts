import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote, Verdict } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * Rules that read what a report cut or swapped inside a quote: a conjunct or a restrictive
 * modifier cut silently, and adjectives of one WordNet cluster. Each primary is an invented
 * one-speaker transcript; the report quotes it directly.
 */
function judge(passage: string, said: string): { verdict: Verdict; reasons: string[] } {
  const text = `Remarks by Minister Ana Holt\n\nANA HOLT: ${passage}\n`;
  const primary = makeArticle('primary.txt', text);
  const own: Quote = { ...quoteIn('primary.txt', text, passage, 'Ana Holt'), id: 'p-q1', kind: 'transcript' };
  const reportText = `The minister told reporters on Tuesday that “${said}” in a statement.`;
  const report = makeArticle('report.txt', reportText, { outlet: 'Outlet' });
  const quote = quoteIn('report.txt', reportText, said, 'Ana Holt');
  const out = attachProvenance([own, quote], [primary, report], [storyOf('primary.txt', ['report.txt'])]);
  const p = out[1]!.provenance!;
  return { verdict: p.verdict, reasons: p.reasons };
}

const FLEET = 'The province has received about 300 buses and trams from the federal fund this spring.';
const PORTS =
  'Any company that trades with sanctioned Iranian ports, shippers, or brokers risks losing its licence.';

test('a conjunct cut from inside the quote narrows what the figure counts', () => {
  const r = judge(FLEET, 'The province has received about 300 buses from the federal fund this spring.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.conjunct-cut: "and trams"')),
    r.reasons.join(' | '),
  );
});

test('the tail of a list cut after a comma is a conjunct cut', () => {
  const r = judge(PORTS, 'Any company that trades with sanctioned Iranian ports risks losing its licence.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.conjunct-cut: "shippers, or brokers"')),
    r.reasons.join(' | '),
  );
});

test('a restrictive modifier cut silently widens the claim', () => {
  const r = judge(
    PORTS,
    'Any company that trades with Iranian ports, shippers, or brokers risks losing its licence.',
  );
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped: "sanctioned"')),
    r.reasons.join(' | '),
  );
});

test('an adjunct left out, or a cut shown by an ellipsis, is not a narrowed claim', () => {
  assert.equal(
    judge(FLEET, 'The province has received about 300 buses and trams this spring.').verdict,
    'paraphrase',
  );
  assert.equal(
    judge(FLEET, 'The province has received about 300 buses … from the federal fund').verdict,
    'paraphrase',
  );
});

test('a coordinated clause is not a conjunct of a noun phrase', () => {
  const r = judge(
    'We visited the plant in March and we will visit the port in May to meet the dockers.',
    'We visited the plant in March to meet the dockers.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.conjunct-cut')), r.reasons.join(' | '));
});

const FILM = 'The film was scary for the children who watched it at the festival.';

test('two adjectives of one WordNet cluster and one grade are a paraphrase', () => {
  assert.equal(
    judge(FILM, 'The film was frightening for the children who watched it at the festival.').verdict,
    'paraphrase',
  );
  assert.equal(
    judge('We saw a quick rise in prices after the storm.', 'We saw a rapid rise in prices after the storm.')
      .verdict,
    'paraphrase',
  );
});

test('the extreme of the same cluster is a hardening', () => {
  const r = judge(FILM, 'The film was terrifying for the children who watched it at the festival.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.wording-hardened: "scary" → "terrifying"')),
    r.reasons.join(' | '),
  );
});

test('a verb the dictionary defines as another done to the extreme hardens the report', () => {
  const r = judge(
    'Since the spring, fuel prices are up in every region.',
    'Since the spring, fuel prices are soaring in every region.',
  );
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.wording-hardened') && x.includes('soaring')),
    r.reasons.join(' | '),
  );
});

test('a word of extreme strength the source also uses is not a hardening', () => {
  const r = judge(
    'The flood was catastrophic for the farms along the river.',
    'The flood was catastrophic for the farms along the river, which …',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.wording-hardened')), r.reasons.join(' | '));
  assert.equal(
    judge('Prices rose in every region this spring.', 'Prices went up in every region this spring.').verdict,
    'paraphrase',
  );
});
