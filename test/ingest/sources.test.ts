import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readSources, type Source } from '../../src/ingest/sources.ts';
import type { Issue } from '../../src/model/issue.ts';
import { withTempDirAsync } from '../helpers/run-cli.ts';

async function collect(inputs: string[], stdin = ''): Promise<(Source | Issue)[]> {
  const out: (Source | Issue)[] = [];
  for await (const item of readSources(inputs, { readStdin: async () => new TextEncoder().encode(stdin) }))
    out.push(item);
  return out;
}

test('folders are read recursively in name order, hidden files skipped', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'b', 'deeper', 'z.txt'), 'deep text');
    writeFileSync(join(dir, 'a.txt'), 'first text');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, 'c.html.gz'), gzipSync('<html><body><p>zipped page</p></body></html>'));
    const items = await collect([dir]);
    assert.deepEqual(
      items.map((i) => ('code' in i ? i.code : `${i.name}:${i.format}`)),
      ['a.txt:text', 'z.txt:text', 'c.html.gz:html'],
    );
  });
});

test('stdin is one source named stdin', async () => {
  const items = await collect(['-'], 'hello from a pipe');
  assert.equal(items.length, 1);
  const [s] = items as Source[];
  assert.equal(s!.origin, 'stdin');
  assert.equal(new TextDecoder().decode(s!.bytes), 'hello from a pipe');
});

test('missing, empty and corrupt gzip inputs are issues, not throws', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(dir, 'bad.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    const items = await collect([
      join(dir, 'nope'),
      join(dir, 'empty.txt'),
      join(dir, 'blank.txt'),
      join(dir, 'bad.gz'),
    ]);
    assert.deepEqual(
      items.map((i) => ('code' in i ? i.code : 'source')),
      ['HEARSAY_E_NOT_FOUND', 'HEARSAY_E_EMPTY', 'HEARSAY_E_EMPTY', 'HEARSAY_E_GZIP'],
    );
  });
});

test('a device or other non-regular file is unreadable, not read', async () => {
  const items = await collect(['/dev/null']);
  assert.deepEqual(
    items.map((i) => ('code' in i ? [i.code, i.detail] : 'source')),
    [['HEARSAY_E_UNREADABLE', 'not a regular file']],
  );
});

test(
  'a file without read permission is unreadable',
  { skip: process.getuid?.() === 0 && 'root reads any file' },
  async () => {
    await withTempDirAsync(async (dir) => {
      const path = join(dir, 'secret.txt');
      writeFileSync(path, 'text', { mode: 0o000 });
      const items = await collect([path]);
      assert.deepEqual(
        items.map((i) => ('code' in i ? i.code : 'source')),
        ['HEARSAY_E_UNREADABLE'],
      );
    });
  },
);
