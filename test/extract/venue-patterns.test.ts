/** Each venue pattern is scanned only in sentences holding one of its needed words (venues.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VENUE_PATTERNS } from '../../src/extract/venues.ts';

test('venue patterns: each example matches and holds one of the words its pattern needs', () => {
  for (const p of VENUE_PATTERNS) {
    const m = p.re.exec(p.example);
    assert.ok(m, `${p.rule}: ${p.example}`);
    assert.ok(
      p.needs.some((w) => m[0].includes(w)),
      `${p.rule}: the match "${m[0]}" holds none of ${p.needs.join(', ')}`,
    );
  }
});

test('venue patterns: a sentence without any needed word is one the pattern does not match', () => {
  const sentence = 'The minister spoke at length about harbour fees on Tuesday in Vessa';
  for (const p of VENUE_PATTERNS) {
    if (p.needs.some((w) => sentence.includes(w))) continue;
    assert.equal(p.re.exec(sentence), null, p.rule);
  }
});
