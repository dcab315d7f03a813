import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FoundStatement } from '../../src/analyze/claims/statements.ts';
import type { KeyTerms } from '../../src/analyze/positions/issues.ts';
import { makeResultCompactor } from '../../src/run/compact-results.ts';

const figure = (article: string, years: string[]): FoundStatement => ({
  statement: {
    article,
    start: 0,
    end: 9,
    text: '4 percent',
    value: 4,
    unit: '%',
    hedge: null,
    subject: 'growth',
  },
  kind: 'percent' as FoundStatement['kind'],
  range: [4, 4],
  subject: ['growth'],
  context: ['economi', 'growth'],
  names: ['velden'],
  period: { spans: new Set(['q3']), years: new Set(years) },
});

test('figures keep their values; equal periods become one shared object, others stay apart', () => {
  const compact = makeResultCompactor();
  const read = [figure('a', ['2031']), figure('b', ['2031']), figure('c', ['2030'])];
  const before = structuredClone(read);
  const out = compact.statements({ claimStatements: read, spanReadings: new Map() });
  assert.deepEqual(out.claimStatements, before);
  assert.equal(read[0]!.period, read[1]!.period);
  assert.notEqual(read[0]!.period, read[2]!.period);
});

test('key terms keep their values and order; runs with the same flags share them', () => {
  const terms = (): KeyTerms => ({
    terms: new Set(['tariff', 'grain']),
    names: new Set(['velden']),
    words: new Map([
      ['tariff', 'tariffs'],
      ['grain', 'grain'],
    ]),
    runs: [
      {
        stems: [null, 'tariff'],
        surface: ['grain', 'tariffs'],
        classifying: [true, false],
        relational: [false, false],
      },
    ],
  });
  const list = [terms(), terms()];
  const before = structuredClone(list);
  const out = makeResultCompactor().keyTerms(list);
  assert.deepEqual(out, before);
  assert.deepEqual([...out[0]!.terms], ['tariff', 'grain']);
  assert.equal(out[0]!.runs[0]!.classifying, out[1]!.runs[0]!.classifying);
  assert.notEqual(out[0]!.runs[0]!.classifying, out[0]!.runs[0]!.relational);
});

test('dated clauses keep their dates, evidence and words', () => {
  const clauses = [
    {
      date: '2031-03-01',
      evidence: { article: 'a', start: 3, end: 20, text: 'tariffs rise in March' },
      words: new Set(['tariff', 'rise']),
    },
  ];
  const before = structuredClone(clauses);
  assert.deepEqual(makeResultCompactor().dated(clauses), before);
});

test('figures of one sentence share one list of names; unequal lists stay apart and unchanged', () => {
  const read = [
    figure('a', ['2031']),
    figure('a', ['2031']),
    { ...figure('a', ['2031']), names: ['norrland'] },
  ];
  const before = structuredClone(read);
  const out = makeResultCompactor().statements({ claimStatements: read, spanReadings: new Map() });
  assert.deepEqual(out.claimStatements, before);
  assert.equal(read[0]!.names, read[1]!.names);
  assert.notEqual(read[0]!.names, read[2]!.names);
  assert.equal(read[0]!.context, read[1]!.context);
});

test('quotes keep every value and the order of their fields (the dossier prints them as they are)', () => {
  const quote = (id: string, venueRule?: string | null) => ({
    start: 10,
    end: 30,
    id,
    article: 'a',
    text: 'we will not sign it',
    kind: 'direct' as const,
    speaker: { name: 'Ann Velden', entity: 'e-1' },
    cue: { start: 31, end: 35 },
    venue: null,
    ...(venueRule === undefined ? {} : { venueRule }),
    rule: 'quote.marks',
    speakerRule: 'speaker.said-verb',
  });
  const quotes = [quote('q1'), quote('q2', 'venue.told'), quote('q3', null)];
  // The first quote's text is the article's at its span; the others' (a view's) are not.
  const article = `${'x'.repeat(10)}we will not sign it. They left.`;
  quotes[0]!.end = 29;
  const before = JSON.stringify(quotes);
  assert.equal(JSON.stringify(makeResultCompactor().quotes(quotes, article)), before);
});
