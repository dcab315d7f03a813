/**
 * The second-stage filter over the learned reader's clauses (src/extract/attribution/filter.ts):
 * the features it reads on invented sentences, that a filter's cut drops reported clauses and
 * never direct quotes, and that its trainer learns a feature's sign. ../shared is not needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { compileFilter, filterScore } from '../../src/extract/attribution/filter.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';
import { trainFilter } from '../../scripts/attribution-filter-training.ts';

/** Each learned clause's words and filter features, with the filter open. */
function observed(text: string): { words: string; features: readonly string[] }[] {
  const article = makeArticle('filter', text);
  const out: { words: string; features: readonly string[] }[] = [];
  extractQuotes(article, buildEntityIndex([article]), {
    indirect: true,
    reportedFilter: compileFilter({ cut: -Infinity, features: [], weights: [] }),
    observeReported: (c, features) => out.push({ words: text.slice(c.start, c.end), features }),
  });
  return out;
}

function clauseHolding(text: string, words: string): readonly string[] {
  const all = observed(text);
  const found = all.find((x) => x.words.includes(words));
  assert.ok(
    found,
    `no learned clause with ${JSON.stringify(words)}: ${JSON.stringify(all.map((x) => x.words))}`,
  );
  return found.features;
}

test('a clause reported by a named person carries the speaker rule, kind and cue class', () => {
  const f = clauseHolding(
    'Mayor Ilse Varga said on Monday that the harbour would reopen in the spring after repairs.',
    'harbour would reopen',
  );
  assert.ok(f.includes('bias'));
  assert.ok(f.includes('cue=reports') || f.includes('cue=describes'), f.join(' '));
  assert.ok(f.includes('opens-that') || f.some((x) => x.startsWith('len>')), f.join(' '));
  assert.ok(!f.includes('rule=none'), f.join(' '));
  assert.ok(!f.includes('negated-cue'), f.join(' '));
});

test('a question, a negated cue and a sentence without quotation marks show in the features', () => {
  const f = clauseHolding(
    'The ministry did not say whether the new border crossing near the river would open this year?',
    'border crossing',
  );
  assert.ok(f.includes('negated-cue'), f.join(' '));
  assert.ok(f.includes('question'), f.join(' '));
  assert.ok(f.includes('no-quote-marks'), f.join(' '));
});

test('a cut above every clause drops the reported clauses and keeps the direct quotes', () => {
  const text =
    'Officials said the bridge would reopen once inspectors had finished their work on it. ' +
    '“We will rebuild the pier before winter,” said Ilse Varga.';
  const article = makeArticle('filter', text);
  const entities = buildEntityIndex([article]);
  const open = extractQuotes(article, entities, {
    indirect: true,
    reportedFilter: compileFilter({ cut: -Infinity, features: [], weights: [] }),
  });
  assert.ok(
    open.some((q) => q.rule === 'quote.indirect.learned'),
    JSON.stringify(open.map((q) => q.text)),
  );
  const shut = extractQuotes(article, entities, {
    indirect: true,
    reportedFilter: compileFilter({ cut: 1, features: ['bias'], weights: [0] }),
  });
  assert.ok(!shut.some((q) => q.rule === 'quote.indirect.learned'), JSON.stringify(shut.map((q) => q.text)));
  assert.deepEqual(
    shut.filter((q) => q.kind === 'direct').map((q) => q.text),
    open.filter((q) => q.kind === 'direct').map((q) => q.text),
  );
});

test('the trainer learns a feature that marks wrong clauses as negative, the same every run', () => {
  const examples = Array.from({ length: 200 }, (_, k) => ({
    features: k % 4 === 0 ? ['bias', 'marked'] : ['bias'],
    right: k % 4 !== 0 || k % 20 === 0,
  }));
  const a = trainFilter(examples, -1);
  assert.deepEqual(trainFilter(examples, -1), a);
  const filter = compileFilter(a);
  assert.ok(filterScore(filter, ['bias', 'marked']) < 0, JSON.stringify(a));
  assert.ok(filterScore(filter, ['bias']) > 0, JSON.stringify(a));
  assert.equal(a.cut, -1);
});
