import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Adverbs of place quantify over places as "all" and "some" do over things: a report that puts
 * "anywhere" or "everywhere" where the speaker limited the claim to one place widens it. Each
 * primary is an invented one-speaker transcript.
 */
function assertScopeChanged(passage: string, said: string): void {
  const r = judgeQuote(passage, said);
  assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.scope-changed:')),
    `${said}: ${r.reasons.join(' | ')}`,
  );
}

test('"anywhere" put for a claim limited to one place widens it', () => {
  assertScopeChanged(
    'I could accept a lower speed limit near the schools, but I do not support thirty miles an hour countywide.',
    'I do not support thirty miles an hour anywhere.',
  );
});

test('"everywhere" put for "in the north" widens it', () => {
  assertScopeChanged('Rents went up in the north this year.', 'Rents went up everywhere this year.');
});

test('the same place adverb kept is no change', () => {
  const r = judgeQuote(
    'We looked for the records everywhere and found nothing.',
    'We looked for the records everywhere',
  );
  assert.equal(r.verdict, 'verbatim', r.reasons.join(' | '));
});
