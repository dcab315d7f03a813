import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mayHoldLargeCorpus } from '../../src/cli.ts';
import { withTempDir } from '../helpers/run-cli.ts';

test('only a small analyze of files keeps V8 default heap growth', () => {
  withTempDir((dir) => {
    const small = join(dir, 'small.txt');
    const large = join(dir, 'large.txt');
    writeFileSync(small, 'The mayor said: "Yes."\n');
    writeFileSync(large, 'x'.repeat(1024 * 1024));
    assert.equal(mayHoldLargeCorpus('analyze', {}, [small, small]), false);
    assert.equal(mayHoldLargeCorpus('analyze', {}, [small, large]), true, 'a megabyte of input');
    assert.equal(mayHoldLargeCorpus('analyze', {}, [dir]), true, 'a folder');
    assert.equal(mayHoldLargeCorpus('analyze', {}, ['-']), true, 'stdin');
    assert.equal(mayHoldLargeCorpus('analyze', {}, [join(dir, 'missing.txt')]), true, 'no such file');
    assert.equal(mayHoldLargeCorpus('analyze', {}, [join(small, 'below')]), true, 'a path through a file');
    assert.equal(mayHoldLargeCorpus('analyze', { db: join(dir, 'a.db') }, [small]), true, 'a store');
    assert.equal(mayHoldLargeCorpus('report', { db: join(dir, 'a.db') }, []), true, 'a report');
  });
});
