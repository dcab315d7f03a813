/**
 * Speaker constructions found reading PolNeAR train's misses, in sentences written for
 * the test: a family name spelt as a function word ("Will", "From") speaks where the article
 * names the person in full.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

const LEAD = 'Budget\n\nThe council met on Monday. Mayor Ivo Brandt opened the session. ';
const COLUMNIST = `${LEAD}Columnist Ana Will wrote a long piece on Sunday. `;

test('a family name spelt as an auxiliary is the subject: "Instead, Will called for …"', () => {
  const text = `${COLUMNIST}Instead, Will called for the party to unite behind the governor.`;
  assert.equal(speakerOfText(text, 'unite behind the governor', { kind: 'indirect' }), 'Ana Will');
});

test('the same after a quotation: "“…,” Will wrote."', () => {
  const text = `${COLUMNIST}“This feud should end now,” Will wrote.`;
  assert.equal(speakerOfText(text, 'feud should end now', { kind: 'direct' }), 'Ana Will');
});

test('the same after an opening phrase: "After the storm, Will believes …"', () => {
  const text = `${COLUMNIST}After the storm, Will believes the governor has a real chance.`;
  assert.equal(speakerOfText(text, 'has a real chance', { kind: 'indirect' }), 'Ana Will');
});

test('a family name spelt as a preposition: "“…,” From said."', () => {
  const text = `${LEAD}Party strategist Peter From drafted the plan. “Our task was simple,” From said.`;
  assert.equal(speakerOfText(text, 'task was simple', { kind: 'direct' }), 'Peter From');
});

test('look-alike: a headline run of capitals the index keeps is no full name ("… Is Not")', () => {
  const text = `${LEAD}Lund Is Not Alone.\n\nNot everyone is convinced the levy will pass, the clerk said.`;
  assert.equal(speakerOfText(text, 'levy will pass', { kind: 'indirect' }), 'the clerk');
});

test('an outlet whose name ends in a calendar word reports: "USA TODAY reported …"', () => {
  const text = `${LEAD}USA TODAY reported in March that the ferry operator had skipped three inspections.`;
  assert.equal(speakerOfText(text, 'skipped three inspections', { kind: 'indirect' }), 'USA Today');
});

test('its survey is the source, not a place read from its first word: "a USA TODAY review … found"', () => {
  const text = `${LEAD}Harbour fees rose by a third last year, a USA TODAY review of port records found.`;
  assert.equal(
    speakerOfText(text, 'Harbour fees rose', { kind: 'indirect' }),
    'a USA TODAY review of port records',
  );
});

test('look-alike: a weekday between a body and its verb is still its time ("Harbour Bank Monday announced")', () => {
  const text = `${LEAD}Harbour Bank Monday announced that its ferry fees would rise in spring.`;
  assert.equal(speakerOfText(text, 'ferry fees would rise', { kind: 'indirect' }), 'Harbour Bank');
});

test('a bare appositive naming a calling before its field: "As X, professor of law at Y, put it, …"', () => {
  const text = `${LEAD}As Ivo Ramar, professor of civil law at Harlow, put it, “The bench should never be for sale.”`;
  assert.equal(speakerOfText(text, 'never be for sale', { kind: 'direct' }), 'Ivo Ramar');
});

test('the same with a written work: "X, author of two books on the port, said"', () => {
  const text = `${LEAD}“Dredging will not save the quay,” Ivo Ramar, author of two books on the port, said.`;
  assert.equal(speakerOfText(text, 'save the quay', { kind: 'direct' }), 'Ivo Ramar');
});

test('a clause before a reporting clause that opens a quotation keeps its own subject', () => {
  const text = `${LEAD}The ferry sailed at noon. As Berg attacked Lund, the dockers chanted, "Scrap it now."`;
  assert.equal(speakerOfText(text, 'the dockers chanted', { kind: 'indirect' }), 'Berg');
});

test('look-alike: an opening phrase with no subject still takes the reporter ("Instead of calling …, X said, “…”")', () => {
  const text = `${LEAD}Instead of calling himself a moderate, Tomas Berg said, “I am a man of plain sense.”`;
  assert.equal(speakerOfText(text, 'himself a moderate', { kind: 'indirect' }), 'Tomas Berg');
});

test('look-alike: a reporting clause set off inside the sentence still reports all of it', () => {
  const text = `${LEAD}Tenants, Berg suggested, need not worry that the levy will rise.`;
  assert.equal(speakerOfText(text, 'levy will rise', { kind: 'indirect' }), 'Berg');
});

test('a reduced passive opening the sentence is its agent\'s act: "When asked by X about …, Y said"', () => {
  const text = `${LEAD}When asked by Ana Lund about the ferry levy, Tomas Berg said it was fair.`;
  assert.equal(speakerOfText(text, 'about the ferry levy', { kind: 'indirect' }), 'Ana Lund');
});

test('look-alike: the main clause keeps its own subject after the reduced passive', () => {
  const text = `${LEAD}When asked by Ana Lund about the ferry levy, Tomas Berg said it was fair.`;
  assert.equal(speakerOfText(text, 'it was fair', { kind: 'indirect' }), 'Tomas Berg');
});

test('an infinitive after a verb is done by that verb’s subject, not the sentence’s first one', () => {
  const cases: [string, string][] = [
    ['Lund is drafting a ferry bill while Varnick wants to argue that the levy is unfair.', 'Varnick'],
    ['Lund is drafting a ferry bill, as Varnick tries to warn that the levy is unfair.', 'Varnick'],
  ];
  for (const [sentence, speaker] of cases)
    assert.equal(speakerOfText(`${LEAD}${sentence}`, 'levy is unfair'), speaker, sentence);
});

test('look-alike: a preposition’s object controls no infinitive ("rallied dockers in Harlow to argue")', () => {
  const text = `${LEAD}Ana Lund rallied dockers in Harlow to argue that the levy is unfair.`;
  assert.notEqual(speakerOfText(text, 'levy is unfair'), 'Harlow');
});

test('a count of time opening the sentence before a participle is no speaker; the main subject is', () => {
  for (const opener of ['Nine months after', 'Shortly after']) {
    const text = `${LEAD}${opener} announcing her backing for the ferry plan, Ana Lund says the levy can pass.`;
    assert.equal(speakerOfText(text, 'backing for the ferry plan'), 'Ana Lund', opener);
  }
});
