import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * A report that calls the speaker by role alone is named by the primary its words are found in,
 * when the primary names that speaker with the role. Every name and sentence is invented.
 */
const PRIMARY = [
  'Harbour Hour, episode 9',
  '',
  'This week Tomas Brenn, the fisheries minister, talks quotas with our host Lea Marsh.',
  '',
  'LEA: Minister, where do the quotas stand?',
  '',
  'TOMAS: We will issue the new licences in June. Nobody will wait longer than that.',
].join('\n');
const SAID = 'We will issue the new licences in June.';

function speakerAfter(reportSpeaker: string, primaryText = PRIMARY, said = SAID): Quote['speaker'] {
  const primary = makeArticle('primary.txt', primaryText);
  const own: Quote = {
    ...quoteIn(
      'primary.txt',
      primaryText,
      'We will issue the new licences in June. Nobody will wait longer than that.',
      'Tomas Brenn',
    ),
    kind: 'transcript',
  };
  own.speaker = { name: 'Tomas Brenn', entity: 'tomas-brenn' };
  const reportText = `On a podcast this week, ${reportSpeaker} made a promise: “${said}”`;
  const report = makeArticle('report.txt', reportText);
  const quote = quoteIn('report.txt', reportText, said, reportSpeaker.replace(/^the /u, ''));
  const out = attachProvenance([own, quote], [primary, report], [storyOf('primary.txt', ['report.txt'])]);
  return out[1]!.speaker;
}

test('a role-only speaker whose words align to a turn is that turn’s speaker, when the primary names them with the role', () => {
  assert.deepEqual(speakerAfter('the fisheries minister'), { name: 'Tomas Brenn', entity: 'tomas-brenn' });
});

test('a role the primary never gives the turn’s speaker stays as the report wrote it', () => {
  assert.deepEqual(speakerAfter('the mayor'), { name: 'mayor', entity: null });
});

test('words the primary does not hold name nobody', () => {
  assert.deepEqual(
    speakerAfter('the fisheries minister', PRIMARY, 'The fleet will be cut by half next year.'),
    {
      name: 'fisheries minister',
      entity: null,
    },
  );
});

test('an office capitalised as a title, its article dropped, is a role too', () => {
  assert.deepEqual(speakerAfter('the Fisheries Minister'), { name: 'Tomas Brenn', entity: 'tomas-brenn' });
});

test('a role the speaker addresses to someone else after their label names no one', () => {
  const vocative = [
    'Harbour Hour, episode 10',
    '',
    'Our guest this week is Tomas Brenn.',
    '',
    'LEA: Where do the quotas stand?',
    '',
    'BRENN: With respect, Mayor. We will issue the new licences in June. Nobody will wait longer than that.',
  ].join('\n');
  assert.deepEqual(speakerAfter('the mayor', vocative), { name: 'mayor', entity: null });
});

test('the primary may spell the role otherwise, and a role "of" someone is that role', () => {
  const header = [
    'Remarks by Fisheries Advisor Tomas Brenn at the Harbour Forum',
    '',
    'TOMAS: We will issue the new licences in June. Nobody will wait longer than that.',
  ].join('\n');
  const named = { name: 'Tomas Brenn', entity: 'tomas-brenn' };
  assert.deepEqual(speakerAfter('the fisheries adviser', header), named);
  assert.deepEqual(speakerAfter('the adviser of the Harbour Minister Ola Dahl', header), named);
  assert.deepEqual(speakerAfter('the mayor', header), { name: 'mayor', entity: null });
});

test('a practitioner the primary describes by their field ("Professor of Marine Physics") is "a physicist"', () => {
  const field = PRIMARY.replace(
    'Tomas Brenn, the fisheries minister,',
    'Tomas Brenn, Professor of Marine Physics,',
  );
  assert.deepEqual(speakerAfter('a leading physicist', field), {
    name: 'Tomas Brenn',
    entity: 'tomas-brenn',
  });
  // Look-alike: a field that is not the practitioner's names no one.
  assert.deepEqual(speakerAfter('a leading chemist', field), { name: 'a leading chemist', entity: null });
});
