/**
 * Speech acts inside another one's complement, and subjects set off by a town and state: invented
 * sentences, one construction each.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCueAt } from '../helpers/cue-at.ts';
import { quoteHolding, quotesOf, showQuotes as show } from '../helpers/quotes-of.ts';
import type { Quote } from '../../src/model/quote.ts';

function speakerOf(quotes: readonly Quote[], kind: Quote['kind'], words: string): string {
  return quoteHolding(quotes, words, kind).speaker?.name ?? 'nobody';
}

test('a report inside another speaker’s complement is the outer speaker’s', () => {
  const quotes = quotesOf(
    'Orla Brandt met the union on Monday. Brandt says Tomas Weller promised to keep the mill open and said he would hire more staff.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'keep the mill open'), /Brandt/u, show(quotes));
  assert.match(speakerOf(quotes, 'indirect', 'hire more staff'), /Brandt/u, show(quotes));
});

test('an adjunct before "that" still opens the complement', () => {
  const quotes = quotesOf(
    'Orla Brandt spoke in Linz. Brandt said during a rally in Linz on Friday that Weller once described the mill as a lost cause.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'lost cause'), /Brandt/u, show(quotes));
});

test('a coordinated report after a comma keeps its own speaker', () => {
  const quotes = quotesOf(
    'Orla Brandt and Tomas Weller debated on Monday. Brandt said the mill would close, and Weller said the town would fight it.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'town would fight'), /Weller/u, show(quotes));
});

test('a direct quote inside a complement keeps the words’ own speaker', () => {
  const quotes = quotesOf(
    'Orla Brandt met the union. Brandt said Tomas Weller told her: “The mill stays open.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'mill stays open'), /Weller/u, show(quotes));
});

test('an appositive ending in a town and its state is read past to the name', () => {
  const quotes = quotesOf(
    'Voters lined up early. Alma Reyes, a 40-year-old nurse from Dunmore, South Carolina, says Weller will “win this easily.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'win this easily'), /Reyes/u, show(quotes));
});

test('a name after the verb followed by an auxiliary opens the clause; it is no inverted speaker', () => {
  const quotes = quotesOf(
    'Voters lined up early. Alma Reyes, 40, a nurse, and a mother of two, says Weller will “win this easily.” “It is over,” said Weller on Tuesday.',
  );
  const wrong = quotes.filter((q) => q.text.includes('win this easily') && q.speaker?.name === 'Weller');
  assert.deepEqual(wrong, [], show(quotes));
  assert.equal(speakerOf(quotes, 'direct', 'It is over'), 'Weller', show(quotes));
});

test('a quote after a statement sentence carries that statement’s speaker, not a person its aside names', () => {
  const quotes = quotesOf(
    'Arno Kale trained here for years. “The legend stays,” Brandt said, as young fighters worked out near a large portrait of Arno Kale. “The stories stay too.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'stories stay too'), /Brandt/u, show(quotes));
});

test('a long relative clause set off by commas describes the name before it', () => {
  const quotes = quotesOf(
    'Tomas Weller met her in 2009. Alma Reyes, who served as the town’s envoy to the river board from 2012 until earlier this year, said Weller reached out to the board in his first year.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'reached out'), /Reyes/u, show(quotes));
});

test('a name after the verb followed by a past-tense verb is the clause’s subject, not an inverted speaker', () => {
  const quotes = quotesOf(
    'Tomas Weller met her in 2009. Alma Reyes, a nurse and mother of two who served as the town’s envoy to the river board for many years, said Weller reached out to the board.',
  );
  const wrong = quotes.filter((q) => q.speaker?.name === 'Tomas Weller');
  assert.deepEqual(wrong, [], show(quotes));
});

test('a plural owner’s apostrophe ("Reyes’ aides") keeps the owner in the role phrase', () => {
  const quotes = quotesOf(
    'Alma Reyes spoke in Linz. Reyes’ aides say the campaign has no wish to reply to the attacks.',
  );
  assert.equal(speakerOf(quotes, 'indirect', 'no wish to reply'), 'Reyes’ aides', show(quotes));
});

test('an insert between dashes before the verb describes the name before it', () => {
  const quotes = quotesOf(
    'Alma Reyes won the vote on Friday. Tomas Weller — who is listed as a lawyer in Linz but does not practise — told reporters that he would not appeal the result.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'would not appeal'), /Weller/u, show(quotes));
});

test('an inverted role keeps its participle modifier ("says a source involved in …")', () => {
  const quotes = quotesOf(
    'Tomas Weller spoke on Monday. “It is a way to take part without backing Weller,” says a source involved in the fund’s creation.',
  );
  assert.equal(
    speakerOf(quotes, 'direct', 'a way to take part'),
    'a source involved in the fund’s creation',
    show(quotes),
  );
});

test('a reporting clause set off by commas makes the sentence that speaker’s report', () => {
  const quotes = quotesOf(
    'Alma Reyes spoke at the mill on Monday. Workers, Reyes suggested, need not worry that the owners could close the mill before spring.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'owners could close'), /Reyes/u, show(quotes));
});

test('a group role keeps its quantity and an initialism before it ("Other E.U. leaders")', () => {
  const quotes = quotesOf(
    'Leaders met in Rome on Friday. Other E.U. leaders have proposed jointly owned drones for the border.',
  );
  assert.equal(speakerOf(quotes, 'indirect', 'jointly owned drones'), 'Other E.U. leaders', show(quotes));
});

/** The speaker and rule the rules give the cue word `word` of `text` (eventAt, no learned model). */
function eventSpeaker(text: string, word: string): { name: string | null; rule: string | null } {
  const { a, index, token } = readCueAt(text, word);
  const e = a.eventAt(index, token);
  return { name: e?.speaker?.name ?? null, rule: e?.rule ?? null };
}

test('a reporting clause closing the sentence after a comma sources a subjectless act before it', () => {
  const text =
    'Clinic fees rose this year. At private clinics, patients may be willing to pay more “because they expect good service,” Dr. Anna Okafor said.';
  assert.deepEqual(eventSpeaker(text, 'willing'), { name: 'Anna Okafor', rule: 'speaker.closing-report' });
  const inverted =
    'Clinic fees rose this year. At private clinics, patients may be willing to pay more, said Anna Okafor, a nurse in Linz.';
  assert.deepEqual(eventSpeaker(inverted, 'willing'), {
    name: 'Anna Okafor',
    rule: 'speaker.closing-report',
  });
  const adjunct =
    'Clinic fees rose this year. At private clinics, patients may be willing to pay more, Anna Okafor said in an interview on Tuesday.';
  assert.equal(eventSpeaker(adjunct, 'willing').name, 'Anna Okafor');
});

test('a closing report also sources an act that only inherits an earlier verb’s speaker', () => {
  const text =
    'Clinic fees rose this year. Tomas Weller met the nurses and promised new beds, Dr. Anna Okafor said on Tuesday.';
  assert.deepEqual(eventSpeaker(text, 'promised'), { name: 'Anna Okafor', rule: 'speaker.closing-report' });
});

test('a closing report sources a named subject’s act when its cue is no speech verb', () => {
  const text =
    'Clinic fees rose this year. Tomas Weller tried to distance himself from the board, and in doing so he “made a costly mistake,” Dr. Anna Okafor said.';
  assert.deepEqual(eventSpeaker(text, 'tried'), { name: 'Anna Okafor', rule: 'speaker.closing-report' });
  const speech =
    'Clinic fees rose this year. Tomas Weller promised new beds for the ward, Dr. Anna Okafor said on Tuesday.';
  assert.match(eventSpeaker(speech, 'promised').name ?? '', /Weller/u);
});

test('an addressee after a closing verb of telling is part of the report, not a complement', () => {
  const text =
    'Clinic fees rose this year. Tomas Weller tried to distance himself from the board, Dr. Anna Okafor told reporters on Tuesday.';
  assert.deepEqual(eventSpeaker(text, 'tried'), { name: 'Anna Okafor', rule: 'speaker.closing-report' });
  const named = 'Clinic fees rose this year. There is no need to close the ward, Anna Okafor wrote Weller.';
  assert.equal(eventSpeaker(named, 'need').name, 'Anna Okafor');
});

test('a later verb with a complement of its own, or no comma before it, is no closing report', () => {
  const complement =
    'Clinic fees rose this year. At private clinics, patients may be willing to pay more, Anna Okafor said the figures show.';
  assert.notEqual(eventSpeaker(complement, 'willing').rule, 'speaker.closing-report');
  const noComma = 'Clinic fees rose this year. Patients may be willing to pay more when Anna Okafor said so.';
  assert.notEqual(eventSpeaker(noComma, 'willing').rule, 'speaker.closing-report');
});

test('an "according to" phrase closing the sentence sources the acts before it, whatever their subject', () => {
  const poll =
    'Voters met in Linz. Most voters in Linz say they prefer lower taxes to new roads, according to a Harlow Institute poll released Thursday.';
  assert.deepEqual(eventSpeaker(poll, 'say'), {
    name: 'a Harlow Institute poll released Thursday',
    rule: 'speaker.closing-according-to',
  });
  const named =
    'Voters met in Linz. Orla Brandt met the mayor. Tomas Weller promised new roads, according to Orla Brandt.';
  assert.equal(eventSpeaker(named, 'promised').name, 'Orla Brandt');
});

test('a closing "according to" sources only its own conjunct, and a bare document no act', () => {
  const conjunct =
    'Voters met in Linz. Anna Okafor has praised the mayor’s record, and won most votes in the city, according to exit polls.';
  assert.notEqual(eventSpeaker(conjunct, 'praised').rule, 'speaker.closing-according-to');
  const document = 'Voters met in Linz. Tomas Weller promised new roads, according to a statement.';
  assert.notEqual(eventSpeaker(document, 'promised').rule, 'speaker.closing-according-to');
});
