import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDir } from '../helpers/run-cli.ts';
import { writeNastyCorpus } from './nasty-corpus.ts';

/**
 * One batch of every kind of nasty input: each file is read or refused with a named issue, the run
 * ends with exit 1 (some inputs failed) and no stack trace, and the readable ones are analysed.
 */

/** Refusals by design, with the code each must carry. */
const REFUSED: Record<string, string> = {
  'binary.bin': 'HEARSAY_E_BINARY',
  'png.txt': 'HEARSAY_E_BINARY',
  'nul-bytes.txt': 'HEARSAY_E_BINARY',
  'bomb.txt.gz': 'HEARSAY_E_TOO_LARGE',
  'empty.txt': 'HEARSAY_E_EMPTY',
};

/** Read, with a warning naming what was odd. */
const WARNED: Record<string, string> = {
  'deep.html': 'HEARSAY_W_FLATTENED_HTML',
  'invalid-utf8.txt': 'HEARSAY_W_REPLACED_BYTES',
  'windows-1251.txt': 'HEARSAY_W_LEGACY_ENCODING',
};

test('a batch of nasty inputs: each read or refused by name, the rest analysed', { timeout: 300_000 }, () => {
  withTempDir((dir) => {
    const names = writeNastyCorpus(dir);
    const r = runCli(['analyze', dir, '--format', 'json', '--quiet']);
    assert.equal(r.code, 1, r.stderr.slice(0, 2000));
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, r.stderr.slice(0, 2000));
    const lines = r.stderr.trim().split('\n');
    const issuesOf = (name: string) => lines.filter((l) => l.startsWith(`${join(dir, name)}:`));
    for (const line of lines) assert.match(line, /^\S.*: (error|warning) HEARSAY_[EW]_[A-Z0-9_]+: \S/, line);

    const dossier = JSON.parse(r.stdout);
    const sources = new Set<string>(
      dossier.articles.map((a: { source: string }) => a.source.replace(/#\d+$/, '')),
    );
    for (const name of names) {
      const issues = issuesOf(name);
      const read = sources.has(join(dir, name));
      const duplicate = issues.some((l) => l.includes('HEARSAY_W_DUPLICATE'));
      assert.ok(
        read || duplicate || issues.some((l) => / error /.test(l)),
        `${name}: neither read nor refused`,
      );
      if (REFUSED[name])
        assert.ok(
          issues.some((l) => l.includes(`error ${REFUSED[name]}:`)),
          `${name}: ${issues}`,
        );
      if (WARNED[name])
        assert.ok(
          issues.some((l) => l.includes(`warning ${WARNED[name]}:`)),
          `${name}: ${issues}`,
        );
    }
    // Decoded right, not just accepted.
    const textOf = (name: string) =>
      dossier.articles.find((a: { source: string }) => a.source === join(dir, name))?.text as
        string | undefined;
    assert.match(textOf('utf16-nobom.txt') ?? '', /^Министр финансов/);
    assert.match(textOf('utf16be-nobom.txt') ?? '', /^Министр финансов/);
    assert.match(textOf('windows-1251.txt') ?? '', /^Министр заявил/);
    assert.match(textOf('entities.rss#1') ?? '', /budget/);
    assert.ok((textOf('entities.rss#1') ?? '').length < 1000, 'the entities were expanded');
    // The good statement is analysed: its quote and speaker are found once, whichever copy was kept.
    assert.ok(
      dossier.quotes.some(
        (q: { text: string; speaker: { name: string } | null }) =>
          q.text.startsWith('We will not raise taxes') && q.speaker?.name.includes('Varga'),
      ),
    );
  });
});
