import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from '../../src/model/dossier.ts';
import type { Provenance, Quote, Verdict } from '../../src/model/quote.ts';
import { CALLS_TO_CHECK, callsToCheck } from '../../src/report/calls-to-check.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { makeArticle } from '../helpers/article.ts';
import { runCli } from '../helpers/run-cli.ts';
import { schemaErrors } from '../helpers/schema.ts';

/**
 * The "Calls to check" section: the weakest verdicts first, sure `no_primary` left out, syndicated
 * copies of one call listed once, in Markdown and in HTML (with table headers). Invented dossiers.
 */

const REPORT = 'A harbour report with quotes of the commissioner, invented for this test.';

function quote(id: string, article: string, text: string, verdict: Verdict, confidence: number): Quote {
  const provenance: Provenance = {
    verdict,
    primary: [],
    score: 0.5,
    added: [],
    dropped: [],
    substituted: [],
    reasons: [`verdict.rule-of-${id}: "${text}"`],
    confidence,
  };
  return {
    id,
    article,
    start: 0,
    end: 10,
    text,
    kind: 'direct',
    speaker: { name: 'Tomas Rell', entity: null },
    cue: null,
    venue: null,
    rule: 'test',
    speakerRule: null,
    provenance,
  };
}

function dossier(quotes: Quote[]): Dossier {
  return {
    version: 1,
    generator: { name: 'hearsay', version: 'test' },
    articles: [
      makeArticle('a.txt', REPORT, { outlet: 'Harbour Gazette' }),
      makeArticle('b.txt', REPORT, { outlet: 'Coast Wire' }),
    ],
    quotes,
    entities: [],
    stories: [],
    claims: [],
    positions: [],
    timeline: [],
    issues: [],
  };
}

const QUOTES = [
  quote('sure', 'a.txt', 'the quay will reopen in September', 'verbatim', 0.98),
  quote('middling', 'a.txt', 'the ferries keep their timetable', 'paraphrase', 0.72),
  quote('weakest', 'b.txt', 'we will charge the fishermen', 'altered', 0.51),
  quote('weak', 'a.txt', 'the fleet must move south', 'unsupported', 0.58),
  quote('elsewhere', 'b.txt', 'a speech about lighthouses', 'no_primary', 0.95),
  quote('maybe-misattributed', 'b.txt', 'the dredging is finished', 'no_primary', 0.55),
];

test('weakest first; sure calls and sure no_primary left out; doubtful no_primary kept', () => {
  const calls = callsToCheck(dossier(QUOTES));
  assert.deepEqual(
    calls.map((c) => c.quote.id),
    ['weakest', 'maybe-misattributed', 'weak', 'middling'],
  );
  assert.equal(calls[0]!.reason, 'verdict.rule-of-weakest: "we will charge the fishermen"');
  assert.equal(calls[0]!.article?.outlet, 'Coast Wire');
});

test('a call repeated in a syndicated copy is listed once, naming the copy', () => {
  const copy = { ...QUOTES[2]!, id: 'weakest-copy', article: 'a.txt' };
  const calls = callsToCheck(dossier([...QUOTES, copy]));
  assert.equal(calls.filter((c) => c.quote.text === copy.text).length, 1);
  assert.deepEqual([calls[0]!.quote.article, ...calls[0]!.alsoIn].sort(), ['a.txt', 'b.txt']);
});

test('at most CALLS_TO_CHECK calls, the lowest ones', () => {
  const many = Array.from({ length: CALLS_TO_CHECK + 5 }, (_, i) =>
    quote(`q${i}`, 'a.txt', `words number ${i}`, 'paraphrase', 0.5 + i / 100),
  );
  const calls = callsToCheck(dossier(many));
  assert.equal(calls.length, CALLS_TO_CHECK);
  assert.equal(calls.at(-1)!.quote.id, `q${CALLS_TO_CHECK - 1}`);
});

test('markdown: the section comes first, weakest first, with outlet, verdict, confidence and reason', () => {
  const md = renderMarkdown(dossier(QUOTES));
  const start = md.indexOf('## Calls to check');
  assert.ok(start >= 0 && start < md.indexOf('## Articles'));
  const section = md.slice(start, md.indexOf('\n## ', start + 1));
  const rows = section.split('\n').filter((l) => /^\| \d/.test(l));
  assert.equal(rows.length, 4);
  assert.match(
    rows[0]!,
    /we will charge the fishermen.*Coast Wire, b\.txt@0-10.*\| altered \| 51% \|.*rule-of-weakest/,
  );
  assert.match(rows[3]!, /\| paraphrase \| 72% \|/);
  assert.match(md, /\*\*\[verbatim\]\*\* \(confidence 98%\)/);
});

test('markdown says so when every call is confident', () => {
  const md = renderMarkdown(dossier([QUOTES[0]!, QUOTES[4]!]));
  assert.match(md, /## Calls to check\n\nEvery provenance call is a confident one/);
});

test('html: a headed section and a table with column headers, weakest first', () => {
  const html = renderHtml(dossier(QUOTES));
  const start = html.indexOf('<h2 id="calls-to-check">Calls to check</h2>');
  assert.ok(start >= 0);
  const table = html.slice(html.indexOf('<table>', start), html.indexOf('</table>', start));
  assert.match(table, /<th scope="col">confidence<\/th>/);
  assert.match(table, /<th scope="col">first reason<\/th>/);
  const order = ['we will charge', 'the dredging', 'the fleet must', 'the ferries'].map((w) =>
    table.indexOf(w),
  );
  assert.ok(
    order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
    String(order),
  );
  assert.match(table, /href="#article-b\.txt"/);
  assert.doesNotMatch(table, /lighthouses/);
});

test('the examples: a schema-valid dossier with confidences, and calls listed weakest first', () => {
  const json = runCli(['analyze', 'examples/interview', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const d = JSON.parse(json.stdout) as Dossier;
  assert.deepEqual(schemaErrors(d), []);
  const judged = d.quotes.filter((q) => q.provenance);
  assert.ok(judged.length > 0);
  for (const q of judged) assert.ok(q.provenance!.confidence >= 0 && q.provenance!.confidence <= 1);
  const md = renderMarkdown(d);
  const start = md.indexOf('## Calls to check');
  const section = md.slice(start, md.indexOf('\n## ', start + 1));
  const shown = [...section.matchAll(/\| (\d+)% \|/g)].map((m) => Number(m[1]));
  assert.ok(shown.length > 0, section);
  assert.deepEqual(
    shown,
    [...shown].sort((a, b) => a - b),
  );
});
