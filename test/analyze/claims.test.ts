import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFigures } from '../../src/analyze/claims/figures.ts';
import { hedgeBefore, interval, intervalsAgree } from '../../src/analyze/claims/hedges.ts';
import { buildClaims, getCommonNameLimit } from '../../src/analyze/claims/claims.ts';
import { makeOptions } from '../../src/model/options.ts';
import { analyzeArticles, STAGES } from '../../src/pipeline.ts';
import { makeArticle } from '../helpers/article.ts';
import { schemaErrors } from '../helpers/schema.ts';

const fig = (text: string) =>
  findFigures(text).map((f) => [f.kind, f.low, f.high, f.unit, text.slice(f.start, f.end)]);

test('figures: currencies with scales, percentages, ranges, multiples', () => {
  assert.deepEqual(fig('a fund of €300bn was set up'), [['money', 3e11, 3e11, 'EUR', '€300bn']]);
  assert.deepEqual(fig('it costs $1.5 trillion now'), [['money', 1.5e12, 1.5e12, 'USD', '$1.5 trillion']]);
  assert.deepEqual(fig('turnout was 19–20 percent'), [['percent', 19, 20, '%', '19–20 percent']]);
  assert.deepEqual(fig('prices rose 20-fold'), [['multiple', 20, 20, 'x', '20-fold']]);
  assert.deepEqual(fig('one point four billion dollars'), [
    ['money', 1.4e9, 1.4e9, 'USD', 'one point four billion dollars'],
  ]);
  assert.deepEqual(fig('tolls of 12,500 pounds'), [['money', 12500, 12500, 'GBP', '12,500 pounds']]);
});

test('figures: counts of a plural noun and durations; bare numbers measure nothing', () => {
  assert.deepEqual(fig('three rounds of talks'), [['count', 3, 3, 'round', 'three rounds']]);
  assert.deepEqual(fig('for one additional year'), [['duration', 1, 1, 'year', 'one additional year']]);
  assert.deepEqual(fig('over 6 months'), [['duration', 6, 6, 'month', '6 months']]);
  assert.deepEqual(fig('2 of them came'), []);
});

test('hedges: read before the figure and widened to intervals that meet or not', () => {
  const text = 'held approximately 19 percent and just under 20% and over 25%';
  assert.equal(hedgeBefore(text, text.indexOf('19'))?.phrase, 'approximately');
  assert.equal(hedgeBefore(text, text.indexOf('20%'))?.bound, 'just-under');
  assert.equal(hedgeBefore(text, text.indexOf('25%'))?.bound, 'at-least');
  // Spacing of any kind between a hedge's words and before the figure; none before it, no hedge.
  const spaced = 'rose more\tthan  all\n40 units, over-30 and over';
  assert.equal(hedgeBefore(spaced, spaced.indexOf('40'))?.phrase, 'more\tthan  all');
  assert.equal(hedgeBefore(spaced, spaced.indexOf('30')), null);
  assert.equal(hedgeBefore(spaced, spaced.length), null);
  assert.ok(intervalsAgree([interval(19, 19, 'about'), interval(20, 20, 'just-under')]));
  assert.ok(!intervalsAgree([interval(19, 19, null), interval(25, 25, 'at-least')]));
  assert.ok(!intervalsAgree([interval(12, 12, 'about'), interval(20, 20, 'just-under')]));
});

const art = (id: string, text: string, published: string | null = '2031-03-04') =>
  makeArticle(id, text, { title: null, published });

test('claims: hedged figures about one quantity agree across articles', () => {
  const a = art('a.txt', 'Ostrava now grazes approximately 19 percent of Velmoran pasture, officials said.');
  const b = art('b.txt', 'By spring the herds of Ostrava held just under 20% of Velmoran pasture.');
  const claims = buildClaims([a, b], []);
  const c = claims.find((x) => x.statements.length === 2)!;
  assert.ok(c, JSON.stringify(claims));
  assert.equal(c.agree, true);
  assert.deepEqual(
    c.statements.map((s) => [s.article, s.value, s.unit, s.hedge]),
    [
      ['a.txt', 19, '%', 'approximately'],
      ['b.txt', 20, '%', 'just under'],
    ],
  );
  assert.match(c.subject, /velmoran pasture/i);
});

test('claims: figures that cannot both hold conflict; a figure stated once has agree null', () => {
  const a = art('a.txt', 'The toll bridge cost €300bn in public money, the auditor found.');
  const b = art('b.txt', 'Critics put the toll bridge at nearly €450 billion in public money.');
  const c = art('c.txt', 'The harbour dredging took 40 barges of gravel last year.');
  const claims = buildClaims([a, b, c], []);
  const money = claims.find((x) => x.kind === 'money' && x.statements.length === 2);
  assert.ok(money, JSON.stringify(claims));
  assert.equal(money.agree, false);
  const barges = claims.find((x) => x.statements.some((s) => s.unit === 'barge'))!;
  assert.equal(barges.agree, null);
});

test('claims: a figure inside a quote is stated by its speaker', () => {
  const text = 'Mayor Ilsa Varn said: "We spent $1.5 trillion on the canal." The canal opened.';
  const a = art('a.txt', text);
  const start = text.indexOf('We');
  const quote = {
    id: 'q1',
    article: 'a.txt',
    start,
    end: text.indexOf('canal."') + 6,
    text: '',
    kind: 'direct',
    speaker: { name: 'Ilsa Varn', entity: null },
  } as unknown as Parameters<typeof buildClaims>[1][number];
  const [claim] = buildClaims([a], [quote]);
  assert.equal(claim!.statements[0]!.speaker, 'Ilsa Varn');
  assert.equal(claim!.statements[0]!.value, 1.5e12);
});

test('claims: dates of one event agree at the coarser precision; two events stay apart', () => {
  const a = art('a.txt', 'The Velmora canal treaty expires in March 2033, the ministry said.', null);
  const b = art('b.txt', 'The Velmora canal treaty expires on March 14, 2033 under its terms.');
  const claims = buildClaims([a, b], []);
  const c = claims.find((x) => x.kind === 'date' && x.statements.length === 2);
  assert.ok(c, JSON.stringify(claims));
  assert.equal(c.agree, true);
  assert.deepEqual(
    c.statements.map((s) => s.value),
    ['2033-03', '2033-03-14'],
  );
});

test('pipeline: the claims stage fills a dossier that validates', async () => {
  assert.ok(STAGES.some((s) => s.name === 'claims'));
  const a = art('a.txt', 'Harbour tolls at Velmora rose about 12 percent of revenue, the council said.');
  const b = art('b.txt', 'Velmora tolls climbed just over 12% of revenue this season.');
  const dossier = await analyzeArticles([a, b], makeOptions());
  assert.deepEqual(schemaErrors(dossier), []);
  assert.ok(
    dossier.claims.some((c) => c.statements.length === 2 && c.agree === true),
    JSON.stringify(dossier.claims),
  );
});

test('claims: a single-sourced figure lists figure-less mentions of its subject in its story', () => {
  const a = art('a.txt', 'The council holds over €40 billion in Velmoran harbour bonds, the auditor said.');
  const b = art('b.txt', 'Nobody explained what will happen to the Velmoran harbour bonds next year.');
  const story = { id: 's1', title: '', articles: ['a.txt', 'b.txt'], primary: null, primaryConfidence: 0 };
  const claims = buildClaims([a, b], [], [story]);
  const money = claims.find((c) => c.kind === 'money')!;
  assert.equal(money.agree, null);
  assert.deepEqual(
    money.statements.map((s) => [s.article, s.value, s.text]),
    [
      ['a.txt', 4e10, 'over €40 billion'],
      ['b.txt', null, 'Velmoran harbour bonds'],
    ],
  );
});

test('claims: a year-less day in an undated report fits a full date; a weekday fits its day', () => {
  const a = art(
    'a.txt',
    'Officials met at the Velmora lighthouse summit on March 14 to sign the accord.',
    null,
  );
  const b = art('b.txt', 'The Velmora lighthouse summit of March 14, 2033 produced the accord.');
  const [day] = buildClaims([a, b], []).filter((c) => c.statements.length === 2);
  assert.deepEqual(
    day!.statements.map((s) => s.value),
    ['--03-14', '2033-03-14'],
  );
  assert.equal(day!.agree, true);
});

test('claims: one count reworded with another noun joins when the clauses say the same', () => {
  const a = art(
    'a.txt',
    'Ostrava demands that Velmora withdraw its garrisons from the three disputed districts.',
  );
  const b = art('b.txt', 'Ostrava still demands that Velmora withdraw garrisons from all three provinces.');
  const c = buildClaims([a, b], []).find((x) => x.kind === 'count' && x.statements.length === 2);
  assert.ok(c);
  assert.equal(c.agree, true);
});

test('claims: two figures of one report are two quantities, never a conflict', () => {
  const a = art(
    'a.txt',
    'Velmora exports rose 12 percent of harbour trade while imports fell 4 percent of harbour trade.',
  );
  const claims = buildClaims([a], []);
  assert.equal(claims.filter((c) => c.kind === 'percent').length, 2);
  assert.ok(claims.every((c) => c.agree === null));
});

test('claims: "over" and "under" bounds conflict when they cannot meet', () => {
  const a = art('a.txt', 'The Velmora canal carried over 3 million tonnes of grain, the port said.');
  const b = art('b.txt', 'Ostrava claims the Velmora canal carried under 2 million tonnes of grain.');
  const c = buildClaims([a, b], []).find((x) => x.statements.length === 2)!;
  assert.deepEqual(
    c.statements.map((s) => [s.value, s.unit, s.hedge]),
    [
      [3e6, 'tonne', 'over'],
      [2e6, 'tonne', 'under'],
    ],
  );
  assert.equal(c.agree, false);
});

test('claims: a name common in the set names no owner — a share of a small set, a fixed count past 5,000', () => {
  assert.equal(getCommonNameLimit(10), 5);
  assert.equal(getCommonNameLimit(1000), 20);
  assert.equal(getCommonNameLimit(5000), 100);
  // A year of a feed: its recurring subjects stay common, not owners, however many articles come.
  assert.equal(getCommonNameLimit(20_000), 100);
  assert.equal(getCommonNameLimit(100_000), 100);
});

test('an order of magnitude or a one-word duration opening the text is read without failing', () => {
  // "Thousands of …" states no comparable figure; "Decade …" is ten years even as the first word.
  assert.deepEqual(findFigures('Thousands of workers marched on Friday.'), []);
  assert.deepEqual(
    findFigures('Decade after decade, it grew.').map((f) => [f.kind, f.low, f.unit]),
    [
      ['duration', 10, 'decade'],
      ['duration', 10, 'decade'],
    ],
  );
});
