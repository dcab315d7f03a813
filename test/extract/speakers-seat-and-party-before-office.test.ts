import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';

/**
 * A member of a Westminster-style parliament named by party or seat before "MP" ("Labour MP Ana
 * Roe", "Harbour North MP Ana Roe"): "MP" is an office before the name, and the person is the name
 * after it, whatever capitalised words stand before; and a committee witness's label giving a long
 * post in its brackets. Every name, place and sentence is invented for these tests.
 */
const INTRO = 'The ferry bill cleared committee on Tuesday. "We did our job," the chair said.\n\n';

test('"Party MP Name said" names the member, not "MP Name"', () => {
  const text = `${INTRO}Labour MP Tessa Ormond said the fares would rise. "Nobody voted for dearer ferries," Ms. Ormond said.`;
  assert.equal(speakerOfText(text, 'Nobody voted', { kind: 'direct' }), 'Tessa Ormond');
});

test('a seat before "MP" and a verb without an ending still hand the colon’s quote to the member', () => {
  const text = `${INTRO}Harbour North MP Tessa Ormond put it plainly: "All of the ferries are late."`;
  assert.equal(speakerOfText(text, 'All of the ferries', { kind: 'direct' }), 'Tessa Ormond');
});

test('a committee witness labelled with a post, a branch and a department in brackets', () => {
  const line =
    'Mr. Idris Tallack (Director General, Marine Safety Directorate, Department of Transport): Thank you, Madam Chair.';
  const hit = readTurnLabel(line, { start: 0, end: line.length });
  assert.ok(hit, 'no label read');
  assert.equal(hit.label, 'Mr. Idris Tallack');
});
