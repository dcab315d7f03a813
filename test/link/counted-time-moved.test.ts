import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge, why } from '../helpers/judge-quote.ts';

/**
 * Found on a radio interview look-alike (test/fixtures/invented-cases/rail-strike-radio-
 * interview-2026): "last year" reported as "two years ago". The sentences here are new.
 */

test('a time placed one unit back, counted back further ("last year" → "two years ago"), is altered', () => {
  for (const [passage, said] of [
    [
      'The council signed the ferry contract last year.',
      'The council signed the ferry contract two years ago.',
    ],
    [
      'We met the growers last month and agreed a price.',
      'We met the growers three months ago and agreed a price.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.time-changed')),
      why(r),
    );
  }
});

test('look-alike: "a year ago" for "last year" is the same time', () => {
  const r = judge(
    'The council signed the ferry contract last year.',
    'The council signed the ferry contract a year ago.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.time-changed')), why(r));
});
