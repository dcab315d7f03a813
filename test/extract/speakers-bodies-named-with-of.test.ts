/**
 * Constructions from real news read by the lead (December 2026), in
 * sentences written for the test: a person tied by "of" to a body whose name holds "of" and "and"
 * ("Dr. Ana Lund of the Kestria Department of Health and Social Care says"), and a capitalised
 * word before a plural of people ("Kestria health authorities are reporting").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

const CASES: readonly { name: string; text: string; words: string; speaker: string }[] = [
  {
    name: 'a person "of" a body whose name holds "and" is the subject, not the body\'s tail',
    text: 'Virus\n\nCases rose again. Dr. Ana Lund of the Kestria Department of Health and Social Care says the risk continues because there has been no frost.',
    words: 'risk continues',
    speaker: 'Ana Lund',
  },
  {
    name: 'a person "of" a department named by its role word is the subject, not the department',
    text: 'Virus\n\nCases rose again. Dr. Ana Lund of the Kestria Department of Health says the risk continues because there has been no frost.',
    words: 'risk continues',
    speaker: 'Ana Lund',
  },
  {
    name: 'look-alike: the head "of" a department is a role of the department',
    text: 'Virus\n\nCases rose again. The head of the Kestria Department of Health says the risk continues because there has been no frost.',
    words: 'risk continues',
    speaker: 'Kestria Department of Health',
  },
  {
    name: 'a capitalised word before a plural of people only modifies it ("Kestria health authorities")',
    text: 'Virus\n\nCases rose again. Kestria health authorities are reporting a sixth death linked to the virus.',
    words: 'sixth death',
    speaker: 'Kestria health authorities',
  },
  {
    name: 'the same with a plural no lexicon of sources lists ("Kestria investigators")',
    text: 'Virus\n\nCases rose again. Kestria investigators are reporting a sixth death linked to the virus.',
    words: 'sixth death',
    speaker: 'Kestria investigators',
  },
];

for (const c of CASES) {
  test(c.name, () => {
    assert.equal(speakerOfText(c.text, c.words), c.speaker);
  });
}
