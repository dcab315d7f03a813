import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO, withTempDir } from '../helpers/run-cli.ts';

/**
 * What a short `analyze` loads: start-up is most of a one-article run (issue #10), so libraries it
 * does not use stay unloaded. A load hook writes every module URL the run loads to a file, and at
 * exit Node's own list of the built-in modules it loaded (`NativeModule zlib`, …).
 */
function modulesLoaded(dir: string, args: string[]): string[] {
  const log = join(dir, 'modules.txt');
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    // node:fs fetched, not imported, so that the hook itself loads no file streams.
    `import { registerHooks } from 'node:module';
const { appendFileSync } = process.getBuiltinModule('node:fs');
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });
process.on('exit', () => appendFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n') + '\\n'));
`,
  );
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(hook).href, join(REPO, 'bin', 'hearsay.js'), ...args],
    { cwd: REPO, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return readFileSync(log, 'utf8').trim().split('\n');
}

test("a short analyze loads neither zod, compromise, the HTML libraries, the embeddings nor other formats' renderers", () => {
  withTempDir((dir) => {
    const input = join(dir, 'short.txt');
    writeFileSync(input, 'The mayor said on Friday: "We will build it by June." Her rivals did not agree.\n');
    const loaded = modulesLoaded(dir, ['analyze', input, '--quiet']);
    assert.ok(
      loaded.some((u) => u.includes('/src/pipeline.ts')),
      'the hook saw the run',
    );
    for (const renderer of ['html.ts', 'json-chunks.ts', 'export.ts'])
      assert.equal(
        loaded.some((u) => u.endsWith(`/src/report/${renderer}`)),
        false,
        `a Markdown run loads report/${renderer}`,
      );
    for (const library of [
      'zod',
      'compromise',
      'linkedom',
      '@mozilla/readability',
      '@energetic-ai',
      'wink-nlp',
    ])
      assert.deepEqual(
        loaded.filter((u) => u.includes(`/node_modules/${library}/`)),
        [],
        library,
      );
  });
});

test('a short analyze loads no worker threads, zlib, Web Crypto, perf_hooks or file streams', () => {
  withTempDir((dir) => {
    const input = join(dir, 'short.txt');
    writeFileSync(input, 'The mayor said on Friday: "We will build it by June." Her rivals did not agree.\n');
    const loaded = new Set(modulesLoaded(dir, ['analyze', input, '--quiet']));
    assert.ok(loaded.has('NativeModule crypto'), 'the list names built-ins');
    for (const builtin of [
      'worker_threads',
      'zlib',
      'internal/crypto/webcrypto',
      'perf_hooks',
      'internal/fs/streams',
    ])
      assert.equal(loaded.has(`NativeModule ${builtin}`), false, builtin);
  });
});
