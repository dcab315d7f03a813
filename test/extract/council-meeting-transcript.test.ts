import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A council's verbatim meeting record: the presiding mayor labelled by her office, the members
 * listed under a plural title in the header, the clerk calling speakers. Every name and sentence
 * is invented for these tests.
 */
function speaking(text: string): string[] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => t.speaker?.name ?? t.label);
}

const MEETING = (chair: string) =>
  [
    'Town of Elsworth',
    'Town Council Regular Meeting - Verbatim Transcript',
    'Present: Mayor Ruth Castellan; Councillors Ivo Brandt, Nell Okoro, Sam Pike.',
    '',
    `${chair}: Item four, the library hours. Councillor Brandt.`,
    '',
    'COUNCILLOR BRANDT: Thank you. The branch on Mill Road has been shut on Sundays for two years, and the survey we ran this spring says that is the day families would use it most. I propose we fund Sunday opening from the reserve.',
    '',
    'TOWN CLERK: Our first public speaker is Hana Lutz.',
    '',
    'MS. LUTZ: I have two children and I work six days a week. Sunday is the only day we can go, and it has been closed for as long as my youngest can remember.',
    '',
    `${chair}: I think we can find the money for a trial year, and I will support the motion.`,
    '',
    'COUNCILLOR OKORO: I agree with the mayor, but I want a report on the numbers in six months before we commit for longer than that.',
  ].join('\n');

test('a presiding official labelled by her elected office speaks for herself, though she hands the floor on', () => {
  const names = speaking(MEETING('MAYOR CASTELLAN'));
  assert.ok(names.includes('Ruth Castellan'), names.join(', '));
});

test('a chair labelled by name alone who hands the floor on stays procedure', () => {
  // Contrast: the same short turns under a bare name read as a moderator's (markOpeningModerator).
  const names = speaking(MEETING('RUTH CASTELLAN'));
  assert.ok(!names.includes('Ruth Castellan'), names.join(', '));
});

test('a title in the plural before a list of names is not part of the first name', () => {
  const names = speaking(MEETING('MAYOR CASTELLAN'));
  assert.ok(names.includes('Ivo Brandt'), names.join(', '));
  assert.ok(!names.some((n) => /Councillors/u.test(n)), names.join(', '));
});

test("a town's or a city's clerk calls the speakers and states nothing", () => {
  const names = speaking(MEETING('MAYOR CASTELLAN'));
  assert.ok(!names.some((n) => /clerk/iu.test(n)), names.join(', '));
});

test("the clerk's colophon closing the record is no one's words", () => {
  const text = `${MEETING('MAYOR CASTELLAN')}\n\nTranscript prepared by the Town Clerk's staff. A recording is on the town's website.`;
  const turns = findTranscriptTurns(makeArticle('t', text));
  const last = turns.at(-1)!;
  const words = last.paragraphs.map((p) => text.slice(p.start, p.end)).join(' ');
  assert.doesNotMatch(words, /Transcript prepared/u);
});
