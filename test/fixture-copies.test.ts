import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { REPO } from './helpers/run-cli.ts';

/**
 * House rule: rules come from how language works, so no sentence of the invented evaluation sets
 * (test/fixtures/invented-*) stands in the code or in a test; tests use examples written for them.
 * A run of six words shared with a set's texts, three of them not function words, is a copy (five
 * catch common phrases: "by the end of September"). The formulae every transcript repeats ("I
 * yield back the balance of my time") and the output's own reason texts are not copies.
 */
const RUN_WORDS = 6;
const MIN_CONTENT_WORDS = 3;
const FUNCTION_WORDS = new Set(
  'the of to and a in that is it we will not i as its own sentence said he she for be this on are was have'.split(
    ' ',
  ),
);
const FORMULAE = [
  'mr speaker i yield back the balance of my time',
  'the gentleman yields back the balance of his time',
  'the speaker pro tempore the chair recognizes the gentleman from',
  'the speaker pro tempore the chair recognizes the gentlewoman from',
  'mr speaker i yield myself such time as i may consume',
  'i yield the balance of my time to the gentleman from',
  'mr speaker i rise in support of this bill',
  'madam speaker i rise in support of this bill',
  'the committee will come to order we are here',
  'chair the subcommittee will come to order',
  'our witnesses today are',
  'the interview has been edited for length',
  'meta property article published time content',
  'doctype html html lang en head meta charset utf',
  "we're going to we're going to",
  'as long as so long as',
  'a restriction cut from inside the quote',
  'before the end of the year',
  'by the end of the year',
  'what i can say is that',
  // A deposition's swearing-in line, as court reporters print it.
  'having been first duly sworn was examined and testified as follows',
];

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

function runsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z']+|\b[ai]\b/g) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    const run = words.slice(i, i + RUN_WORDS);
    if (run.filter((w) => !FUNCTION_WORDS.has(w)).length >= MIN_CONTENT_WORDS) runs.add(run.join(' '));
  }
  return runs;
}

/** A run inside one formula, or where one runs into the next ("… of my time. The Speaker …"), or a label and a formula. */
function isFormula(run: string): boolean {
  const words = run.split(' ');
  const tails = [run, words.slice(1).join(' '), words.slice(0, -1).join(' ')];
  return FORMULAE.some(
    (f) => tails.some((t) => f.includes(t)) || FORMULAE.some((g) => `${f} ${g}`.includes(run)),
  );
}

test('no sentence of the invented evaluation sets is copied into src/ or the tests', () => {
  const fixtures = join(REPO, 'test', 'fixtures');
  // The sets' texts: pairs, cases' articles and gold, stories' records (their builders are code).
  const evaluation = filesUnder(
    fixtures,
    (p) => /invented-/.test(relative(fixtures, p)) && /\.(jsonl|json|txt|html)$/.test(p),
  );
  const fixtureRuns = new Set<string>();
  for (const f of evaluation) for (const run of runsOf(readFileSync(f, 'utf8'))) fixtureRuns.add(run);
  const code = [
    ...filesUnder(join(REPO, 'src'), (p) => p.endsWith('.ts')),
    ...filesUnder(join(REPO, 'test'), (p) => p.endsWith('.ts') && !p.startsWith(fixtures)),
  ];
  const copies: string[] = [];
  for (const f of code) {
    for (const run of runsOf(readFileSync(f, 'utf8'))) {
      if (fixtureRuns.has(run) && !isFormula(run)) copies.push(`${relative(REPO, f)}: "${run}"`);
    }
  }
  assert.deepEqual(copies, []);
});
