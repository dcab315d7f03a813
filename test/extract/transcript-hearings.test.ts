import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { lineNumberLength } from '../../src/nlp/line-numbers.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { readWitnessIntroduction, readWitnessLine } from '../../src/extract/transcripts/witness-line.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Court and inquiry transcripts: numbered lines, the count restarting with every page, a running
 * header between pages, a witness called by a "(sworn)" / "(affirmed)" line and examined with
 * "Q." / "A."; and a doorstop's "SUBJECTS:" line. Every name and sentence is invented for these tests.
 */
function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

function spoken(text: string, t: TranscriptTurn): string[] {
  return t.paragraphs.map((p) => text.slice(p.start, p.end));
}

const HEARING = [
  'Coastal Ferries Inquiry: Transcript of Day 3',
  'Tuesday, 9 June 2026',
  ' 1                             (2.00 pm)',
  ' 2   THE CHAIR: Good afternoon. Mr Pell, your next witness.',
  ' 3   MR PELL: Thank you, Chair. I call Dr Ilsa Varnholt.',
  ' 4                  DR ILSA VARNHOLT (sworn)',
  ' 5             Examination by MR PELL',
  ' 6   Q. Dr Varnholt, you ran the ferry authority until last year?',
  ' 7   A. I did. I ran it for six years.',
  ' 8   Q. Were the hulls inspected every winter?',
  ' 9   A. Every winter, yes. The reports went to the board.',
  '10   The board never asked me about them.',
  '                                                     14',
  '          Coastal Ferries Inquiry  9 June 2026  Day 3',
  ' 1   That is my recollection, at least.',
  ' 2   THE CHAIR: Very well. We will rise there.',
].join('\n');

describe('line-numbered hearing transcript', () => {
  test('a line number set off by two spaces or a tab is the page’s; one space opens prose', () => {
    assert.equal(lineNumberLength('12   A. I did not.'), 5);
    assert.equal(lineNumberLength('3\tMS ROE: Thank you.'), 2);
    assert.equal(lineNumberLength('12 people were hurt in the crash.'), 0);
    assert.equal(lineNumberLength('1. Open the gates.'), 0);
  });

  test('labels are read after the line number', () => {
    const line = ' 9   A. Every winter, yes.'.trim();
    assert.equal(readTurnLabel(line, { start: 0, end: line.length })?.label, 'A');
    const chair = '2   THE CHAIR: Good afternoon.';
    assert.equal(readTurnLabel(chair, { start: 0, end: chair.length })?.label, 'THE CHAIR');
  });

  test('the witness line names who answers; the line and the examination heading are nobody’s words', () => {
    const line = '4                  DR ILSA VARNHOLT (sworn)';
    assert.equal(readWitnessLine(line, { start: 0, end: line.length })?.name, 'Ilsa Varnholt');
    const comma = 'Tove Ambler, affirmed';
    assert.equal(readWitnessLine(comma, { start: 0, end: comma.length })?.name, 'Tove Ambler');
    const prose = 'The witness was sworn in at noon.';
    assert.equal(readWitnessLine(prose, { start: 0, end: prose.length }), null);
    const turns = turnsOf(HEARING);
    const pell = turns.find((t) => t.label === 'MR PELL')!;
    assert.deepEqual(spoken(HEARING, pell), ['Thank you, Chair. I call Dr Ilsa Varnholt.']);
    const answers = turns.filter((t) => t.role === 'answer');
    assert.deepEqual(
      answers.map((t) => t.speaker?.name),
      ['Ilsa Varnholt', 'Ilsa Varnholt'],
    );
  });

  test('an answer runs on across numbered lines and past a page break, without the page number or header', () => {
    const last = turnsOf(HEARING)
      .filter((t) => t.role === 'answer')
      .at(-1)!;
    assert.deepEqual(spoken(HEARING, last), [
      'Every winter, yes. The reports went to the board.',
      'The board never asked me about them.',
      'That is my recollection, at least.',
    ]);
  });

  test('the chair and counsel of a hearing that calls a witness examine: their turns are questions', () => {
    const examiners = turnsOf(HEARING).filter((t) => t.label === 'THE CHAIR' || t.label === 'MR PELL');
    assert.equal(examiners.length, 3);
    assert.ok(examiners.every((t) => t.interviewer && t.speaker === null));
  });
});

test('a doorstop’s SUBJECTS line is a header, not a speaker', () => {
  const text = [
    'Doorstop interview, Marlow Wharf',
    'The Hon. Petra Brask MP, Minister for Ports',
    'SUBJECTS: Wharf upgrade; container fees',
    'E&OE',
    'MINISTER: Good morning. The wharf upgrade starts in July.',
    'JOURNALIST: Will container fees rise?',
    'MINISTER: Not this year. We will review them in the spring.',
    'JOURNALIST: And the dredging contract?',
    'MINISTER: It goes to tender next month.',
  ].join('\n');
  const labels = turnsOf(text).map((t) => t.label);
  assert.ok(!labels.includes('SUBJECTS'), labels.join(', '));
  assert.equal(labels[0], 'MINISTER');
});

test('a one-word office label the lexicon does not list is the person the header gives that office', () => {
  const lines = (header: string) =>
    [
      'Doorstop interview, Quay Street',
      header,
      'COMPTROLLER: Good morning. The audit is finished.',
      'JOURNALIST: When will it be published?',
      'COMPTROLLER: On Friday, with every page.',
      'JOURNALIST: Will anyone resign?',
      'COMPTROLLER: That is not for me to say.',
    ].join('\n');
  for (const header of ['Ms Anja Tervo, Comptroller', 'Comptroller Anja Tervo, with reporters']) {
    const turns = turnsOf(lines(header)).filter((t) => t.label === 'COMPTROLLER');
    assert.deepEqual(
      turns.map((t) => t.speaker?.name),
      ['Anja Tervo', 'Anja Tervo', 'Anja Tervo'],
      header,
    );
  }
});

describe('court record with examination headings', () => {
  const RECORD = [
    'Superior Court, Day 4',
    'Official transcript',
    ' 1                 TOMAS VELLACOTT,',
    ' 2   having been first duly sworn, was examined and testified as follows:',
    ' 3                     DIRECT EXAMINATION',
    ' 4   BY MS. ORTEGA:',
    ' 5        Q.   When did the pump fail?',
    ' 6        A.   On the second night. Nobody was on duty.',
    ' 7             MS. ORTEGA: Nothing further.',
    ' 8             THE COURT: Cross?',
    ' 9                   CROSS-EXAMINATION',
    '10   BY MR. HALE:',
    '11        Q.   Who set the rota?',
    '12        A.   I did.',
    '13             THE WITNESS: May I explain?',
    '14             THE COURT: Briefly.',
  ].join('\n');

  test('the sworn clause names the witness, whose answers and own remarks these are', () => {
    const turns = turnsOf(RECORD);
    const witness = turns.filter((t) => !t.interviewer);
    assert.deepEqual(
      witness.map((t) => [t.label, t.speaker?.name]),
      [
        ['A', 'Tomas Vellacott'],
        ['A', 'Tomas Vellacott'],
        ['THE WITNESS', 'Tomas Vellacott'],
      ],
    );
  });

  test('counsel, the court and the examination headings are no testimony', () => {
    const turns = turnsOf(RECORD);
    assert.ok(!turns.some((t) => t.label.startsWith('BY ')));
    const court = turns.find((t) => t.label === 'THE COURT')!;
    assert.ok(court.interviewer);
    assert.deepEqual(spoken(RECORD, court), ['Cross?']);
  });
});

describe('hearing record whose header lists the witnesses', () => {
  const RECORD = [
    'FERRY SAFETY AFTER THE KESTREL GROUNDING',
    'HEARING BEFORE THE SUBCOMMITTEE ON COASTAL SHIPPING',
    'WITNESSES: Ilsa Varnholt, Commissioner, Coastal Ferry Board; Dr. Ivo Pellegrin, Professor of Naval Architecture',
    'Mr. ROSKOVA. The subcommittee will come to order. Commissioner Varnholt, you are recognized.',
    'Ms. VARNHOLT. Thank you, Mr. Chairman. Nobody had checked that hull since 2024.',
    'Mr. ROSKOVA. Dr. Pellegrin.',
    'Dr. PELLEGRIN. The older ferries should be retired by 2030. That is a choice for this Committee.',
    'Mrs. ALDANA. Thank you, Mr. Chairman. I yield back the balance of my time.',
    'Ms. VARNHOLT. We will publish the inspection reports this month.',
    'Mr. ROSKOVA. The subcommittee stands adjourned.',
  ].join('\n');

  test('the listed witnesses answer; the chair and the members who call and question them ask', () => {
    const turns = turnsOf(RECORD);
    assert.deepEqual(
      turns.filter((t) => !t.interviewer).map((t) => [t.speaker?.name ?? null, spoken(RECORD, t)[0]]),
      [
        ['Ilsa Varnholt', 'Thank you, Mr. Chairman. Nobody had checked that hull since 2024.'],
        [
          'Ivo Pellegrin',
          'The older ferries should be retired by 2030. That is a choice for this Committee.',
        ],
        ['Ilsa Varnholt', 'We will publish the inspection reports this month.'],
      ],
    );
    // The chair calling the next witness ("Dr. Pellegrin.") is the chair's turn, not the witness's words.
    assert.deepEqual(
      turns.filter((t) => t.interviewer).map((t) => t.label),
      ['Mr. ROSKOVA', 'Mr. ROSKOVA', 'Mrs. ALDANA', 'Mr. ROSKOVA'],
    );
  });

  test('a heading over the list, one witness a line, names them as well', () => {
    const lined = RECORD.replace(
      'WITNESSES: Ilsa Varnholt, Commissioner, Coastal Ferry Board; Dr. Ivo Pellegrin, Professor of Naval Architecture',
      'WITNESSES\nIlsa Varnholt, Commissioner, Coastal Ferry Board\nDr. Ivo Pellegrin, Professor of Naval Architecture',
    );
    assert.deepEqual(
      turnsOf(lined)
        .filter((t) => !t.interviewer)
        .map((t) => t.speaker?.name ?? null),
      ['Ilsa Varnholt', 'Ivo Pellegrin', 'Ilsa Varnholt'],
    );
  });

  test('without the list, a record of members alone keeps every member a speaker', () => {
    const members = RECORD.split('\n')
      .filter((l) => !l.startsWith('WITNESSES'))
      .join('\n');
    assert.ok(turnsOf(members).some((t) => t.label === 'Mrs. ALDANA' && !t.interviewer));
  });
});

describe('hearing typed with surname labels, the witnesses introduced in the chair’s prose', () => {
  const TYPED = [
    'Hearing on Ferry Safety After the Kestrel Grounding',
    'Subcommittee on Coastal Shipping',
    'Chair: The subcommittee will come to order. Our witnesses today are Ilsa Varnholt, who has run the Coastal Ferry Board since 2021, and Dr. Ivo Pellegrin, a naval architect at Harwick University. Ms. Varnholt, you are recognized.',
    'Varnholt: Thank you, Mr. Chairman. Nobody had checked that hull since 2024.',
    'Chair: Thank you. Dr. Pellegrin.',
    'Pellegrin: The older ferries should be retired by 2030.',
    'Aldana: Thank you, Mr. Chairman. I yield the balance of my time to the gentleman from Vermont.',
    'Roskova: I thank the gentlelady. I yield back.',
    'Chair: The gentleman yields back. We are adjourned.',
  ].join('\n');

  test('the introduced witnesses answer; the chair and the members ask', () => {
    const turns = turnsOf(TYPED);
    assert.deepEqual(
      turns.filter((t) => !t.interviewer).map((t) => t.speaker?.name ?? null),
      ['Ilsa Varnholt', 'Ivo Pellegrin'],
    );
    assert.deepEqual(
      turns.filter((t) => t.interviewer).map((t) => t.label),
      ['Chair', 'Chair', 'Aldana', 'Roskova', 'Chair'],
    );
  });

  test('the introduction is read as a list: names that open its members, not names inside them', () => {
    const at = TYPED.indexOf('Chair: The');
    const para = { start: at, end: TYPED.indexOf('\n', at) };
    assert.deepEqual(
      readWitnessIntroduction(TYPED, para).map((n) => n.name),
      ['Ilsa Varnholt', 'Ivo Pellegrin'],
    );
  });

  test('without the introduction every member stays a speaker', () => {
    const bare = TYPED.replace(/Our witnesses today are [^.]+\. [^.]+\. /u, '');
    assert.ok(turnsOf(bare).some((t) => t.label === 'Aldana' && !t.interviewer));
  });
});

describe('witnesses introduced one sentence each, with an ordinal and a title after a comma', () => {
  const CALLED = [
    'Hearing on Grain Silo Inspections',
    'Senate Committee on Rural Works',
    'THE CHAIR: Good morning. Our first witness is Ms. Odile Branstock, Chief Inspector of the Grain Board. Our second witness is Mr. Tomas Weyland, Deputy Chief of Staff of the Reserve. Our third witness is Dr. Kasia Ferrand, Professor of Agronomy at Lindell College.',
    'MS. BRANSTOCK: Thank you, Madam Chair. Half the silos we checked had cracked floors.',
    'MR. WEYLAND: The reserve can lend engineers for the spring inspections.',
    'SEN. OKAFOR: Thank you, Madam Chair. Dr. Ferrand, who pays for the repairs?',
    'DR. FERRAND: The owners should, but most of them cannot. I would start with a loan fund.',
    'SEN. OKAFOR: Then we will write one into the bill. I yield back.',
  ].join('\n');

  test('each name ends at its comma; "second" and "third" witnesses are read too', () => {
    const at = CALLED.indexOf('THE CHAIR:');
    const para = { start: at, end: CALLED.indexOf('\n', at) };
    assert.deepEqual(
      readWitnessIntroduction(CALLED, para).map((n) => n.name),
      ['Odile Branstock', 'Tomas Weyland', 'Kasia Ferrand'],
    );
  });

  test('the witnesses answer; a member who also states something still asks', () => {
    const turns = turnsOf(CALLED);
    assert.deepEqual(
      turns.filter((t) => !t.interviewer).map((t) => t.label),
      ['MS. BRANSTOCK', 'MR. WEYLAND', 'DR. FERRAND'],
    );
  });
});
