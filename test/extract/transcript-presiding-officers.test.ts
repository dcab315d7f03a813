import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Who presides over a record and states nothing of their own: a court's chief justice calling
 * counsel, a council's president giving the floor to the delegations; and the header lines that
 * name counsel or the presidency, which are no turns. Every name and sentence is invented for
 * these tests.
 */
function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

function statements(text: string): string[] {
  return turnsOf(text)
    .filter((t) => t.role === 'named' && !t.interviewer)
    .map((t) => t.label);
}

const ARGUMENT = [
  'NORTH TARRAN SUPREME COURT, ORAL ARGUMENT',
  'No. 4417',
  'APPEARANCES:',
  'Ines Marrow, Coldwater, argued the cause for the appellants.',
  'Teodor Vash, Deputy Solicitor General, argued the cause for the State.',
  '',
  'CHIEF JUSTICE ABELLARD: We will hear the quarry case now. Ms. Marrow.',
  '',
  'MS. MARROW: Thank you, Chief Justice. The permit was issued without any hearing at all, and the statute requires one for every new pit.',
  '',
  'JUSTICE KOVACS: Was a hearing ever asked for?',
  '',
  'MS. MARROW: Twice, Your Honor, and the board answered neither letter before it voted.',
  '',
  'CHIEF JUSTICE ABELLARD: Thank you. Mr. Vash.',
  '',
  'MR. VASH: The board gave notice in the county paper for six weeks, which is what the statute asks of it.',
  '',
  'CHIEF JUSTICE ABELLARD: Thank you both. We stand adjourned on this matter.',
].join('\n');

test('a court’s chief justice presides as a chair does: counsel’s turns are the statements', () => {
  const labels = statements(ARGUMENT);
  assert.deepEqual([...new Set(labels)].sort(), ['MR. VASH', 'MS. MARROW']);
});

test('a court record’s APPEARANCES heading lists counsel, and is no one’s turn', () => {
  const labels = turnsOf(ARGUMENT).map((t) => t.label.toLowerCase());
  assert.ok(!labels.includes('appearances'), labels.join(', '));
});

const COUNCIL = [
  'Regional Council on Inland Waters',
  '12th meeting',
  'President: Ms. Oduya (Kenya)',
  '',
  'The President: I welcome the Director of the secretariat and give her the floor.',
  '',
  'Ms. Halvorsen (Director): Thank you, Madam President. River flows at the gauging stations fell by a fifth over the last decade, and the fall is steepest in the dry season.',
  '',
  'The President: I thank the Director. Chile has asked to speak. I give the floor to Chile.',
  '',
  'Mr. Araya (Chile): Madam President, Chile will share the data of all its gauging stations from next year, and we ask every member to do the same.',
  '',
  'The President: I thank Chile. I give the floor to Finland.',
  '',
  'Ms. Lehtinen (Finland): Finland supports the proposal and will fund two stations on shared rivers.',
].join('\n');

test('a council’s president who gives the floor is its chair; the header’s presidency line is no turn', () => {
  const labels = statements(COUNCIL);
  assert.deepEqual([...new Set(labels)].sort(), ['Mr. Araya', 'Ms. Halvorsen', 'Ms. Lehtinen']);
});

test('a head of state labelled "THE PRESIDENT:" who answers is still the official', () => {
  const text = [
    'Remarks by the President on the Harbour Bridge',
    '',
    'THE PRESIDENT: Thank you. The bridge will open in May, and tolls will stay at two dollars for the first year.',
    '',
    'SECRETARY OKONJO: The inspections are finished, and the last lane opens the week before.',
    '',
    'Q: Will the tolls rise after that?',
    '',
    'THE PRESIDENT: Not while I am in office.',
  ].join('\n');
  assert.ok(statements(text).includes('THE PRESIDENT'));
});
