/**
 * Who a reported clause is by when its cue has no subject of its own (attribution/source.ts and
 * the speakers/ rules it calls), read by the rules alone at one cue word, so the learned model's
 * choice of clause plays no part. Invented sentences, one construction each.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFallbackSource } from '../../src/extract/attribution/source.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';
import { readCueAt } from '../helpers/cue-at.ts';

/** The analysed article and the sentence holding `word`, with that word's token index. */
const readAt = (text: string, word: string) => readCueAt(text, word, 'fallback');

/** The source the rules give the cue word `word`: the event's speaker, else the fallback's. */
function sourceAt(text: string, word: string): { name: string | null; rule: string | null } {
  const { a, index, token } = readAt(text, word);
  const event = a.eventAt(index, token);
  if (event?.speaker) return { name: event.speaker.name, rule: event.rule ?? 'event' };
  const found = findFallbackSource(a, a.frame.sentences[index]!, token, event);
  return { name: found?.speaker.name ?? null, rule: found?.rule ?? null };
}

test('a subject with a participle modifier up to the verb is the source, with its words', () => {
  const got = sourceAt(
    'The vote is close. A Harlow College poll released in early March found that most voters back the levy.',
    'found',
  );
  assert.match(got.name ?? '', /^A Harlow College poll released in early March$/u, JSON.stringify(got));
});

test('a finite verb before the cue is no modifier: the phrase is not read as a modified subject', () => {
  const got = sourceAt('The vote is close. The panel used one of the letters as evidence.', 'letters');
  assert.notEqual(got.rule, 'speaker.modified-subject', JSON.stringify(got));
});

test('a cue in a participle phrase after the main clause is the main subject’s', () => {
  const got = sourceAt(
    '“We have rebuilt the pier,” Mayor Orla Brandt said, not even needing to mention the storm of last winter.',
    'mention',
  );
  assert.match(got.name ?? '', /Brandt/u, JSON.stringify(got));
});

test('a participle after a subordinator is an elliptical clause of the main subject', () => {
  const got = sourceAt(
    'Governor Tomas Weller hardly clarified the matter and, when questioned after the debate, insisted that he had paid.',
    'questioned',
  );
  assert.match(got.name ?? '', /Weller/u, JSON.stringify(got));
});

test('a subjectless cue in an earlier act’s complement is the outer speaker’s', () => {
  const { a, index, token } = readAt(
    'Orla Brandt met the union. Brandt said voters are becoming more aware of how much the levy costs.',
    'aware',
  );
  const event = a.eventAt(index, token);
  assert.match(event?.speaker?.name ?? '', /Brandt/u);
  assert.equal(event?.rule, 'speaker.embedding-report');
});

test('punctuation between the two cues ends the outer complement', () => {
  const { a, index, token } = readAt(
    'Orla Brandt met the union. Brandt said it was late; voters are becoming more aware of the levy.',
    'aware',
  );
  assert.notEqual(a.eventAt(index, token)?.rule, 'speaker.embedding-report');
});

test('a short adjunct after "that" still opens the outer complement', () => {
  const { a, index, token } = readAt(
    'Dr. Orla Brandt spoke on Monday. Brandt said that in 1998, Weller allowed his staff to hide the report.',
    'allowed',
  );
  assert.match(a.eventAt(index, token)?.speaker?.name ?? '', /Brandt/u);
});

test('an "according to" phrase closing the sentence sources a subjectless cue before it', () => {
  const got = sourceAt(
    'Pressure is building on Weller, who was greeted with chants at a rally in Brno last month, according to union president Orla Brandt.',
    'chants',
  );
  assert.match(got.name ?? '', /Brandt/u, JSON.stringify(got));
});

test('an "according to" phrase bounded by a comma is the source whole', () => {
  const got = sourceAt(
    'According to early results of exit polls conducted by Harlow Research for the networks, most voters back the levy.',
    'According',
  );
  assert.match(got.name ?? '', /Harlow Research/u, JSON.stringify(got));
});

test('a verb coordinated after "and" shares the subject before it', () => {
  const got = sourceAt(
    'Senator Orla Brandt met with the strikers and came away convinced that the mill would reopen.',
    'convinced',
  );
  assert.match(got.name ?? '', /Brandt/u, JSON.stringify(got));
});

test('a noun after "and" opens no coordinated verb', () => {
  const got = sourceAt(
    'Orla Brandt met the union. The fund will pay for negative ads, mailers and phone calls.',
    'calls',
  );
  assert.notEqual(got.rule, 'speaker.coordinated-verb', JSON.stringify(got));
});

test('a cue in an opening framing phrase is the main subject’s', () => {
  const got = sourceAt(
    'Orla Brandt met the union. In one tweet Friday, Brandt said the mill would reopen.',
    'tweet',
  );
  assert.match(got.name ?? '', /Brandt/u, JSON.stringify(got));
});

test('as a last resort a cue takes the sentence’s known subject before it', () => {
  const got = sourceAt(
    'Senator Orla Brandt spoke on Monday. Orla Brandt wants to make in-state tuition free for families.',
    'state',
  );
  assert.match(got.name ?? '', /Brandt/u, JSON.stringify(got));
  assert.equal(got.rule, 'speaker.sentence-topic');
});

test('a plural people word keeps its word, not its country', () => {
  const text =
    'The talks ended in Geneva. The Norwegians, who had been left out of the talks, derided the deal as “toothless.”';
  const article = makeArticle('people', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]));
  const q = quotes.find((x) => x.text.includes('toothless'));
  assert.equal(q?.speaker?.name, 'Norwegians');
});

test('a prepositional insert between a name and its verb leaves the name the subject', () => {
  const { a, index, token } = readAt(
    'Tomas Weller has kept quiet since Orla Brandt, at Monday’s debate, cited the report on the mill.',
    'cited',
  );
  assert.match(a.eventAt(index, token)?.speaker?.name ?? '', /Brandt/u);
});

test('a kicker, a dash and a name with a colon hand the quote to the name', () => {
  const text = 'POLLS NOT WRONG, JUST EARLY - Orla Brandt and Tomas Weller: “The surveys closed too soon.”';
  const article = makeArticle('dashed', text);
  const q = extractQuotes(article, buildEntityIndex([article])).find((x) => x.text.includes('surveys'));
  assert.match(q?.speaker?.name ?? '', /Brandt/u);
  assert.equal(q?.speakerRule, 'speaker.colon-lead-in');
});

test('an inverted subject may open with an owner and its description before the name', () => {
  const text =
    'The mill closed. “This is a national disgrace,” said Lund’s top foreign policy aide Ivo Brandt.';
  const article = makeArticle('owned', text);
  const q = extractQuotes(article, buildEntityIndex([article])).find((x) => x.text.includes('disgrace'));
  assert.match(q?.speaker?.name ?? '', /Brandt/u);
});

test('a question quote is attributed by a "told" sentence after it, however long its adjuncts', () => {
  const text =
    'Ivo Brandt spoke first. “Who knows what comes next?” Orla Lund told a Danish radio station in an interview aired on Monday when asked about the vote.';
  const article = makeArticle('told', text);
  const q = extractQuotes(article, buildEntityIndex([article])).find((x) => x.text.includes('comes next'));
  assert.match(q?.speaker?.name ?? '', /Lund/u);
});

test('a month or weekday name between a determiner and a noun modifies it: the phrase is the source', () => {
  const survey = sourceAt('The vote is close. The April survey found Weller leading Brandt.', 'found');
  assert.equal(survey.name, 'The April survey', JSON.stringify(survey));
  const poll = sourceAt(
    'The vote is close. In Linz, a June poll found Weller ahead by seven points.',
    'found',
  );
  assert.equal(poll.name, 'a June poll', JSON.stringify(poll));
});

test('a month or weekday name that is no modifier of a noun does not join the source phrase', () => {
  const got = sourceAt(
    'The vote is close. But a Harlow survey on Tuesday of leading Republican party operatives found Weller ahead.',
    'found',
  );
  assert.doesNotMatch(got.name ?? '', /Tuesday/u, JSON.stringify(got));
});

test('the noun of a light verb ("made a call", "renewed his call") is said by that verb’s subject', () => {
  const made = sourceAt(
    'The vote is close. Tomas Weller made an impassioned call for unity on Wednesday.',
    'call',
  );
  assert.deepEqual(made, { name: 'Tomas Weller', rule: 'speaker.light-verb-subject' });
  const renewed = sourceAt('The vote is close. Tomas Weller renewed his call for a ban.', 'call');
  assert.deepEqual(renewed, { name: 'Tomas Weller', rule: 'speaker.light-verb-subject' });
});

test('a verb that takes another’s words ("rejected her call") gives its subject no light-verb source', () => {
  const got = sourceAt('The vote is close. Tomas Weller rejected her call for a ban.', 'call');
  assert.notEqual(got.rule, 'speaker.light-verb-subject', JSON.stringify(got));
});
