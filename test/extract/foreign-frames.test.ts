import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

/**
 * German and French speech frames (speakers/08-foreign-frame.ts): a report in either language
 * gives its quote to the person its frame names, title dropped, whatever the order of verb,
 * subject and quotation. Invented sentences.
 */
const FRAMES: [string, string, string][] = [
  [
    'Der Richter Tomas Egger erklärte am Freitag: „The appeal is dismissed.“',
    'The appeal is dismissed',
    'Tomas Egger',
  ],
  [
    '„The bridge stays closed“, sagte Verkehrsminister Jonas Reiter in Kassel.',
    'The bridge stays closed',
    'Jonas Reiter',
  ],
  [
    'Am Mittwoch betonte die Bürgermeisterin Hanna Lutz: „We have the money.“',
    'We have the money',
    'Hanna Lutz',
  ],
  ['Laut der Ministerin Hanna Lutz ist „the budget balanced“.', 'the budget balanced', 'Hanna Lutz'],
  [
    'La maire de Nantes, Odile Perrin, a déclaré : « The tram line opens in May. »',
    'The tram line opens in May',
    'Odile Perrin',
  ],
  ['« The talks are over », a affirmé le ministre Luc Garnier mardi.', 'The talks are over', 'Luc Garnier'],
  ['Selon le juge Marc Royer, « the file is complete ».', 'the file is complete', 'Marc Royer'],
  ["D'après la présidente Odile Perrin, « nothing was signed ».", 'nothing was signed', 'Odile Perrin'],
];

test('a German or French frame names the quote’s speaker', () => {
  for (const [text, words, speaker] of FRAMES) assert.equal(speakerOfText(text, words), speaker, text);
});

test('an inverted pronoun or a bare title goes back to the person named before', () => {
  for (const [text, words, speaker] of [
    [
      'Luc Garnier était à Brest. « The port will grow », a-t-il déclaré.',
      'The port will grow',
      'Luc Garnier',
    ],
    ['Jonas Reiter war in Kassel. „The tunnel is safe“, sagte er.', 'The tunnel is safe', 'Jonas Reiter'],
    [
      'Ministerin Hanna Lutz sprach in Ulm. „The schools reopen“, so die Ministerin.',
      'The schools reopen',
      'Hanna Lutz',
    ],
  ] as const)
    assert.equal(speakerOfText(text, words), speaker, text);
});

test('the frame’s own words are no reported clause of the speaker', () => {
  const quotes = quotesOf('Selon la ministre Odile Perrin, « the file is complete ».');
  assert.ok(!quotes.some((q) => q.kind === 'indirect'), showQuotes(quotes));
});

test('English look-alikes keep their English readings', () => {
  // "a" is an article and "die" a verb in English; "so" after "she said" joins another clause.
  for (const [text, words, speaker] of [
    ['“We will not die here,” the mayor, Ruth Ames, said.', 'We will not die here', 'Ruth Ames'],
    ['“It is done,” a spokesman for Dana Reyes said.', 'It is done', 'a spokesman for Dana Reyes'],
    [
      'Ruth Ames spoke at noon. “We are ready,” she said, so the minister Tom Hale left.',
      'We are ready',
      'Ruth Ames',
    ],
  ] as const)
    assert.equal(speakerOfText(text, words), speaker, text);
});

test('a German or French interview names the outlet as the venue', () => {
  for (const [text, venue] of [
    ['Ministerin Hanna Lutz sagte im Interview mit dem Tagesblatt: „The schools reopen.“', 'Tagesblatt'],
    ['„The tunnel is safe“, sagte Jonas Reiter gegenüber der Rheinpost.', 'Rheinpost'],
    ['« The port will grow », a déclaré Luc Garnier dans un entretien au Courrier.', 'Courrier'],
    ['« Nothing was signed », a affirmé Odile Perrin au micro de Radio Nord.', 'Radio Nord'],
  ] as const) {
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((q) => [q.kind, q.venue]),
      [['direct', venue]],
      `${text}\n  ${showQuotes(quotes)}`,
    );
  }
});
