/** Reported speech is in the dossier by default; --no-indirect leaves it out; --indirect is accepted. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDir } from '../helpers/run-cli.ts';

const REPORT = `Harbour to reopen in spring

Mayor Ilse Varga said on Monday that the harbour would reopen in spring after the repairs.

“We are nearly done,” she said.
`;

function kindsOf(args: string[]): string[] {
  return withTempDir((dir) => {
    const input = join(dir, 'report.txt');
    const out = join(dir, 'dossier.json');
    writeFileSync(input, REPORT);
    const r = runCli(['analyze', input, '--format', 'json', '--out', out, ...args]);
    assert.equal(r.code, 0, r.stderr);
    const dossier = JSON.parse(readFileSync(out, 'utf8')) as { quotes: { kind: string }[] };
    return dossier.quotes.map((q) => q.kind).sort();
  });
}

test('analyze reports indirect speech by default, and --indirect changes nothing', () => {
  const byDefault = kindsOf([]);
  assert.deepEqual(byDefault, ['direct', 'indirect']);
  assert.deepEqual(kindsOf(['--indirect']), byDefault);
});

test('analyze --no-indirect leaves reported speech out', () => {
  assert.deepEqual(kindsOf(['--no-indirect']), ['direct']);
});
