/**
 * The README's demo, end to end: examples/interview through the real CLI, checked against the
 * findings examples/README.md documents (stories, primary, chrome, speakers, verdicts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Dossier } from '../../src/model/dossier.ts';
import type { Quote } from '../../src/model/quote.ts';
import { REPO, runCli } from '../helpers/run-cli.ts';
import { schemaErrors } from '../helpers/schema.ts';

const DIR = join(REPO, 'examples', 'interview');
let dossier: Dossier;

before(() => {
  const r = runCli(['analyze', DIR, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  dossier = JSON.parse(r.stdout);
});

/**
 * The words in quotation marks and transcript turns of an article: the findings examples/README.md
 * documents. Reported speech (kind `indirect`, on by default) has no verdict to check here.
 */
const quotesOf = (prefix: string): Quote[] =>
  dossier.quotes.filter((q) => q.article.startsWith(prefix) && q.kind !== 'indirect');
const quoteWith = (prefix: string, words: string): Quote => {
  const q = quotesOf(prefix).find((x) => x.text.includes(words));
  assert.ok(q, `a quote in ${prefix} containing "${words}"`);
  return q;
};

test('the dossier validates and text inputs keep their exact text', () => {
  assert.deepEqual(schemaErrors(dossier), []);
  for (const a of dossier.articles.filter((x) => x.format === 'text')) {
    assert.equal(a.text, readFileSync(join(DIR, a.id), 'utf8'), a.id);
  }
});

test('stories: the interview and its reports together, primary the transcript; the other interview apart', () => {
  const interview = dossier.stories.find((s) => s.articles.includes('01-ministry-transcript.txt'));
  assert.ok(interview);
  assert.deepEqual([...interview.articles].sort(), [
    '01-ministry-transcript.txt',
    '02-faithful-report.txt',
    '03-hardened-report.html',
    '06-syndicated-copy.txt',
    'strandwire-2026-0314-0412',
  ]);
  assert.equal(interview.primary, '01-ministry-transcript.txt');
  const other = dossier.stories.find((s) => s.articles.includes('04-other-interview.txt'));
  assert.deepEqual(other?.articles, ['04-other-interview.txt']);
  assert.equal(other?.primary, null);
  assert.equal(dossier.stories.length, 4);
});

test('the syndicated copy is linked to its original', () => {
  const copy = dossier.articles.find((a) => a.id === '06-syndicated-copy.txt');
  assert.deepEqual(
    copy?.syndicated.map((s) => s.article),
    ['02-faithful-report.txt'],
  );
});

test('chrome is marked, never removed: the "Read next" rail and comment prompt of 02', () => {
  const a = dossier.articles.find((x) => x.id === '02-faithful-report.txt')!;
  for (const line of ['Read next', 'Leave the first comment']) {
    const at = a.text.indexOf(line);
    assert.ok(at >= 0);
    assert.ok(
      a.boilerplate.some((b) => b.start <= at && b.end >= at + line.length),
      line,
    );
  }
});

test('HTML metadata comes through: outlet, date, byline', () => {
  const a = dossier.articles.find((x) => x.id === '03-hardened-report.html')!;
  assert.equal(a.outlet, 'Continental Courier');
  assert.equal(a.published, '2026-03-14');
  assert.doesNotMatch(a.text, /cookie/i);
});

test('verdicts on the hardened report', () => {
  const expected: [string, string][] = [
    ['by 20 percent', 'altered'],
    ['respond decisively', 'altered'],
    ['closing the door to compromise', 'altered'],
    ['We will consider an interim arrangement', 'altered'],
    ['Kaldoria cannot expect Lendova', 'unsupported'],
    ['Our share of the money', 'paraphrase'],
    ['I am ready to meet Minister Varn', 'verbatim'],
    ['Governments change, but geography does not', 'verbatim'],
  ];
  for (const [words, verdict] of expected) {
    const q = quoteWith('03', words);
    assert.equal(q.provenance?.verdict, verdict, `${words}: ${q.provenance?.reasons.join('; ')}`);
    if (verdict === 'altered') assert.ok(q.provenance!.reasons.length > 0);
  }
  const decisively = quoteWith('03', 'respond decisively').provenance!;
  assert.match(decisively.reasons.join(' '), /decisively/);
  assert.match(decisively.primary[0]!.text, /respond appropriately/);
});

test('speakers: Brannik for his quotes, Varn for the words he relays, the spokesman in 04', () => {
  for (const q of quotesOf('03')) {
    const expected = q.text.includes('under review in the relevant ministries')
      ? 'Eliska Varn'
      : 'Aurel Brannik';
    assert.equal(q.speaker?.name, expected, q.text);
  }
  assert.equal(quoteWith('02', 'Lendova will respond appropriately').speaker?.name, 'Aurel Brannik');
});

test('quotes of another interview have no primary', () => {
  const quotes = quotesOf('04');
  assert.ok(quotes.length > 0);
  for (const q of quotes) assert.equal(q.provenance?.verdict, 'no_primary', q.text);
});

test('markdown shows each primary sentence with how each report rendered it', () => {
  const r = runCli(['analyze', DIR]);
  assert.equal(r.code, 0, r.stderr);
  const section = r.stdout.slice(r.stdout.indexOf('## The primary source, report by report'));
  assert.ok(section.length > 0);
  const block = section.slice(section.indexOf('> Lendova will respond appropriately'));
  assert.match(block.slice(0, block.indexOf('\n\n>')), /respond decisively.*\| altered \|.*decisively/);
});
