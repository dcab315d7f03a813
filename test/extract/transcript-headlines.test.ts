import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';

const turnsOf = (text: string) => findTranscriptTurns({ text, boilerplate: [], title: null });

test('a headline kicker that reads as a clause is no speaker label', () => {
  const text = [
    'DEAL IS DONE: Harbour Board Signs Port Lease.',
    '',
    'The harbour board signed the lease on Tuesday after a year of talks, officials said.',
    '',
    '“We are glad it is over,” said Mara Varne, the board’s chair.',
  ].join('\n');
  assert.deepEqual(turnsOf(text), []);
});

test('a two-word upper-case kicker on the first line, news prose under it, is no monologue', () => {
  const text = [
    'HARBOUR WATCH: Board signs port lease.',
    '',
    'The harbour board signed the lease on Tuesday after a year of talks.',
    '',
    'Critics said the terms favoured the operator.',
  ].join('\n');
  assert.deepEqual(turnsOf(text), []);
});

test('section headings that each open one paragraph are not a dialogue', () => {
  const text = [
    'Pollsters: the mayor will win the runoff.',
    '',
    'Most of the panel expect the mayor to hold on.',
    '',
    'Northvale: “She has the machine,” said one organiser.',
    '',
    'Eastport: Turnout there fell by a third in the first round.',
    '',
    'Lower Brenn: Organisers expect a closer count.',
    '',
    'Southmere: Nobody expects a surprise.',
  ].join('\n');
  assert.deepEqual(turnsOf(text), []);
});

test('a dialogue where speakers come back is still a transcript', () => {
  const text = [
    'Interview with Minister Ilse Varn',
    '',
    'HOST: Minister, will the port reopen?',
    '',
    'VARN: It will reopen in May.',
    '',
    'HOST: And the workers?',
    '',
    'VARN: They keep their jobs.',
  ].join('\n');
  const turns = turnsOf(text);
  assert.deepEqual(
    turns.map((t) => t.label),
    ['HOST', 'VARN', 'HOST', 'VARN'],
  );
});

test('one office label under a header stays a monologue', () => {
  const text = [
    'Remarks by the Governor on the Harbour Bill',
    '',
    'THE GOVERNOR: Good evening, and welcome. We will sign the bill next week.',
    '',
    'The bill protects the dock workers.',
  ].join('\n');
  const turns = turnsOf(text);
  assert.equal(turns.length, 1);
  assert.equal(turns[0]!.label, 'THE GOVERNOR');
});
