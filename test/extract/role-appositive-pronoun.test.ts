import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.role-appositive-name: a role subject named between commas right after it ("His own
 * adviser, Dr Ilsa Varn, did little to help.") is that person for a pronoun in the next sentence.
 * Sentences invented for the test.
 */
test('a pronoun after "His own adviser, Dr Ilsa Varn, …" continues with the person, not the role words', () => {
  const text =
    'Tomas Brede was questioned by the council on Monday. His own adviser, Dr Ilsa Varn, did little to calm the ' +
    'residents. She told the meeting the fee was "up to £300 a year for each house".';
  assert.equal(speakerOfText(text, 'up to £300'), 'Ilsa Varn');
});

test('the person named so must agree with the pronoun: "he" is not Dr Maria Varn (a woman by her given name)', () => {
  const text =
    'Tomas Brede was questioned by the council on Monday. His own adviser, Dr Maria Varn, did little to calm the ' +
    'residents. He told the meeting the fee was "up to £300 a year for each house".';
  assert.notEqual(speakerOfText(text, 'up to £300'), 'Maria Varn');
});
