import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote, why } from '../helpers/judge-quote.ts';

/**
 * A speaker who repeats a phrase says it more than once, once whole: a quote that opens or closes as
 * a sentence renders the saying with those edges, not a longer one cut short. Each primary is an
 * invented one-speaker transcript.
 */
const REPEATED: [string, string][] = [
  // The longer saying comes first and holds a condition the quote would otherwise drop.
  [
    'The bakers will not return until the flour tax goes. The bakers will not return.',
    'The bakers will not return.',
  ],
  ['Our reply is no, unless the border reopens. Our reply is no.', 'Our reply is no.'],
  // The shorter saying sits inside a clause the speaker had begun; the quote opens as the later sentence.
  [
    'It is plain the tunnel will open. The tunnel will open once the last pump is tested.',
    'The tunnel will open',
  ],
  [
    'Everyone here knows the orchard is dying. The orchard is dying because the river moved.',
    'The orchard is dying',
  ],
];

test('a quote of a repeated phrase renders the saying whose edges it shares', () => {
  for (const [passage, said] of REPEATED) {
    const r = judgeQuote(passage, said);
    assert.equal(r.verdict, 'verbatim', `${said}: ${why(r)}`);
  }
});

test('a phrase said only once with its condition is still a condition dropped', () => {
  for (const [passage, said] of [
    ['The bakers will not return until the flour tax goes.', 'The bakers will not return.'],
    ['Our reply is no, unless the border reopens.', 'Our reply is no.'],
  ]) {
    const r = judgeQuote(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.match(why(r), /condition-dropped/);
  }
});

test('a quote that opens inside a clause said only there is still a tidied rendering', () => {
  const r = judgeQuote(
    'It is plain the tunnel will open soon, and the pumps are ready.',
    'The tunnel will open soon',
  );
  assert.equal(r.verdict, 'paraphrase', why(r));
});
