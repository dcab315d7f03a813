import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns, type TranscriptTurn } from '../../src/extract/quotes/03-transcript-turns.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { extractHtml } from '../../src/ingest/html/html.ts';
import type { EntityType } from '../../src/model/entity.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { makeFakeIndex } from './attribution-fixtures.ts';
import { indexFor } from './mention-index.ts';

/**
 * Transcripts in the formats officials publish. Every name, place and sentence is invented; the
 * index knows Lena Novak (president), Jonas Berg, Maria Costa and Tom Hale, nobody else.
 */
const index = makeFakeIndex();

function turnsOf(text: string): TranscriptTurn[] {
  return findTranscriptTurns(makeArticle('t', text));
}

function spoken(text: string, t: TranscriptTurn): string[] {
  return t.paragraphs.map((p) => text.slice(p.start, p.end));
}

function quotesOf(text: string): Quote[] {
  return extractQuotes(makeArticle('t', text), index);
}

function transcriptQuotes(text: string): { text: string; speaker: string | null }[] {
  return quotesOf(text)
    .filter((q) => q.kind === 'transcript')
    .map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));
}

describe('turn labels', () => {
  test('MS./SECRETARY labels resolve to the full name the header gives; bare Q is the reporter', () => {
    const text = [
      'Press Briefing by Secretary of Harbours Tilde Varga and Deputy Director Osk Brannvik',
      'March 3, 2031',
      'SECRETARY VARGA:  Good morning. The new quay opens on Monday.',
      'It will take ships of every size.',
      'Q    When do the ferries return?',
      'MR. BRANNVIK:  In the spring, once the channel is dredged.',
      'Q\u00a0\u00a0\u00a0 And the fees?',
      'MS. VARGA:  They stay where they are.',
    ].join('\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => [t.label, t.role, t.interviewer, t.speaker?.name ?? null]),
      [
        ['SECRETARY VARGA', 'named', false, 'Tilde Varga'],
        ['Q', 'question', true, null],
        ['MR. BRANNVIK', 'named', false, 'Osk Brannvik'],
        ['Q', 'question', true, null],
        ['MS. VARGA', 'named', false, 'Tilde Varga'],
      ],
    );
    assert.deepEqual(spoken(text, turns[0]!), [
      'Good morning. The new quay opens on Monday.',
      'It will take ships of every size.',
    ]);
    assert.deepEqual(spoken(text, turns[3]!), ['And the fees?']);
  });

  test('a bare Q on a line of its own: the question follows on the next line and is not a quote', () => {
    const text = [
      'Remarks by Mayor Ivo Sarn at the Ferry Terminal',
      'MAYOR SARN:  The night ferry returns in June.',
      'Q',
      'Will it stop in Tarn?',
      'MAYOR SARN:  Twice a week.',
      'Q',
      'And on holidays?',
      'MAYOR SARN:  Every day.',
    ].join('\n');
    assert.deepEqual(
      turnsOf(text).map((t) => [t.label, spoken(text, t)]),
      [
        ['MAYOR SARN', ['The night ferry returns in June.']],
        ['Q', ['Will it stop in Tarn?']],
        ['MAYOR SARN', ['Twice a week.']],
        ['Q', ['And on holidays?']],
        ['MAYOR SARN', ['Every day.']],
      ],
    );
    assert.ok(!transcriptQuotes(text).some((q) => q.text.includes('holidays')));
  });

  test('a single-space Q counts only inside a text other labels show to be a transcript', () => {
    const text = [
      'Press Gaggle by Mayor Ivo Sarn Aboard the Harbour Ferry',
      'MAYOR SARN: Good afternoon. We sail at four.',
      'Q Mr. Mayor, will the fares rise?',
      'MAYOR SARN: Not this year.',
      'Q And the night ferry?',
      'MAYOR SARN: It returns in June.',
    ].join('\n');
    assert.deepEqual(
      turnsOf(text).map((t) => t.label),
      ['MAYOR SARN', 'Q', 'MAYOR SARN', 'Q', 'MAYOR SARN'],
    );
    assert.deepEqual(turnsOf('Q Street was closed on Monday.\nQ Street reopens today.'), []);
  });

  test('THE PRESIDENT: is the president the title names, never the vice president', () => {
    const text = [
      'Remarks by Vice President Arno Pell and President Lena Novak at the Harbour Forum',
      'THE PRESIDENT:  We will open the harbour to every flag.',
      'Q:  Including the northern fleets?',
      'THE PRESIDENT:  Including them.',
      'THE VICE PRESIDENT:  And the fishing boats first.',
    ].join('\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => t.speaker?.name ?? null),
      ['Lena Novak', null, 'Lena Novak', 'Arno Pell'],
    );
    const quotes = transcriptQuotes(text);
    assert.deepEqual(quotes[0], { text: 'We will open the harbour to every flag.', speaker: 'Lena Novak' });
    assert.ok(!quotes.some((q) => q.text.includes('northern fleets')), 'a Q: turn is never a quote');
  });

  test('a Title Case header ends the name at its headline words ("Aboard", "En Route", "On")', () => {
    const text = [
      'Press Gaggle by President Vell Orrin Aboard the Night Train En Route to Tarn',
      'THE PRESIDENT:  We will be in Tarn by noon.',
      'Q    Will you meet the mayor?',
      'THE PRESIDENT:  Tomorrow.',
      'Q    And the governor?',
      'THE PRESIDENT:  Maybe.',
    ].join('\n');
    assert.equal(turnsOf(text)[0]!.speaker?.name, 'Vell Orrin');
    const speech = [
      'Remarks By Governor Ilsa Orva On The Harbour Plan',
      'I am grateful that so many of you braved the sleet to be here tonight.',
      'We have waited for this harbour for twenty years, and our city is ready for it.',
      'So let us build it together, and let us build it well.',
    ].join('\n\n');
    assert.equal(turnsOf(speech)[0]?.speaker?.name, 'Ilsa Orva');
  });

  test('an office label the header does not name is the holder the transcript titles so', () => {
    const text = [
      'Press Gaggle Aboard the Night Train',
      'Q    President Vell Orrin, will you stop in Tarn?',
      'THE PRESIDENT:  We stop in Tarn at noon.',
      'Q    And after Tarn?',
      'THE PRESIDENT:  Home.',
    ].join('\n');
    const orrin: [string, EntityType, string[]] = ['Vell Orrin', 'person', ['Orrin', 'Vell Orrin']];
    const found = extractQuotes(makeArticle('r', text), indexFor(text, [orrin]));
    assert.deepEqual(
      found.map((q) => [q.text, q.speaker?.name ?? null]),
      [
        ['We stop in Tarn at noon.', 'Vell Orrin'],
        ['Home.', 'Vell Orrin'],
      ],
    );
  });

  test('Question: and Answer: labels; the answer is the interviewee the header names', () => {
    const text = [
      'Finance Minister Jonas Berg spoke to the Daily Courier.',
      'Question: Will the levy rise?',
      'Answer: Not this year.',
      'Question: And next year?',
      'Answer: We will see.',
    ].join('\n');
    assert.deepEqual(
      turnsOf(text).map((t) => t.role),
      ['question', 'answer', 'question', 'answer'],
    );
    assert.deepEqual(transcriptQuotes(text), [
      { text: 'Not this year.', speaker: 'Jonas Berg' },
      { text: 'We will see.', speaker: 'Jonas Berg' },
    ]);
  });

  test('interpreted labels keep their speaker; the note is not part of the name', () => {
    const text = [
      'Joint press conference of President Lena Novak and President Ruut Kallaste',
      'PRESIDENT KALLASTE (via interpreter):  We signed the treaty today.',
      '[President Novak] (interpreted):  It is a good day for both our countries.',
      'Q  A question for both of you.',
      'PRESIDENT KALLASTE (as interpreted):  Please.',
    ].join('\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => [t.label, t.speaker?.name ?? null]),
      [
        ['PRESIDENT KALLASTE', 'Ruut Kallaste'],
        ['President Novak', 'Lena Novak'],
        ['Q', null],
        ['PRESIDENT KALLASTE', 'Ruut Kallaste'],
      ],
    );
    assert.equal(text.slice(turns[1]!.labelSpan.start, turns[1]!.labelSpan.end), 'President Novak');
  });

  test('a label ending in a period counts when the transcript also writes it with a colon', () => {
    const text = [
      'Remarks by President Lena Novak and Mayor Ivo Sarn',
      'MAYOR SARN:  Welcome to the port.',
      'Q    What about the tolls?',
      'MAYOR SARN.\u00a0 The tolls are gone.',
      'Q    Madam President?',
      'PRESIDENT NOVAK:  NATO. It matters here too.',
    ].join('\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => t.label),
      ['MAYOR SARN', 'Q', 'MAYOR SARN', 'Q', 'PRESIDENT NOVAK'],
    );
    assert.deepEqual(spoken(text, turns[2]!), ['The tolls are gone.']);
    assert.deepEqual(spoken(text, turns[4]!), ['NATO. It matters here too.']);
  });

  test('indented labels, no-break spaces and time stamps before the label', () => {
    const text = [
      'Interview of Mayor Ivo Sarn by the Harbour Weekly',
      '   [00:00:04] HOST:\u00a0Thanks for joining us.',
      '   [00:00:09] MAYOR SARN:\u00a0Glad to be here.',
      '   [00:00:15] HOST:\u00a0Is the bridge safe?',
      '   [00:00:21] MAYOR SARN:\u00a0It is safe, and it is open.',
    ].join('\n');
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.map((t) => [t.label, t.interviewer]),
      [
        ['HOST', true],
        ['MAYOR SARN', false],
        ['HOST', true],
        ['MAYOR SARN', false],
      ],
    );
    assert.deepEqual(transcriptQuotes(text), [
      { text: 'Glad to be here.', speaker: 'Ivo Sarn' },
      { text: 'It is safe, and it is open.', speaker: 'Ivo Sarn' },
    ]);
  });

  test('MODERATOR turns, time stamps, stage directions, END and the footer are not quotes', () => {
    const text = [
      'Press Call by Director Osk Brannvik',
      '11:02 A.M. EST',
      'MODERATOR:  Thanks, everyone. Our first question goes to Vell Ostra.',
      'Q    Is the channel open?',
      'DR. BRANNVIK:  It is open to small boats.',
      '(Laughter.)',
      'Larger ships wait until June.  (Applause.)',
      'MODERATOR:  Next question.',
      'Q    And the lighthouse?',
      'DR. BRANNVIK:  Rebuilt by autumn.',
      'END  11:20 A.M. EST',
      'Stay connected: sign up for updates from the ministry.',
    ].join('\n');
    assert.deepEqual(transcriptQuotes(text), [
      { text: 'It is open to small boats.', speaker: 'Osk Brannvik' },
      { text: 'Larger ships wait until June.  (Applause.)', speaker: 'Osk Brannvik' },
      { text: 'Rebuilt by autumn.', speaker: 'Osk Brannvik' },
    ]);
  });
});

describe('speeches and nested quotations', () => {
  const SPEECH = [
    'Briefing Room',
    'Remarks by National Security Adviser Kale Ostrom on Harbour Security at the Tarn Institute',
    'May 9, 2031 • Speeches and Remarks',
    '*AS DELIVERED*',
    'Good evening, and welcome. I want to talk about our harbours this morning.',
    'Our ports carry most of what we eat, and we have let them age.',
    '(Applause.)',
    'So we will rebuild them, and we will start with the northern docks.',
    'END',
    'Share this page',
  ].join('\n\n');

  test('an unlabelled speech: its title names the speaker of every body paragraph', () => {
    const turns = turnsOf(SPEECH);
    assert.equal(turns.length, 1);
    assert.equal(turns[0]!.speaker?.name, 'Kale Ostrom');
    assert.deepEqual(spoken(SPEECH, turns[0]!), [
      'Good evening, and welcome. I want to talk about our harbours this morning.',
      'Our ports carry most of what we eat, and we have let them age.',
      'So we will rebuild them, and we will start with the northern docks.',
    ]);
    assert.deepEqual(
      transcriptQuotes(SPEECH).map((q) => q.speaker),
      ['Kale Ostrom', 'Kale Ostrom', 'Kale Ostrom'],
    );
  });

  test('a report headed like a speech but told in the third person is not one', () => {
    const report = [
      'Remarks by Kale Ostrom draw criticism from the port unions',
      'The adviser spoke at the Tarn Institute on Tuesday.',
      'Union leaders said the plan ignored the southern docks.',
      'Ostrom did not answer questions after the event.',
    ].join('\n');
    assert.deepEqual(turnsOf(report), []);
  });

  test('a quotation inside a transcript paragraph is a direct quote of its own speaker', () => {
    const text = [
      'Remarks by President Lena Novak at the Harbour Forum',
      'THE PRESIDENT:  As Senator Tom Hale said, “the harbour belongs to everyone.” I agree.',
      'Q    Will the senator vote for the bill?',
      'THE PRESIDENT:  Ask him.',
      'Q    Will you?',
      'THE PRESIDENT:  Yes.',
    ].join('\n');
    const quotes = quotesOf(text);
    const nested = quotes.find((q) => q.kind === 'direct');
    assert.equal(nested?.text, 'the harbour belongs to everyone.');
    assert.equal(nested?.speaker?.name, 'Tom Hale');
    assert.equal(quotes.filter((q) => q.kind === 'transcript' && q.speaker?.name === 'Lena Novak').length, 3);
  });

  test('bold labels of an HTML transcript read as labels', () => {
    const html = `<html><body><article><h1>Remarks by Mayor Ivo Sarn and Director Osk Brannvik</h1>
      <p><strong>MAYOR SARN</strong> Good morning. The bridge is open.</p>
      <p><b>Q</b> When will the trams run?</p>
      <p><strong>DIRECTOR BRANNVIK</strong> In May, if the tests pass.</p>
      <p><b>Q</b> And the cost?</p>
      <p><strong>MAYOR SARN</strong> Within the budget we set.</p>
      <p><strong>The council</strong> met later that day.</p></article></body></html>`;
    const page = extractHtml(html);
    const text = page.text;
    assert.match(text, /^MAYOR SARN: Good morning\./mu);
    assert.match(text, /^The council met later/mu);
    const turns = findTranscriptTurns(makeArticle('t', text, { title: page.title }));
    assert.deepEqual(
      turns.map((t) => [t.label, t.speaker?.name ?? null]),
      [
        ['MAYOR SARN', 'Ivo Sarn'],
        ['Q', null],
        ['DIRECTOR BRANNVIK', 'Osk Brannvik'],
        ['Q', null],
        ['MAYOR SARN', 'Ivo Sarn'],
      ],
    );
  });
});

describe('a transcript copied out of a PDF', () => {
  // Lines broken where the page's lines ended, a running header and a page number mid-sentence.
  const PDF = [
    'Select Panel on Ferries: Record of Evidence',
    'SELECT PANEL ON FERRIES',
    'Record of evidence, Thursday, 5 March 2026',
    'WITNESS: Ms Halla Brekke, Harbour Director',
    'The CHAIR: Welcome. Ms Brekke, would you open with a short statement about the winter',
    'timetable?',
    'Ms BREKKE: Thank you. We cut four sailings in January because two of our three boats needed',
    'new engines, and the spare boat was too small for the northern crossing in rough seas. We',
    'SELECT PANEL ON FERRIES — RECORD OF EVIDENCE — 5 March 2026',
    '7',
    'will restore the sailings in April once the second engine has been fitted and tested.',
    'The CHAIR: Will fares rise to pay for the engines, Ms Brekke, or will the council pay?',
    'Ms BREKKE: The council has agreed to pay for both engines, so fares will stay as they are',
    'for the whole of next year, and we have written to every season ticket holder to say so.',
    'SELECT PANEL ON FERRIES — RECORD OF EVIDENCE — 5 March 2026',
    '8',
  ].join('\n');

  test('a label after a sentence ends opens a turn, however long the line before', () => {
    const turns = turnsOf(PDF);
    assert.deepEqual(
      turns.map((t) => t.label),
      ['The CHAIR', 'Ms BREKKE', 'The CHAIR', 'Ms BREKKE'],
    );
  });

  test('a page’s number and its repeated title line inside a turn are nobody’s words', () => {
    const brekke = turnsOf(PDF).filter((t) => t.label === 'Ms BREKKE');
    const spans = brekke.flatMap((t) => spoken(PDF, t));
    assert.ok(
      spans.every((p) => !/RECORD OF EVIDENCE|^[78]$/mu.test(p)),
      spans.join(' | '),
    );
    assert.ok(spans.some((p) => p.endsWith('rough seas. We')));
    assert.ok(spans.some((p) => p.startsWith('will restore the sailings in April')));
  });
});
