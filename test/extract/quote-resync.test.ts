import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParagraphQuoteMarks } from '../../src/extract/quotes/01-quote-marks.ts';
import { joinParagraphQuotes } from '../../src/extract/quotes/02-multi-paragraph.ts';
import { splitParagraphs } from '../../src/nlp/paragraphs.ts';

/**
 * Quote pairing that recovers from one unbalanced mark: a straight double mark printed for an
 * apostrophe, and an opener whose closing mark was lost. Invented text; each fault beside a
 * look-alike whose pairing must not change.
 */
function quotedTexts(text: string): string[] {
  const marks = splitParagraphs(text).map((p) => findParagraphQuoteMarks(text, p));
  return joinParagraphQuotes(text, marks).map((s) => text.slice(s.start, s.end));
}

test('a straight double mark before a clitic is an apostrophe, not a quote', () => {
  const text = '"We don"t see a delay at Tarvo"s yard," Helle Marsk said. "The hulls are ready."';
  assert.deepEqual(quotedTexts(text), ['We don"t see a delay at Tarvo"s yard,', 'The hulls are ready.']);
});

test('a straight double mark between a word and a longer word still pairs as a quote', () => {
  // "Ostra" is not a clitic: the mark after "the" opens the quoted name.
  const text = 'Crews call the ship "Ostra" and the harbour "Home."';
  assert.deepEqual(quotedTexts(text), ['Ostra', 'Home.']);
});

test('a possessive apostrophe printed as a straight mark does not open a quote running into the next paragraph', () => {
  const text = [
    'The board said Marsk"s plan would cut costs.',
    '"We will hire again in spring," Marsk said.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), ['We will hire again in spring,']);
});

test('an opener whose closing mark was lost does not swallow a later quote of its paragraph or the next', () => {
  const text = [
    '"Costs rose again, Orla Venn said in a note. "Margins will recover," Venn added.',
    '"The second half looks stronger," she said.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), ['Margins will recover,', 'The second half looks stronger,']);
});

test('a quote over several paragraphs, each reopened and the last closed, is still one quote', () => {
  const text = [
    '"We built the dam in four years. The river rose twice.',
    '"Nobody left the site," Orla Venn said.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), [
    'We built the dam in four years. The river rose twice.\n"Nobody left the site,',
  ]);
});

test('a continued quote may hold a quote of the other family; only a same-mark quote marks the opener unmatched', () => {
  const text = ["\"They told us 'wait' and we waited.", '"Then the rain came," Orla Venn said.'].join('\n');
  assert.deepEqual(quotedTexts(text), ["They told us 'wait' and we waited.\n\"Then the rain came,", 'wait']);
});

test('a straight opener whose closing mark was lost before a reporting clause does not run into the next paragraph', () => {
  const text = [
    '"Costs rose again this year, Orla Venn said on Monday.',
    '"The second half looks stronger," she added.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), ['The second half looks stronger,']);
});

test('a typographic opener whose closing mark was lost closes before the reporting clause', () => {
  const text = [
    '“Costs rose again this year, said Orla Venn.',
    '“The second half looks stronger,” she added.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), ['Costs rose again this year,', 'The second half looks stronger,']);
});

test('a said-verb inside quoted speech that is not a reporting clause leaves a continued quote whole', () => {
  const text = [
    '"When I asked the foreman, he said no. We stayed.',
    '"Then the rain came," Orla Venn said.',
  ].join('\n');
  assert.deepEqual(quotedTexts(text), [
    'When I asked the foreman, he said no. We stayed.\n"Then the rain came,',
  ]);
});

test('a closing mark before an ellipsis that opens a paragraph opens the quotation', () => {
  const text = ['Venn spoke about the storm.', '” … and then the roof gave way,” Orla Venn said.'].join('\n');
  assert.deepEqual(quotedTexts(text), ['… and then the roof gave way,']);
});
