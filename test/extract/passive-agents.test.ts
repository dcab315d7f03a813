/**
 * The agent of a passive speech verb past its complement (src/extract/attribution/source.ts,
 * findPassiveAgent): invented sentences, the case read and look-alikes that must not be.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCandidates } from '../../src/extract/attribution/candidates.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** The sources the candidates of cue word `cue` in the sentence holding it carry, as "rule: name". */
function sourcesOf(text: string, cue: string): string[] {
  const article = makeArticle('passive', text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences.find((x) => x.tokens.some((t) => t.norm === cue))!;
  assert.ok(s, `no “${cue}” in the text`);
  const at = s.tokens.findIndex((t) => t.norm === cue);
  return [...new Set(findCandidates(a, s, [at]).map((c) => `${c.source?.rule}: ${c.source?.speaker.name}`))];
}

test('a named agent after a coordinated participle, a time phrase or a complement is the source', () => {
  const intro = 'Senator Ada Morrow and Mayor Tomas Weller spoke in Linz. ';
  assert.deepEqual(sourcesOf(`${intro}Weller was booed and shouted down by Ada Morrow on Friday.`, 'booed'), [
    'speaker.passive-agent: Ada Morrow',
  ]);
  assert.deepEqual(
    sourcesOf(`${intro}Weller was also endorsed the day before by former rival Ada Morrow.`, 'endorsed'),
    ['speaker.passive-agent: Ada Morrow'],
  );
  assert.deepEqual(
    sourcesOf(`${intro}Weller was appointed to the port board by Ada Morrow in May.`, 'appointed'),
    ['speaker.passive-agent: Ada Morrow'],
  );
});

test('a "by" past a clause word, or opening a time or a means, is no agent', () => {
  const intro = 'Senator Ada Morrow and Mayor Tomas Weller spoke in Linz. ';
  const relative = sourcesOf(
    `${intro}Weller was criticized for a plan that was drawn up by Ada Morrow.`,
    'criticized',
  );
  assert.ok(!relative.some((s) => s.startsWith('speaker.passive-agent')), relative.join('\n'));
  const time = sourcesOf(`${intro}The levy was criticized in the council by Friday evening.`, 'criticized');
  assert.ok(!time.some((s) => s.startsWith('speaker.passive-agent')), time.join('\n'));
});
