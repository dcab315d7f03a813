import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createProgress,
  formatDuration,
  PLAIN_LINE_INTERVAL_MS,
  type ProgressStream,
  renderBar,
} from '../../src/run/progress.ts';

/** A stderr stand-in: records every write; `isTTY` chooses the mode. */
function fakeStream(isTTY: boolean): ProgressStream & { writes: string[] } {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

test('on a terminal the line is redrawn in place with a bar, the rate and the time left', () => {
  const stream = fakeStream(true);
  const clock = fakeClock();
  const progress = createProgress({ stream, unit: 'articles', now: clock.now });
  clock.advance(2000);
  progress.update(50, 200, 1_000_000);
  assert.equal(stream.writes.length, 1);
  const line = stream.writes[0]!;
  assert.ok(line.startsWith('\r\x1b[2K['), line);
  assert.match(line, /50\/200 articles/);
  assert.match(line, /25\.0 articles\/s/);
  assert.match(line, /0\.50 MB\/s/);
  assert.match(line, /ETA 6s/);
  assert.ok(!line.endsWith('\n'), 'a terminal line is redrawn, not appended');
  progress.finish();
  assert.equal(stream.writes.at(-1), '\r\x1b[2K', 'finish clears the line');
});

test('on a terminal redraws are throttled', () => {
  const stream = fakeStream(true);
  const clock = fakeClock();
  const progress = createProgress({ stream, unit: 'articles', now: clock.now });
  for (let i = 1; i <= 100; i++) {
    clock.advance(1);
    progress.update(i, 100);
  }
  assert.ok(stream.writes.length <= 2, `${stream.writes.length} redraws in 100 ms`);
});

test('without a terminal: nothing for a short run, then plain periodic lines', () => {
  const stream = fakeStream(false);
  const clock = fakeClock();
  const progress = createProgress({ stream, unit: 'articles', now: clock.now });
  clock.advance(PLAIN_LINE_INTERVAL_MS / 2);
  progress.update(10, null);
  assert.deepEqual(stream.writes, [], 'a run shorter than the interval prints nothing');
  clock.advance(PLAIN_LINE_INTERVAL_MS);
  progress.update(30, null);
  progress.update(31, null);
  assert.equal(stream.writes.length, 1);
  const first: string = stream.writes[0]!;
  assert.match(first, /^30 articles · 2\.0 articles\/s\n$/);
  assert.ok(!first.includes('\r') && !first.includes('\x1b'), 'no control codes in a log');
  clock.advance(PLAIN_LINE_INTERVAL_MS);
  progress.phase('analysing: quotes');
  progress.update(31, 31);
  progress.finish();
  assert.equal(stream.writes.at(-1), 'done in 25s\n');
});

test('a phase on a terminal is shown at once, with the time spent', () => {
  const stream = fakeStream(true);
  const clock = fakeClock();
  const progress = createProgress({ stream, unit: 'articles', now: clock.now });
  clock.advance(65_000);
  progress.phase('analysing 10 articles: claims (6/7)');
  assert.match(stream.writes.at(-1)!, /analysing 10 articles: claims \(6\/7\) · 1m05s so far$/);
});

test('--quiet prints nothing at all', () => {
  for (const isTTY of [true, false]) {
    const stream = fakeStream(isTTY);
    const clock = fakeClock();
    const progress = createProgress({ stream, unit: 'articles', quiet: true, now: clock.now });
    clock.advance(PLAIN_LINE_INTERVAL_MS * 3);
    progress.update(5, 10);
    progress.phase('analysing');
    progress.finish();
    assert.deepEqual(stream.writes, []);
  }
});

test('bar and durations', () => {
  assert.equal(renderBar(0), `[${'-'.repeat(24)}]   0%`);
  assert.equal(renderBar(0.5), `[${'#'.repeat(12)}${'-'.repeat(12)}]  50%`);
  assert.equal(renderBar(2), `[${'#'.repeat(24)}] 100%`);
  assert.equal(formatDuration(42), '42s');
  assert.equal(formatDuration(185), '3m05s');
  assert.equal(formatDuration(3720), '1h02m');
});
