import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * A quote the extractor only carried over from the paragraphs before it is the primary speaker's
 * whose turn holds its words, when the report names that person in the quote's own sentence.
 * Every name and sentence is invented.
 */
const PRIMARY = [
  'Harbour Tonight: Open Line',
  '',
  'LINDQVIST: Can the council pay for the new ferry?',
  '',
  'SARN: We have put two million into the ferry fund this winter.',
  '',
  'ODDBY: With respect, two million will not buy half a ferry.',
].join('\n');

function turn(said: string, name: string, entity: string): Quote {
  const q = { ...quoteIn('primary.txt', PRIMARY, said, name), kind: 'transcript' as const };
  q.speaker = { name, entity };
  q.id = `primary-${entity}`;
  return q;
}

function speakerAfter(report: string, said: string, rule: string): Quote['speaker'] {
  const primary = makeArticle('primary.txt', PRIMARY);
  const own = [
    turn('We have put two million into the ferry fund this winter.', 'Ivo Sarn', 'ivo-sarn'),
    turn('With respect, two million will not buy half a ferry.', 'Tove Oddby', 'tove-oddby'),
  ];
  const quote = { ...quoteIn('report.txt', report, said, 'Ivo Sarn'), speakerRule: rule };
  quote.speaker = { name: 'Ivo Sarn', entity: 'ivo-sarn' };
  const out = attachProvenance(
    [...own, quote],
    [primary, makeArticle('report.txt', report)],
    [storyOf('primary.txt', ['report.txt'])],
  );
  return out.at(-1)!.speaker;
}

const REPORT =
  'Minister Ivo Sarn said the fund had grown. “We have put two million into the ferry fund,” he said.\n\n' +
  'The money, Oddby reminded viewers, “will not buy half a ferry.”';

test('a carried-over quote named in its own sentence is the speaker whose turn holds it', () => {
  assert.deepEqual(speakerAfter(REPORT, 'will not buy half a ferry.', 'speaker.carry-over'), {
    name: 'Tove Oddby',
    entity: 'tove-oddby',
  });
});

test('a cue the extractor read is kept, even against the primary', () => {
  assert.deepEqual(speakerAfter(REPORT, 'will not buy half a ferry.', 'speaker.said-verb'), {
    name: 'Ivo Sarn',
    entity: 'ivo-sarn',
  });
});

test('a speaker the quote’s sentence does not name is not given it', () => {
  const report = REPORT.replace('Oddby reminded viewers', 'a councillor reminded viewers');
  assert.deepEqual(speakerAfter(report, 'will not buy half a ferry.', 'speaker.carry-over'), {
    name: 'Ivo Sarn',
    entity: 'ivo-sarn',
  });
});
