import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Transcript formats of the fifth round: a committee's evidence record with numbered questions,
 * and a call transcript headed "Name – Role" line by line, as earnings calls and public bodies'
 * briefing calls publish them. Every name, body and sentence is invented for these tests.
 */
function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

/** Each answering turn's speaker and its spoken words; questioners left out. */
function answers(text: string): [string | null, string][] {
  return turnsOf(text)
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | ')]);
}

describe('committee evidence: "Q41 Chair:" numbers the members’ questions', () => {
  const RECORD = [
    'Transport Committee',
    'Oral evidence: Rural bus services, HC 207',
    'Witnesses: Moira Quayle MP, Minister for Local Transport; Dr Ivo Tarrant, Director of Buses.',
    'Q41 Chair: Minister, how many routes were cut last year?',
    'Moira Quayle: Around 90, and that is too many.',
    'Dr Tarrant: Most of them ran fewer than ten passengers a day.',
    'Q42 Lena Hartwell: Will the fund be renewed?',
    'Moira Quayle: We intend to renew it, subject to the spending review.',
    'Lena Hartwell: And for how long?',
    'Moira Quayle: Three years at least.',
    'Q43 Chair: Very good. We will write to you.',
  ].join('\n');

  test('the number is no part of the label, and a numbered label is a questioner’s everywhere', () => {
    const hit = readTurnLabel('Q42 Lena Hartwell: Will the fund be renewed?', { start: 0, end: 44 });
    assert.equal(hit?.label, 'Lena Hartwell');
    assert.equal(hit?.numberedQuestion, true);
    assert.deepEqual(answers(RECORD), [
      ['Moira Quayle', 'Around 90, and that is too many.'],
      ['Ivo Tarrant', 'Most of them ran fewer than ten passengers a day.'],
      ['Moira Quayle', 'We intend to renew it, subject to the spending review.'],
      ['Moira Quayle', 'Three years at least.'],
    ]);
  });

  test('numbered lines with no unnumbered answer are a list, not a record', () => {
    const quarters = [
      'Harbour Freight results',
      'Q1 Sales: up 4% on the year.',
      'Q1 Costs: flat.',
      'Q2 Sales: down 2%.',
      'Q2 Costs: up 6% on fuel.',
    ].join('\n');
    assert.deepEqual(turnsOf(quarters), []);
  });

  test('a question number needs a capitalised label after it; prose opening with "Q4" is none', () => {
    assert.equal(readTurnLabel('Q4 results were weak: sales fell.', { start: 0, end: 33 }), null);
  });
});

describe('call transcript: each turn headed "Name – Role" on a line of its own', () => {
  // Blank lines between the blocks, as such transcripts print them: a heading line and its words.
  const CALL = [
    'Northmere Port Authority\nAnnual Results Call',
    'Participants\nHana Brightwater – Chief Executive Officer\nColm Ferris – Director of Finance\nPetra Lowe – Tidewater Gazette',
    'Presentation',
    'Operator\nGood morning and welcome to the call. I will now hand over to Hana Brightwater.',
    'Hana Brightwater – Chief Executive Officer\nThank you. Cargo volumes rose by 4 percent last year.\nWe expect a quieter year ahead.',
    'Colm Ferris – Director of Finance\nOur debt fell to 210 million.',
    'Questions and Answers',
    'Operator\nOur first question comes from Petra Lowe with the Tidewater Gazette.',
    'Petra Lowe – Tidewater Gazette\nWill the port raise its fees?',
    'Hana Brightwater – Chief Executive Officer\nNot this year.',
    'Operator\nThat concludes the call.',
  ].join('\n\n');

  test('the name is the label; the operator, the outlet’s questioner and the header list say nothing', () => {
    assert.deepEqual(answers(CALL), [
      [
        'Hana Brightwater',
        'Thank you. Cargo volumes rose by 4 percent last year. | We expect a quieter year ahead.',
      ],
      ['Colm Ferris', 'Our debt fell to 210 million.'],
      ['Hana Brightwater', 'Not this year.'],
    ]);
  });

  test('a note holding a questioner’s role is a question; an office is a speaker’s', () => {
    const line = (s: string) => readTurnLabel(s, { start: 0, end: s.length });
    assert.equal(line('Petra Lowe – Reporter, Tidewater Gazette')?.role, 'question');
    const office = line('Colm Ferris – Director of Finance');
    assert.equal(office?.role, 'named');
    assert.equal(office?.affiliated, undefined);
    assert.equal(line('Petra Lowe – Tidewater Gazette')?.affiliated, true);
    // An outlet's word counts though WordNet has a person's sense for it ("herald", "observer").
    assert.equal(line('Petra Lowe – Harbour Herald')?.affiliated, true);
    assert.equal(line('Petra Lowe – Bank of Tidewater')?.affiliated, true);
    // A sentence with a dash is no heading: it closes with a full stop, or holds clause words.
    assert.equal(line('Cargo Volumes – Up Again.'), null);
  });

  test('someone speaking for an outlet who answers, not asks, stays a speaker', () => {
    const turns = turnsOf(CALL.replace('Will the port raise its fees?', 'We covered the strike last year.'));
    const lowe = turns.find((t) => t.label === 'Petra Lowe');
    assert.equal(lowe?.interviewer, false);
  });
});

describe('phone-in: a presenter named in the header, callers known by a given name and a home town', () => {
  const SHOW = [
    'Harbour Tonight: Open Line',
    'Presenter: Tove Sandgaard. Guest: Transport Minister Ivo Sarn.',
    'SANDGAARD: Good evening. The minister is here to take your calls on the ferry timetable.',
    'SARN: Thank you, Tove. Glad to be here.',
    'SANDGAARD: Our first caller is Edna in Portwick. Go ahead, Edna.',
    'CALLER (EDNA, PORTWICK): The Sunday ferry has been cancelled four times this month. Why?',
    'SARN: Edna, I am sorry. Two of the three boats are in dry dock until March.',
    'SANDGAARD: That is a long time for an island to wait.',
    'SARN: It is, and we have hired a fourth boat for the winter.',
  ].join('\n');

  test('the presenter and the callers ask; the guest answers every call', () => {
    const turns = findTranscriptTurns(makeArticle('t', SHOW));
    assert.deepEqual(
      turns.filter((t) => !t.interviewer).map((t) => [t.speaker?.name ?? null, SHOW.slice(t.start, t.end)]),
      [
        ['Ivo Sarn', 'Thank you, Tove. Glad to be here.'],
        ['Ivo Sarn', 'Edna, I am sorry. Two of the three boats are in dry dock until March.'],
        ['Ivo Sarn', 'It is, and we have hired a fourth boat for the winter.'],
      ],
    );
  });

  test('a header line of fields run on as sentences says nothing', () => {
    const turns = findTranscriptTurns(makeArticle('t', SHOW));
    assert.ok(!turns.some((t) => t.label === 'Presenter'));
  });
});

describe('phone-in: the role in brackets after the name ("NAME (HOST):", "EDNA (CALLER):")', () => {
  test('the host and the callers ask, the host again under the surname alone; the guest answers', () => {
    const show = [
      'Harbour Radio Breakfast, 4 March',
      'TOVE SANDGAARD (HOST): Good morning. The transport minister is with us. Minister, welcome.',
      'IVO SARN: Good morning, Tove.',
      'SANDGAARD: Lines are open. Edna, go ahead.',
      'EDNA (CALLER): The Sunday ferry keeps being cancelled. Why?',
      'IVO SARN: Two of the three boats are in dry dock until March, Edna.',
      'SANDGAARD: That is a long wait for the islands.',
      'IVO SARN: It is, and we have hired a fourth boat for the winter.',
    ].join('\n');
    assert.deepEqual(
      answers(show).map(([who]) => who),
      ['Ivo Sarn', 'Ivo Sarn', 'Ivo Sarn'],
    );
  });
});
