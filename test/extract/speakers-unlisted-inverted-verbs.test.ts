/**
 * A verb outside the lexicon right after a quotation, before its speaker ("“…!” cheered X"): a
 * short exclamation or question is a statement, not a quoted term (speakers/07-unlisted-verb.ts).
 * Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a short exclamation with a hometown after the inverted name is attributed', () => {
  const got = speakerOf(
    'The vote was close. “What a night!” beamed Ida Cole of Kelmore, Iowa, who had driven in for the count.',
    'What a night',
  );
  assert.match(got ?? '', /Ida Cole/u);
});

test('a short exclamation before an inverted unlisted verb is attributed', () => {
  const got = speakerOf('The vote was close. “We did it!” cheered Tomas Weller.', 'We did it');
  assert.match(got ?? '', /Tomas Weller/u);
});
