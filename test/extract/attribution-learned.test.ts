/**
 * The learned attribution model (src/extract/attribution/) on invented sentences: plain direct
 * quotes, reported clauses with and without partial quotes, and sources that are no speakers.
 * The shipped weights are read; ../shared is not needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { compileModel, trainRanker } from '../../src/extract/attribution/model.ts';
import { findMixedClause } from '../../src/extract/attribution/mixed.ts';
import { analyzeArticle, extractQuotes } from '../../src/extract/quotes.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';

function quotesOf(text: string): Quote[] {
  const article = makeArticle('learned', text);
  return extractQuotes(article, buildEntityIndex([article]), { indirect: true });
}

function show(quotes: readonly Quote[]): string {
  return quotes
    .map((q) => `${q.kind} ${JSON.stringify(q.text)} by ${q.speaker?.name ?? 'nobody'}`)
    .join('\n  ');
}

test('a plain quote with "she said" after it is found and given to the person named before', () => {
  const quotes = quotesOf(
    'Mayor Ilse Varga toured the flooded district on Monday.\n“The harbour will reopen in spring,” she said.',
  );
  const q = quotes.find((x) => x.text === 'The harbour will reopen in spring,');
  assert.ok(q, show(quotes));
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.name, 'Ilse Varga');
});

test('a quote opened with a closing mark at a paragraph start is still a quote', () => {
  const quotes = quotesOf(
    'Readers wrote in after the debate.\n”I will vote for the first time this year.” ― Pia Lorne',
  );
  assert.ok(
    quotes.some((q) => q.kind === 'direct' && q.text === 'I will vote for the first time this year.'),
    show(quotes),
  );
});

test('a reported clause with a partial quote gives the quoted words and the clause around them', () => {
  const quotes = quotesOf(
    'Ilse Varga spoke at the harbour. Varga said the city would “repair every metre of the sea wall before the storms arrive” this year.',
  );
  const direct = quotes.find((q) => q.kind === 'direct');
  const indirect = quotes.find((q) => q.kind === 'indirect');
  assert.equal(direct?.text, 'repair every metre of the sea wall before the storms arrive', show(quotes));
  assert.ok(indirect, show(quotes));
  assert.ok(indirect.start < direct!.start && indirect.end > direct!.end, show(quotes));
  assert.equal(indirect.speaker?.name, 'Ilse Varga');
});

test('reported speech after a said-verb is an indirect quote of its subject', () => {
  const quotes = quotesOf(
    'Officials said the bridge would reopen once inspectors had finished their work on it.',
  );
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.equal(
    q?.text,
    'the bridge would reopen once inspectors had finished their work on it.',
    show(quotes),
  );
  assert.equal(q.speaker?.name, 'Officials');
});

test('"according to a statement" makes no speaker of the statement', () => {
  const quotes = quotesOf(
    'The plant will close in June and its workers will be moved to other sites, according to a statement.',
  );
  assert.ok(!quotes.some((q) => /statement/iu.test(q.speaker?.name ?? '')), show(quotes));
});

test('"according to a statement from" the body that issued it: the body is the speaker', () => {
  const quotes = quotesOf(
    'Prices for heating oil will rise sharply over the coming winter, according to a statement from the energy ministry.',
  );
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.match(q?.speaker?.name ?? '', /ministry/u, show(quotes));
});

test('a place in the subject phrase is not the speaker', () => {
  const quotes = quotesOf('Farmers in Dorrland say the drought has cut their yields by half this year.');
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.ok(q, show(quotes));
  assert.notEqual(q.speaker?.name, 'Dorrland');
  assert.match(q.speaker?.name ?? '', /^Farmers/u);
});

test('a spokesman named in commas after his role is the speaker, not the one he speaks for', () => {
  const quotes = quotesOf(
    'Mayor Ilse Varga met the unions. Varga’s spokesman, Tomas Reil, said the budget would be balanced by the autumn.',
  );
  const q = quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.speaker?.name, 'Tomas Reil', show(quotes));
});

test('the ranker learns to take the good candidate and to take none for a non-cue', () => {
  const groups = [
    {
      options: [
        { features: ['w=said', 'after'], quality: 1 },
        { features: ['w=said', 'before'], quality: 0 },
      ],
    },
    { options: [{ features: ['w=table', 'after'], quality: 0 }] },
  ];
  const w = trainRanker(groups, 5, 1);
  const score = (fs: string[]): number => fs.reduce((n, f) => n + (w.get(f) ?? 0), 0);
  assert.ok(score(['w=said', 'after']) > 0);
  assert.ok(score(['w=said', 'after']) > score(['w=said', 'before']));
  assert.ok(score(['w=table', 'after']) <= 0);
  assert.deepEqual([...trainRanker(groups, 5, 1)], [...w], 'deterministic for a seed');
});

test('a quotation opened with a typographic mark and closed with a straight one is one quote', () => {
  const quotes = quotesOf(
    'Ilse Varga spoke on Monday.\n“Nothing is settled yet," Varga said, “but we are close.”',
  );
  assert.ok(
    quotes.some((q) => q.kind === 'direct' && q.text === 'Nothing is settled yet,'),
    show(quotes),
  );
  assert.ok(
    quotes.some((q) => q.kind === 'direct' && q.text === 'but we are close.'),
    show(quotes),
  );
});

test('a block quoted with straight marks does not run on into a paragraph opening with “', () => {
  const quotes = quotesOf(
    'The reporter wrote:\n\n"She had waited all morning at the gate.\n\n"By noon the hall was full.\n\n“I never doubted it,” she said later.',
  );
  const q = quotes.find((x) => x.text.startsWith('I never doubted it'));
  assert.equal(q?.text, 'I never doubted it,', show(quotes));
});

test('a quoted phrase framed by an earlier cue gives its clause; a quote after "said:" does not', () => {
  const mixed = (text: string, cueWord: string, quoted: string): string | null => {
    const article = makeArticle('mixed', text);
    const frame = analyzeArticle(article, buildEntityIndex([article])).frame;
    const cue = { start: text.indexOf(cueWord), end: text.indexOf(cueWord) + cueWord.length };
    const quote = { start: text.indexOf(quoted), end: text.indexOf(quoted) + quoted.length };
    const clause = findMixedClause(frame, quote, cue);
    return clause ? text.slice(clause.start, clause.end) : null;
  };
  assert.equal(
    mixed('Brun likened the new levy to a “tax on breathing” in a speech.', 'likened', 'tax on breathing'),
    'the new levy to a “tax on breathing” in a speech.',
  );
  assert.equal(
    mixed('Brun said: “The levy is a tax on breathing.”', 'said', 'The levy is a tax on breathing.'),
    null,
  );
  assert.equal(mixed('The post by author="brun" was removed.', 'post', 'brun'), null);
});

test('a party label in brackets between a name and "said" is read past', () => {
  const quotes = quotesOf('Lawmakers met on Monday.\n“The vote will be close,” Rep. Ana Kell (D-Ore.) said.');
  const q = quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.speaker?.name, 'Ana Kell', show(quotes));
});

test('a learned stem makes the past and -ing forms of its verb cues; a learned word only itself', () => {
  const model = compileModel({
    threshold: 0,
    cueWords: ['attacked'],
    cueStems: ['heckl'],
    features: [],
    weights: [],
  });
  for (const form of ['heckled', 'heckling']) assert.ok(model.isCueWord(form), form);
  for (const form of ['heckles', 'heckle']) assert.ok(!model.isCueWord(form), `${form} may be a noun`);
  assert.ok(model.isCueWord('attacked'));
  assert.ok(!model.isCueWord('attacks'), 'a word learned alone does not bring its other forms');
  assert.ok(!model.isCueWord('table'));
  assert.ok(model.isCueWord('said'), 'the lexicon’s verbs stay cues');
});
