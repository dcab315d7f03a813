/**
 * Coordinated subjects beyond two parts and past a floating quantifier: the first item of a list
 * ("X, Y and Z said") heads it (speakers/coordinated-subject.ts listHead), and "X and Y both/all
 * said", whose quantifier sends the cue to the fallback source (attribution/source.ts), also gives
 * the first name. Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a list of three names before the verb: the first item heads it', () => {
  const got = speakerOf('The talks failed. Weller, Lund and Cole said the ban was needed.', 'ban was needed');
  assert.match(got ?? '', /Weller/u);
});

test('an opening phrase before the list stays outside it', () => {
  const got = speakerOf(
    'The talks failed. In Harlow, Weller and Lund said the ban was needed.',
    'ban was needed',
  );
  assert.match(got ?? '', /Weller/u);
});

test('two names and a floating "both": the first name heads the subject', () => {
  const got = speakerOf(
    'The vote was close. Lund and Varga both said that the count was fair.',
    'count was fair',
  );
  assert.match(got ?? '', /Lund/u);
});

test('a list of names and a floating "all": the first name heads the subject', () => {
  const got = speakerOf('The talks failed. Weller, Lund and Cole all called for the ban.', 'the ban');
  assert.match(got ?? '', /Weller/u);
});
