import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkLayers } from '../scripts/check-layers.ts';
import { ISSUE_CODES } from '../src/model/issue.ts';
import { REPO } from './helpers/run-cli.ts';

test('src/ imports follow the layer order and have no cycles', () => {
  assert.deepEqual(checkLayers(join(REPO, 'src')), []);
});

test('every issue code is documented in docs/errors.md, and nothing else is', () => {
  const doc = readFileSync(join(REPO, 'docs', 'errors.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/`(HEARSAY_[EW]_[A-Z_]+)`/g)].map((m) => m[1]));
  assert.deepEqual([...documented].sort(), Object.keys(ISSUE_CODES).sort());
});
