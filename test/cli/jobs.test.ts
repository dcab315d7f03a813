import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDir } from '../helpers/run-cli.ts';

/** Invented wire records, enough for several worker jobs, with repeated texts and ids. */
function records(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = i % 9 === 8 ? i - 4 : i;
    const text = `Port director Mira Kalnins said on Monday that berth ${n} would be back in use "ahead of the winter storms". She added that ${(n % 5) + 2} cranes had been repaired.`;
    lines.push(
      JSON.stringify({
        id: `w${i % 13 === 12 ? i - 1 : i}`,
        title: `Berth ${n}`,
        published: '2032-03-01',
        text,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

test('a dossier from a parallel run is byte-identical to a one-thread run', () => {
  withTempDir((dir) => {
    const feed = join(dir, 'wire.jsonl');
    writeFileSync(feed, records(70));
    const inputs = [join(REPO, 'examples', 'interview'), feed];
    // --quiet: progress lines depend on the clock; the issues on stderr must not.
    const one = runCli(['analyze', ...inputs, '--format', 'json', '--quiet', '--jobs', '1']);
    const two = runCli(['analyze', ...inputs, '--format', 'json', '--quiet', '--jobs', '2']);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(two.code, 0, two.stderr);
    assert.ok(JSON.parse(one.stdout).articles.length > 60);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });
});

test('--jobs must be a whole number ≥ 1', () => {
  for (const bad of ['0', 'two', '1.5']) {
    const r = runCli(['analyze', join(REPO, 'examples', 'interview'), '--jobs', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(
      r.stderr,
      new RegExp(`--jobs must be a whole number ≥ 1 \\(got '${bad.replace('.', '\\.')}'\\)`),
    );
  }
});

test('--quiet prints no progress, only the issues', () => {
  withTempDir((dir) => {
    const feed = join(dir, 'wire.jsonl');
    writeFileSync(feed, records(12));
    const r = runCli(['analyze', feed, '--format', 'json', '--quiet']);
    assert.equal(r.code, 0);
    assert.deepEqual(
      r.stderr.split('\n').filter((l) => l !== '' && !l.includes('HEARSAY_W_DUPLICATE')),
      [],
    );
  });
});
