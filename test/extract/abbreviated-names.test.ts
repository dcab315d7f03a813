import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A full stop inside a name: an abbreviated title ("Sen.", "Rep.", "Dr.") and a middle initial
 * ("Harold T. Vance") do not cut the name in two, so the person is typed and later surnames
 * resolve to the whole name. Invented articles.
 */
const HEARING = makeArticle(
  'hearing.txt',
  [
    'Lawmakers question the launch budget',
    '',
    'Rep. Frank Okafor (R-OK), the ranking member of the full committee, asked the witnesses about safety.',
    'Sen. Ada Brightwater, a Democrat from the coast, pressed them on costs.',
    'The agency’s former director, Harold T. Vance, was blunt in reply.',
    '“Oh my,” Okafor responded with a sigh. “We cannot pay for this,” Brightwater said. “It works,” Vance said.',
  ].join('\n'),
);

test('an abbreviated title before a name and its appositive types the name a person', () => {
  const index = buildEntityIndex([HEARING]);
  const okafor = index.resolve('hearing.txt', 'Frank Okafor');
  assert.equal(okafor?.type, 'person');
  assert.equal(index.resolve('hearing.txt', 'Okafor')?.id, okafor.id);
  assert.equal(index.resolve('hearing.txt', 'Ada Brightwater')?.type, 'person');
});

test('a middle initial keeps the surname in the name', () => {
  const index = buildEntityIndex([HEARING]);
  const vance = index.resolve('hearing.txt', 'Harold T. Vance');
  assert.ok(vance);
  assert.equal(vance.name, 'Harold T. Vance');
  assert.equal(index.resolve('hearing.txt', 'Vance')?.id, vance.id);
});

test('a surname after its speech tag is the titled person’s full name', () => {
  const index = buildEntityIndex([HEARING]);
  const speakers = extractQuotes(HEARING, index, { indirect: false }).map((q) => q.speaker?.name);
  assert.deepEqual(speakers, ['Frank Okafor', 'Ada Brightwater', 'Harold T. Vance']);
});

test('a lone word that speaks is the surname of the one full name ending in it', () => {
  const article = makeArticle(
    'rally.txt',
    [
      'Campaign stop draws a crowd',
      '',
      'Organisers said a new hopeful, Obiora Ekwueme, would drop by the diner on Tuesday.',
      'Ekwueme has said he will listen first. “I come to hear you,” Ekwueme said at the counter.',
      '“He has me thinking,” said Tamsin Oduya, a nurse. Later, Washington said nothing.',
    ].join('\n'),
  );
  const index = buildEntityIndex([article]);
  const full = index.resolve('rally.txt', 'Obiora Ekwueme');
  assert.equal(full?.type, 'person');
  assert.equal(index.resolve('rally.txt', 'Ekwueme')?.id, full.id);
  const speakers = extractQuotes(article, index, { indirect: false }).map((q) => q.speaker?.name);
  assert.deepEqual(speakers, ['Obiora Ekwueme', 'Tamsin Oduya']);
  // A gazetteer place that "says" stays a place.
  assert.notEqual(index.resolve('rally.txt', 'Washington')?.type, 'person');
});

test('“…,” responded an official with a titled name: the name after the verb is the speaker', () => {
  const article = makeArticle(
    'reply.txt',
    [
      'Budget hearing',
      '',
      'The lawmakers asked about funding on Tuesday.',
      '“It depends on the city,” responded ORBA administrator Jim Tallis.',
      '“Never,” responded the mayor.',
    ].join('\n'),
  );
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: false });
  assert.equal(quotes[0]?.speaker?.name, 'Jim Tallis');
  assert.equal(quotes[0]?.speakerRule, 'speaker.said-verb');
  assert.match(quotes[1]?.speaker?.name ?? '', /mayor/u);
});
