import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMannerAdverbOf } from '../../src/nlp/wordnet/manner.ts';
import { isBodyOfMembers } from '../../src/nlp/wordnet/members.ts';
import { judgeQuote } from '../helpers/judge-quote.ts';

type Pair = readonly [string, string];
const pairs = (rows: Pair[]): Pair[] => rows;

/**
 * Substitutions WordNet vouches for through links other than synonymy (src/link/provenance/
 * substitution-evidence.ts): a body of people and its members, a quality's noun and its manner
 * adverb. Each primary is an invented one-speaker transcript; the report swaps one word.
 */

test('a body of people made of one kind of person is its members, either way round', () => {
  for (const [a, b] of pairs([
    ['cops', 'police'],
    ['policemen', 'police'],
    ['police', 'officers'],
  ]))
    assert.ok(isBodyOfMembers(a, b), `${a} / ${b}`);
});

test('a wider class, a body of several kinds, or another body is not its members', () => {
  for (const [a, b] of pairs([
    ['workers', 'people'],
    ['fathers', 'family'],
    ['soldiers', 'police'],
    ['cops', 'army'],
    ['cop', 'police'],
  ]))
    assert.ok(!isBodyOfMembers(a, b), `${a} / ${b}`);
});

test("a quality's noun and its manner adverb: one stem, through the adjective", () => {
  for (const [adverb, noun] of pairs([
    ['cautiously', 'caution'],
    ['silently', 'silence'],
    ['angrily', 'anger'],
  ]))
    assert.ok(isMannerAdverbOf(adverb, noun, 3), `${adverb} / ${noun}`);
  for (const [adverb, noun] of pairs([
    ['slowly', 'caution'],
    ['happily', 'sadness'],
    ['angrily', 'silence'],
  ]))
    assert.ok(!isMannerAdverbOf(adverb, noun, 3), `${adverb} / ${noun}`);
});

test('the members put for their body, or a manner noun for its adverb, is a paraphrase', () => {
  const rows: [string, string][] = [
    [
      'The cops closed the bridge on Sunday after the storm.',
      'The police closed the bridge on Sunday after the storm.',
    ],
    [
      'The residents spoke with anger about the closures at the market.',
      'The residents spoke angrily about the closures at the market.',
    ],
  ];
  for (const [passage, quote] of rows) {
    const r = judgeQuote(passage, quote);
    assert.equal(r.verdict, 'paraphrase', `${quote}: ${r.reasons.join(' | ')}`);
  }
});

test('another body or another manner in their place is still altered', () => {
  const rows: [string, string][] = [
    [
      'The cops closed the bridge on Sunday after the storm.',
      'The soldiers closed the bridge on Sunday after the storm.',
    ],
    [
      'The residents spoke with anger about the closures at the market.',
      'The residents spoke calmly about the closures at the market.',
    ],
  ];
  for (const [passage, quote] of rows) {
    const r = judgeQuote(passage, quote);
    assert.equal(r.verdict, 'altered', `${quote}: ${r.reasons.join(' | ')}`);
  }
});
