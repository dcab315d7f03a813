import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeOptions } from '../../src/model/options.ts';
import { analyzeArticles, STAGES } from '../../src/pipeline.ts';
import { makeArticle } from '../helpers/article.ts';
import { schemaErrors } from '../helpers/schema.ts';

test('pipeline: the timeline stage runs after stories and fills a dossier that validates', async () => {
  const names = STAGES.map((s) => s.name);
  assert.ok(names.indexOf('timeline') > names.indexOf('stories'));
  const article = makeArticle(
    'velmora.txt',
    'Velmora harbour tolls rise\n\n' +
      'The Velmora harbour council raised tolls on Monday, director Ilsa Varn said. ' +
      'The locks were rebuilt in 1998 and last closed in October 2025.',
    { title: 'Velmora harbour tolls rise', published: '2026-05-06' },
  );
  const dossier = await analyzeArticles([article], makeOptions());
  assert.deepEqual(schemaErrors(dossier), []);
  const dates = dossier.timeline.map((t) => t.date);
  assert.ok(dates.includes('1998'), dates.join());
  assert.ok(dates.includes('2025-10'), dates.join());
  assert.ok(dates.includes('2026-05-04'), dates.join()); // Monday before Wednesday 2026-05-06
  assert.ok(dates.includes('2026-05-06'), 'the story itself is an event');
  for (const item of dossier.timeline) {
    for (const ev of item.evidence) assert.equal(ev.text, article.text.slice(ev.start, ev.end));
  }
});
