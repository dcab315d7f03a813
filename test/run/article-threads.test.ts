import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../src/model/article.ts';
import { makeOptions } from '../../src/model/options.ts';
import { analyzeArticles } from '../../src/pipeline.ts';
import { INLINE_THREADS, JOB_ARTICLES, startArticleThreads } from '../../src/run/article-threads.ts';
import { makeArticle } from '../helpers/article.ts';

const MINISTERS = ['Orla Vennik', 'Tomas Raud', 'Ilse Markov', 'Piet Saar', 'Greta Lind'];
const COUNTRIES = ['Veldonia', 'Ostmark', 'Karelin'];

/**
 * Invented reports, several worker jobs' worth: quotes with named and role-noun speakers,
 * figures and dates that group into claims across articles, stances of countries, and some
 * reports of one event (stories), so every pass and every corpus part has something to do.
 */
function reports(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const who = MINISTERS[i % MINISTERS.length]!;
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const event = i % 4;
    const text =
      `${country} trade minister ${who} said on Tuesday that tariffs on grain would rise ${10 + event} percent ` +
      `from March ${event + 1}, 2031. "We will not accept quotas on our harbours," ${who.split(' ')[1]} told reporters in Nordby.\n\n` +
      `The minister added that talks with ${COUNTRIES[(i + 1) % COUNTRIES.length]} would resume in April. ` +
      `${country} rejects the proposed levy, officials said, and about ${200 + event * 50} ships were delayed.`;
    return makeArticle(`report-${String(i).padStart(3, '0')}.txt`, text, {
      title: `${country} to raise grain tariffs`,
      published: `2031-02-${String((event % 9) + 1).padStart(2, '0')}`,
    });
  });
}

test('a pass on worker threads gives the inline results, in input order', async () => {
  const articles = reports(JOB_ARTICLES * 2 + 5);
  const threads = startArticleThreads(2);
  try {
    const parallel = await threads.map('mentions', articles, null);
    const inline = await INLINE_THREADS.map('mentions', articles, null);
    assert.equal(parallel.length, articles.length);
    assert.ok(parallel.every((mentions, i) => mentions.every((m) => m.article === articles[i]!.id)));
    assert.deepEqual(parallel, inline);
  } finally {
    await threads.close();
  }
});

test('take sees each result once, in input order, on worker threads as on this one', async () => {
  const articles = reports(JOB_ARTICLES * 4 + 3);
  for (const threads of [INLINE_THREADS, startArticleThreads(2)]) {
    try {
      const seen: number[] = [];
      const counts = await threads.map('mentions', articles, null, undefined, (mentions, i) => {
        seen.push(i);
        return mentions.length;
      });
      assert.deepEqual(
        seen,
        articles.map((_, i) => i),
      );
      const whole = await INLINE_THREADS.map('mentions', articles, null);
      assert.deepEqual(
        counts,
        whole.map((m) => m.length),
      );
    } finally {
      await threads.close();
    }
  }
});

test('analysis of articles sharing an id gives the same dossier on two threads as on one', async () => {
  // Two originals with one id: stories read the last one's features (kept whole, by id).
  const articles = reports(JOB_ARTICLES + 8).map((a, i) => (i === 5 ? { ...a, id: 'report-004.txt' } : a));
  const one = await analyzeArticles(articles, makeOptions(), [], { jobs: 1 });
  const two = await analyzeArticles(articles, makeOptions(), [], { jobs: 2 });
  assert.ok(one.stories.length > 0);
  assert.equal(JSON.stringify(two), JSON.stringify(one));
});

test('analysis with two threads gives the one-thread dossier, field for field', async () => {
  const articles = reports(JOB_ARTICLES * 3);
  const one = await analyzeArticles(articles, makeOptions(), [], { jobs: 1 });
  const two = await analyzeArticles(articles, makeOptions(), [], { jobs: 2 });
  assert.ok(one.quotes.length > articles.length, 'quotes found');
  assert.ok(one.claims.length > 0 && one.timeline.length > 0 && one.positions.length > 0);
  assert.ok(
    one.stories.some((s) => s.articles.length > 1),
    'stories of several reports',
  );
  assert.equal(JSON.stringify(two), JSON.stringify(one));
});

test('a pass failing on worker threads, with no one told of failures, rejects and the pool still closes', async () => {
  const threads = startArticleThreads(2);
  try {
    // Without entity tables the quotes pass fails in each worker.
    const articles = reports(JOB_ARTICLES + 1);
    await assert.rejects(
      threads.map('quotes', articles, { entities: null, indirect: true } as never),
      /the quotes pass failed on article report-000\.txt: /,
    );
  } finally {
    await threads.close();
  }
});

test('an article a pass fails on keeps the empty result and is reported; the others are untouched', async () => {
  const articles = reports(JOB_ARTICLES * 2 + 5);
  // An article whose text is not a string stands for any text that meets a bug in a stage.
  const broken = JOB_ARTICLES + 3;
  const input = articles.map((a, i) => (i === broken ? ({ ...a, text: null } as unknown as Article) : a));
  const whole = await INLINE_THREADS.map('mentions', articles, null);
  for (const jobs of [1, 2]) {
    const failed: string[] = [];
    const threads = startArticleThreads(jobs, (article, pass, message) =>
      failed.push(`${article.id} ${pass} ${message.length > 0}`),
    );
    try {
      const got = await threads.map('mentions', input, null);
      assert.deepEqual(failed, [`${articles[broken]!.id} mentions true`], `jobs ${jobs}`);
      assert.deepEqual(got[broken], []);
      assert.deepEqual(
        got.filter((_, i) => i !== broken),
        whole.filter((_, i) => i !== broken),
      );
    } finally {
      await threads.close();
    }
  }
  // Without a handler the failure is the caller's: tools and tests see the bug itself.
  await assert.rejects(INLINE_THREADS.map('mentions', input, null), /mentions pass failed on article/);
});
