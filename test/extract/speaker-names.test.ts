/**
 * Speakers read with the real entity index over a few invented articles: names cut at a middle
 * initial, titles the recogniser took for a person's alias, and other slips of the index that the
 * attribution rules must not pass on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { findFallbackSource } from '../../src/extract/attribution/source.ts';
import { analyzeArticle, extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** [quote words, speaker name] of every quote of each text, the texts indexed together. */
function speakersOf(...texts: string[]): [string, string | null][][] {
  return speakersWith(false, texts);
}

/** As speakersOf, reported speech included. */
function reportedSpeakersOf(...texts: string[]): [string, string | null][][] {
  return speakersWith(true, texts);
}

function speakersWith(indirect: boolean, texts: string[]): [string, string | null][][] {
  const articles = texts.map((t, i) => makeArticle(`a${i}`, t));
  const index = buildEntityIndex(articles);
  return articles.map((a) =>
    extractQuotes(a, index, { indirect }).map((q) => [q.text, q.speaker?.name ?? null]),
  );
}

test('a middle initial does not cut the speaker to the given name', () => {
  const [quotes] = speakersOf(
    'Voters wavered.\n\n"It is smart," said Representative Tobias K. Wendler of Ohio.\n',
  );
  assert.deepEqual(quotes, [['It is smart,', 'Tobias K. Wendler']]);
});

test('a title abbreviation another article used does not stand for that person', () => {
  const [, second] = speakersOf(
    'Voters wavered.\n\n"It is smart," said Representative Tobias K. Wendler of Ohio.\n',
    'Members argued.\n\n"They want a photo op," said Rep. Lorna Achterberg of Iowa, the ranking member.\n',
  );
  assert.deepEqual(second, [['They want a photo op,', 'Lorna Achterberg']]);
});

test('a quotation printed between doubled apostrophes takes the speaker named after it', () => {
  const [quotes] = speakersOf(
    "The vote was close.\n\n''It is only tinkering,'' said Mira Okonjo, an economist at a research group.\n",
  );
  assert.ok(quotes!.length > 0);
  for (const [, speaker] of quotes!) assert.equal(speaker, 'Mira Okonjo');
});

test('a single-quoted quotation takes the speaker named after it', () => {
  const [quotes] = speakersOf("Talks resumed.\n\n'We are not done yet,' said Ilsa Varnholt on Monday.\n");
  assert.deepEqual(quotes, [['We are not done yet,', 'Ilsa Varnholt']]);
});

test('a question mark ending the quotation does not cut it from its attribution', () => {
  const [quotes] = speakersOf(
    'Tessler spoke first, saying the bank was at fault.\n\n“Why is this not clear proof?” Vannoy demanded.\n',
  );
  assert.deepEqual(quotes!.at(-1), ['Why is this not clear proof?', 'Vannoy']);
});

test('capitalised words before a plural role noun modify the group, they are not the speaker', () => {
  const [quotes] = reportedSpeakersOf(
    'Nordic leaders have backed the plan, warning that the quota will ruin small farms.\n',
  );
  assert.equal(quotes!.at(-1)![1], 'Nordic leaders');
});

test('a role word after an honorific is a family name', () => {
  const [quotes] = speakersOf(
    'The network licenses a talk show.\n\n"We need the money," Mr. Bishop said on Monday.\n',
  );
  assert.deepEqual(quotes, [['We need the money,', 'Bishop']]);
});

test('a cue in an opening participle clause is credited to the main clause subject', () => {
  const [quotes] = reportedSpeakersOf(
    'The chief arrived late. Asked to describe the device, Ilsa Varnholt said, "Not going to go into that."\n',
  );
  assert.ok(quotes!.length >= 2, JSON.stringify(quotes));
  for (const [, speaker] of quotes!) assert.equal(speaker, 'Ilsa Varnholt');
});

test('a pronoun in the clause a named speaker reports is that speaker', () => {
  const article = makeArticle('a0', 'Marta Lindqvist said she was asked to give a talk to the client.\n');
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const asked = s.tokens.findIndex((t) => t.norm === 'asked');
  const source = findFallbackSource(a, s, asked, a.eventAt(0, asked));
  assert.equal(source?.speaker.name, 'Marta Lindqvist');
  assert.equal(source?.rule, 'speaker.reported-self');
});

test('a relative pronoun before a learned cue stands for the phrase it hangs on', () => {
  const article = makeArticle(
    'a0',
    'It became an issue, with Hilde Marsh, who has called for higher taxes, attacking the plan.\n',
  );
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const called = s.tokens.findIndex((t) => t.norm === 'called');
  const source = findFallbackSource(a, s, called, a.eventAt(0, called));
  assert.equal(source?.speaker.name, 'Hilde Marsh');
});

test('an inverted subject may open with a lower-case description before the name', () => {
  const [quotes] = speakersOf(
    'Families are angry.\n\n“The rationale does not hold,” said 9/11 widow Terra Stoddard.\n',
    'Markets fell.\n\n“We will see,” said on Monday the Treasury in Oslo.\n',
  );
  assert.deepEqual(quotes, [['The rationale does not hold,', 'Terra Stoddard']]);
});

test('a party-and-state label set off by commas belongs to the name before it', () => {
  const [quotes] = speakersOf('Talks went on.\n\n“It is wrong,” Tom Hale, R-Wis., said on Tuesday.\n');
  assert.deepEqual(quotes, [['It is wrong,', 'Tom Hale']]);
});

test('a coordinated or counted plural subject is the whole phrase', () => {
  const [first] = speakersOf('Federal and state officials said “the program is broken.”\n');
  assert.deepEqual(first, [['the program is broken.', 'Federal and state officials']]);
  const [second] = reportedSpeakersOf('Small groups of protesters said the park must stay open.\n');
  assert.deepEqual(second, [['the park must stay open.', 'Small groups of protesters']]);
});

test('a coordinated plural source read before a learned cue keeps both nouns', () => {
  const article = makeArticle('a0', 'Farmers and shopkeepers complain that the levy is too high.\n');
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const cue = s.tokens.findIndex((t) => t.norm === 'complain');
  assert.equal(findFallbackSource(a, s, cue, a.eventAt(0, cue))?.speaker.name, 'Farmers and shopkeepers');
});

test('a family name that is also a demonym is the person the article named', () => {
  const [quotes] = speakersOf(
    'Mark Cuban spoke on Sunday.\n\n"And I would have the same conversation for Donald," Cuban said.\n',
  );
  assert.deepEqual(quotes, [['And I would have the same conversation for Donald,', 'Mark Cuban']]);
});

test('a lone demonym naming no one the article knows is still no speaker', () => {
  const [quotes] = speakersOf(
    'Officials spoke on Sunday.\n\n"We would have the same conversation," a Cuban said.\n',
  );
  assert.deepEqual(quotes, [['We would have the same conversation,', null]]);
});

test('a bare capitalised role word is a family name, not the titled body the recogniser bound it to', () => {
  const [quotes = []] = reportedSpeakersOf(
    'Mourners met at King Hallam Baptist Church in Linz. Singer Anna King remembered the pastor. ' +
      'King says the pastor “walked the walk.”\n',
  );
  const who = quotes.filter(([words]) => words.includes('walked the walk')).map(([, w]) => w);
  assert.ok(
    who.length > 0 && who.every((w) => w !== null && /King/u.test(w) && !/Church/u.test(w)),
    JSON.stringify(quotes),
  );
});

test('a role word after "the" stays a role: the one titled so, not the person of that family name', () => {
  const [quotes = []] = reportedSpeakersOf(
    'Singer Anna King spoke in Linz. King Tarvo of Osland met the mayor. The King said the treaty “stands.”\n',
  );
  const who = quotes.filter(([words]) => words.includes('stands')).map(([, w]) => w);
  assert.ok(who.length > 0 && who.every((w) => w !== null && /Tarvo/u.test(w)), JSON.stringify(quotes));
});

test('a country ending a run of name words is part of an organisation’s name, not the speaker', () => {
  const [quotes] = reportedSpeakersOf('The row went on.\n\nHarbour USA said that the pier plan was dead.\n');
  assert.deepEqual(quotes, [['the pier plan was dead.', 'Harbour USA']]);
});

test('a body news names by its acronym is named so, whether the article spells it out or not', () => {
  const [quotes] = reportedSpeakersOf(
    'The row went on.\n\nThe Federal Bureau of Investigation said that the pier plan was a fraud.\n',
  );
  assert.deepEqual(quotes, [['the pier plan was a fraud.', 'FBI']]);
});
