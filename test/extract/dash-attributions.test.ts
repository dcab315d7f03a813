/**
 * A quotation attributed by a dash and a name after it: on its own line under the quotation
 * (speaker.dash-line, as fact-check and quote-list pieces print it), or with a typewriter hyphen
 * on the same line. Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf, speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a line holding only a dash and a name after a quotation paragraph names its speaker', () => {
  const text =
    'Claims from the debate were checked.\n\n"I wrote the first draft of that law myself."\n\n- Tomas Weller.\n\nThe claim is overstated.';
  assert.equal(speakerOf(text, 'first draft', { kind: 'direct' }), 'Tomas Weller');
});

test('an em dash line may describe the speaker after a comma', () => {
  const text =
    'Claims from the debate were checked.\n\n“We never raised the tax.”\n\n— Ida Cole, the mayor\n\nThe tax rose twice.';
  assert.equal(speakerOf(text, 'never raised', { kind: 'direct' }), 'Ida Cole');
});

test("an outlet's credit line under a quotation is no speaker", () => {
  const quotes = quotesOf('Claims were checked. The aide was called "a loyal friend."\n\n- Reuters.');
  const q = quotes.find((x) => x.text.includes('loyal friend'));
  assert.notEqual(q?.speaker?.name, 'Reuters');
});

test('a typewriter hyphen on the same line attributes only when the name ends the clause', () => {
  const text = 'The debate was long. "We will win this fight." - Tomas Weller. Others disagreed.';
  assert.equal(quoteHolding(quotesOf(text), 'win this fight', 'direct').speaker?.name, 'Tomas Weller');
  const joined = quotesOf('The debate was long. "Do svidaniya!" - Russian for goodbye, they shouted.');
  assert.ok(!joined.some((q) => q.speaker?.name === 'Russian'));
});
