import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { isTallyContent } from '../../src/extract/transcripts/tally-line.ts';

const turnsOf = (text: string, title: string | null = null) =>
  findTranscriptTurns({ text, boilerplate: [], title });

test('figures, shares, scores and name-figure lists are tallies; words with a number are not', () => {
  for (const t of ['1,204.', '61%', '48 percent.', '3-2', 'Reyes 45, Amos 41.', '$3.5; $4.1'])
    assert.equal(isTallyContent(t), true, t);
  for (const t of ['About 300, and rising.', 'We counted 300 of them.', 'No.', 'About 300.'])
    assert.equal(isTallyContent(t), false, t);
});

test('a run of "Name: figure" lines is a count, not a dialogue', () => {
  const text = [
    'Ward results: the count so far.',
    '',
    'FIRST ROUND.',
    '',
    'Mara Quill: 4,210.',
    '',
    'Tomas Brenn: 3,977.',
    '',
    'SECOND ROUND.',
    '',
    'Quill: 5,102.',
    '',
    'Brenn: 4,860.',
    '',
    'Turnout: 61%.',
  ].join('\n');
  assert.deepEqual(turnsOf(text), []);
});

test('a short answer with a number is a turn, and a bare figure answering a question too', () => {
  const text = [
    'Interview with Mayor Ivo Sarn',
    '',
    'Q: How many shelters are open?',
    '',
    'MAYOR SARN: About 300, and rising.',
    '',
    'Q: And beds?',
    '',
    'MAYOR SARN: 4,000.',
  ].join('\n');
  const turns = turnsOf(text);
  assert.deepEqual(
    turns.filter((t) => t.role !== 'question').map((t) => text.slice(t.start, t.end)),
    ['About 300, and rising.', '4,000.'],
  );
});

test('the article title as its first paragraph is no label, even closed by a full stop', () => {
  const title = 'Governor Pell: the port will reopen';
  const text = [
    `${title}.`,
    '',
    'Governor Ada Pell spoke to the radio on Sunday. Part of the exchange:',
    '',
    'HOST: Will the port reopen?',
    '',
    'PELL: It will reopen in May.',
    '',
    'HOST: And the workers?',
    '',
    'PELL: They keep their jobs.',
  ].join('\n');
  const turns = turnsOf(text, title);
  assert.deepEqual(
    turns.map((t) => t.label),
    ['HOST', 'PELL', 'HOST', 'PELL'],
  );
});

test('an excerpt inside an article: the last turn stops where the writer resumes, and chrome ends it', () => {
  const text = [
    'Governor Ada Pell went on the county radio station on Sunday morning to answer questions about the storm damage at the port, and about the hundreds of workers who have been laid off since March.',
    '',
    'HOST: Will the port reopen?',
    '',
    'PELL: It will reopen in May.',
    '',
    'HOST: And the workers?',
    '',
    'PELL: They keep their jobs.',
    '',
    'The port closed in March after the storm damaged two piers.',
    '',
    'Repairs have cost the county more than it budgeted.',
  ].join('\n');
  const last = turnsOf(text).at(-1)!;
  assert.equal(text.slice(last.start, last.end), 'They keep their jobs.');
  const chrome = [
    'Interview with Governor Ada Pell',
    '',
    'HOST: Will the port reopen?',
    '',
    'PELL: It will reopen in May.',
    '',
    '…',
    '',
    'HOST: And the workers?',
    '',
    'PELL: They keep their jobs.',
    '',
    'Follow the desk on Twitter @portdesk.',
  ].join('\n');
  const turns = turnsOf(chrome);
  assert.deepEqual(
    turns.map((t) => t.paragraphs.map((p) => chrome.slice(p.start, p.end))),
    [['Will the port reopen?'], ['It will reopen in May.'], ['And the workers?'], ['They keep their jobs.']],
  );
});

test('an official record under a prose paragraph keeps its speaker’s long closing turn whole', () => {
  const closing = [
    'Thank you. I would like to add a few words about the budget.',
    'We have set aside enough money for the border service next year.',
    'We will also build three new posts along the river.',
    'I ask the government to report on the work every quarter.',
    'Let us move on to the next item.',
  ];
  const text = [
    'President Anton Veller held an operational meeting with permanent members of the Security Council to discuss regional security and the situation on the northern border.',
    '',
    'Anton Veller: Good afternoon, colleagues. Today we will discuss the northern border.',
    '',
    'Minister Oleg Rand: Thank you. The situation is calm.',
    '',
    'Anton Veller: How many new recruits have joined this year?',
    '',
    'Minister Oleg Rand: About four thousand.',
    '',
    `Anton Veller: ${closing[0]}`,
    ...closing.slice(1).flatMap((p) => ['', p]),
  ].join('\n');
  const last = turnsOf(text).at(-1)!;
  assert.deepEqual(
    last.paragraphs.map((p) => text.slice(p.start, p.end)),
    closing,
  );
});
