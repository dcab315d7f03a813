/**
 * Single marks that open no quotation (December 2026, issue #8): a clitic typed after a stray
 * space ("isn ‘t"), the ayn of a transliterated name between two capitals ("Siti ‘Aminah"), and a
 * Korean quote closed right before its particle ("‘…’라고"), where no apostrophe exists. Each
 * made a direct quote of the rest of its paragraph. Invented texts; the look-alikes open a quote
 * after a colon and close one before a cue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

const direct = (text: string) => quotesOf(text, false).filter((q) => q.kind === 'direct');

test('a clitic after a stray space opens no quotation', () => {
  const text =
    'The ferry company isn ‘t giving up on the island route, and its two boats keep sailing all winter.';
  const quotes = direct(text);
  assert.deepEqual(quotes, [], showQuotes(quotes));
});

test('a mark inside a transliterated name opens no quotation', () => {
  const text =
    'The historian wrote about Siti ‘Aminah and her brother, who ran the port town for many years.';
  const quotes = direct(text);
  assert.deepEqual(quotes, [], showQuotes(quotes));
});

test('a Korean quote closes before its particle instead of running to the paragraph end', () => {
  const text = '그는 이 일을 ‘항구 문제’라고 불렀고 다음 주에 시의회에서 다시 논의하겠다고 했다.';
  const quotes = direct(text);
  assert.ok(!quotes.some((q) => q.text.includes('다음 주에')), showQuotes(quotes));
});

test('look-alike: a single mark after a colon still opens a quote, and a closed one before a cue stays', () => {
  const open = direct('The mayor told the crowd: ‘We will rebuild the pier before the summer comes.');
  assert.ok(
    open.some((q) => q.text.startsWith('We will rebuild')),
    showQuotes(open),
  );
  const closed = direct('‘We will rebuild the pier before the summer,’ the mayor said on Friday.');
  assert.ok(
    closed.some((q) => q.text.startsWith('We will rebuild')),
    showQuotes(closed),
  );
});
