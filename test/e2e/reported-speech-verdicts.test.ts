/**
 * Reported speech is judged by meaning against the primary, end to end (`hearsay analyze …
 * --primary`): a clause saying what the transcript says is `supported`, whatever its tense and
 * wording; one that flips a negation or a number is `unsupported`, with the reason and the aligned
 * span kept; the quoted words inside a mixed report keep their word-level verdict. Invented texts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeWithPrimary } from '../helpers/analyze-with-primary.ts';

const work = mkdtempSync(join(tmpdir(), 'hearsay-reported-verdicts-'));
after(() => rmSync(work, { recursive: true, force: true }));

const TRANSCRIPT = `Remarks by Minister Ines Kalder on the river ports

MINISTER KALDER: Good morning. The northern lock will be rebuilt within two summers. We will not raise the harbour fees this winter. The ferry to Ostrand will run twice a day from April.
`;

const REPORT = `Minister sets out river port plans

Minister Ines Kalder said on Monday that the northern lock would be rebuilt within two summers.

Kalder said the government would raise the harbour fees this winter.

She said the ferry to Ostrand would run four times a day from April.

The ferry, she said, "will run twice a day from April."
`;

test('reported clauses are supported or unsupported by meaning; quoted words stay word for word', async () => {
  const d = await analyzeWithPrimary(join(work, 'report'), TRANSCRIPT, REPORT);
  const report = d.quotes.filter((q) => q.article === 'report.txt');
  const judged = (kind: string, words: string) => {
    const q = report.find((x) => x.kind === kind && x.text.includes(words));
    assert.ok(q, `a ${kind} quote with "${words}": ${report.map((x) => `${x.kind} ${x.text}`).join(' | ')}`);
    return q.provenance!;
  };
  const rebuilt = judged('indirect', 'northern lock would be rebuilt');
  assert.equal(rebuilt.verdict, 'supported');
  assert.ok(rebuilt.primary[0]!.text.includes('northern lock will be rebuilt'));
  const fees = judged('indirect', 'raise the harbour fees');
  assert.equal(fees.verdict, 'unsupported');
  assert.ok(
    fees.reasons.some((r) => r.startsWith('verdict.negation')),
    fees.reasons.join('; '),
  );
  assert.ok(fees.primary[0]!.text.includes('raise the harbour fees'), fees.primary[0]!.text);
  const ferry = judged('indirect', 'four times a day');
  assert.equal(ferry.verdict, 'unsupported');
  assert.ok(
    ferry.reasons.some((r) => r.startsWith('verdict.number')),
    ferry.reasons.join('; '),
  );
  assert.equal(judged('direct', 'will run twice a day').verdict, 'verbatim');
  // No quoted words of a report are judged by meaning, and no reported clause word for word.
  for (const q of report)
    assert.ok(
      q.kind === 'indirect'
        ? !['verbatim', 'paraphrase', 'altered'].includes(q.provenance!.verdict)
        : q.provenance!.verdict !== 'supported',
      `${q.kind} ${q.text}: ${q.provenance!.verdict}`,
    );
});
