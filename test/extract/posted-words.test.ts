/**
 * Words posted somewhere: the post's name-modified noun and the platform are never the speaker.
 * Invented sentences, each rule with a look-alike that keeps its reading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf, showQuotes as show } from '../helpers/quotes-of.ts';
import type { Quote } from '../../src/model/quote.ts';

function speakerOf(quotes: readonly Quote[], kind: Quote['kind'], words: string): string {
  return quoteHolding(quotes, words, kind).speaker?.name ?? 'nobody';
}

test('"a Twitter comment, saying": the name modifies the noun; the participle is the subject’s', () => {
  const quotes = quotesOf(
    'Tomas Weller wrote on Monday: “The mill stays open.” Orla Brandt posted a Twitter comment of her own, saying, “We will keep every job in Linz.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'every job'), /Brandt/u, show(quotes));
});

test('"The Ledger report that": after "the" the name may still be a plural subject', () => {
  const quotes = quotesOf(
    'Orla Brandt runs the mill. The Harbour Ledger report that the mill will close in May.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'mill will close'), /Ledger/u, show(quotes));
});

test('"a message on Facebook reading": the platform is where the words appeared, not who wrote them', () => {
  const quotes = quotesOf(
    'Orla Brandt won the vote in Linz. Brandt posted a message on Facebook reading “Thank you, Linz” moments after the polls closed.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'Thank you'), /Brandt/u, show(quotes));
});

test('a participle after a person named as an object of another preposition still reads that person', () => {
  const quotes = quotesOf(
    'Orla Brandt and Tomas Weller met in Linz. A clip aired showing Weller saying that the mill would close.',
  );
  assert.match(speakerOf(quotes, 'indirect', 'mill would close'), /Weller/u, show(quotes));
});

test('"issued a statement saying": the words the document carries are its issuer’s', () => {
  const quotes = quotesOf(
    'Tomas Weller spoke in Linz. Harbour Fund President Orla Brandt issued a statement saying his plan “has no place in Linz” and said voters will have “a day of reckoning.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'no place in Linz'), /Brandt/u, show(quotes));
  assert.match(speakerOf(quotes, 'direct', 'day of reckoning'), /Brandt/u, show(quotes));
});

test('a participle right after a person, not a document, still reads that person', () => {
  const quotes = quotesOf(
    'Tomas Weller toured Linz. Weller quoted Orla Brandt saying that the mill “must stay open.”',
  );
  assert.match(speakerOf(quotes, 'direct', 'must stay open'), /Brandt/u, show(quotes));
});
