import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import type { Quote, QuoteKind } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { makeFakeIndex } from './attribution-fixtures.ts';

/**
 * Statement spans around quoted words (mixed quotes, free relatives, partly quoted sentences)
 * and the speaker rules that read them: invented sentences, one construction each.
 */
const index = makeFakeIndex();

interface Expect {
  text: string;
  kind: QuoteKind;
  speaker?: string | null;
  rule?: string;
}

function quotesOf(text: string, indirect = true): Quote[] {
  return extractQuotes(makeArticle('case', text), index, { indirect });
}

function expectQuote(text: string, e: Expect, indirect = true): void {
  const quotes = quotesOf(text, indirect);
  const seen = quotes.map((q) => `${q.kind} ${JSON.stringify(q.text)} ${q.speaker?.name ?? '-'} ${q.rule}`);
  const q = quotes.find((x) => x.text === e.text && x.kind === e.kind);
  assert.ok(q, `expected ${e.kind} ${JSON.stringify(e.text)}; found:\n  ${seen.join('\n  ')}`);
  if (e.speaker !== undefined) assert.equal(q.speaker?.name ?? null, e.speaker);
  if (e.rule !== undefined) assert.equal(q.rule, e.rule);
}

test('a partly quoted sentence with its cue after it reports the sentence up to the cue', () => {
  expectQuote('With three hundred polling stations, “there is no single point of failure,” Berg said.', {
    text: 'With three hundred polling stations, “there is no single point of failure,”',
    kind: 'indirect',
    speaker: 'Jonas Berg',
  });
  expectQuote('“Banks squeezed their clerks” to lift the share price, Costa said on Monday.', {
    text: '“Banks squeezed their clerks” to lift the share price',
    kind: 'indirect',
    speaker: 'Maria Costa',
  });
});

test('a wholly quoted sentence or a lead-in with a colon gives no extra clause', () => {
  const whole = quotesOf('“The vote was fair,” Berg said.');
  assert.deepEqual(
    whole.map((q) => q.kind),
    ['direct'],
  );
  const lead = quotesOf('Berg on the vote: “It was fair and it was final,” he said.');
  assert.ok(!lead.some((q) => q.kind === 'indirect' && q.text.startsWith('Berg')));
});

test('a quotation closed by its comma ends its clause: the tag after it is no statement', () => {
  for (const text of [
    '“The vote was fair,” Berg, the commission’s chair, said.',
    '“It depends on the budget, frankly,” replied Costa, noting that the plan was late.',
    'The mood soured. “We will not sign this,” Costa, a negotiator since 2019, responded.',
  ]) {
    const quotes = quotesOf(text);
    const seen = quotes.map((q) => `${q.kind} ${JSON.stringify(q.text)}`).join('\n  ');
    assert.ok(
      !quotes.some((q) => q.kind === 'indirect' && /[”"]/u.test(q.text) && /Berg|Costa/u.test(q.text)),
      `a clause read the tag as content:\n  ${seen}`,
    );
    assert.ok(
      quotes.some((q) => q.kind === 'direct'),
      `the quotation itself stays:\n  ${seen}`,
    );
  }
  // The sentence goes on after a quotation that no comma closes: that is one statement.
  expectQuote('“Banks squeezed their clerks” to lift the share price, Costa said on Monday.', {
    text: '“Banks squeezed their clerks” to lift the share price',
    kind: 'indirect',
    speaker: 'Maria Costa',
  });
});

test('a free relative ("what she called a “…”") is the statement', () => {
  expectQuote('Costa walked out of the hall on Tuesday after what she called a “rant,” and went home.', {
    text: 'what she called a “rant,”',
    kind: 'indirect',
    speaker: 'Maria Costa',
    rule: 'quote.indirect.free-relative',
  });
});

test('a short quote followed by a preposition is not a term modifying a noun', () => {
  expectQuote(
    'Governor Tom Hale described the mayor as a “disgrace” after the flood hearing.',
    {
      text: 'disgrace',
      kind: 'direct',
      speaker: 'Tom Hale',
    },
    false,
  );
});

test('liken, chant and proclaim frame their quotes', () => {
  expectQuote(
    'At a rally, Berg likened the tariff to a “tax on bread.”',
    {
      text: 'tax on bread.',
      kind: 'direct',
      speaker: 'Jonas Berg',
    },
    false,
  );
  expectQuote(
    'Farmers marching through the square chanted “No more quotas!”',
    {
      text: 'No more quotas!',
      kind: 'direct',
      speaker: 'Farmers',
    },
    false,
  );
});

test('a describes verb in the infinitive takes the subject of its clause', () => {
  expectQuote(
    'Berg took to the radio on Friday to accuse the council of being “asleep at the wheel.”',
    {
      text: 'asleep at the wheel.',
      kind: 'direct',
      speaker: 'Jonas Berg',
    },
    false,
  );
});

test('"as X put it" attributes the quote before or after it', () => {
  expectQuote(
    'As Costa put it in a letter to members, the plan is “a bridge to nowhere.”',
    {
      text: 'a bridge to nowhere.',
      kind: 'direct',
      speaker: 'Maria Costa',
    },
    false,
  );
  expectQuote(
    'The port had been, as the Daily Courier put it, “the town’s beating heart.”',
    {
      text: 'the town’s beating heart.',
      kind: 'direct',
      speaker: 'Daily Courier',
    },
    false,
  );
});

test('doubled apostrophes print one quotation mark', () => {
  const quotes = quotesOf("''We will not back down,'' Costa told reporters.", false);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [['We will not back down,', 'Maria Costa']],
  );
});

test('a participle or hometown appositive sits between the speaker and the verb', () => {
  expectQuote(
    'PORTVILLE -- Mayor Rosa Diaz, opening the new bridge on Saturday, said it would carry 9,000 cars a day.',
    {
      text: 'it would carry 9,000 cars a day.',
      kind: 'indirect',
      speaker: 'Rosa Diaz',
    },
  );
  expectQuote('Igor Petrov, of Springfield, Va., said he had waited four hours to vote.', {
    text: 'he had waited four hours to vote.',
    kind: 'indirect',
    speaker: 'Igor Petrov',
  });
});

test('a quote ending in a question mark keeps the attribution the splitter cut off past a comma', () => {
  expectQuote(
    '“Who would have believed we would win?” Berg said, looking out at the crowd.',
    {
      text: 'Who would have believed we would win?',
      kind: 'direct',
      speaker: 'Jonas Berg',
    },
    false,
  );
});

test('the clause from the cue to a quoted phrase, past a reported clause cut at the quote', () => {
  expectQuote(
    'Berg said the long wave of closures in the northern valleys demands that all towns invest in “more schools” and “more clinics.”',
    {
      text: 'the long wave of closures in the northern valleys demands that all towns invest in “more schools” and “more clinics.”',
      kind: 'indirect',
      speaker: 'Jonas Berg',
    },
  );
});

test('the clause from the cue to a quoted phrase, past a reported clause that holds that cue', () => {
  // The model may read this report from an earlier cue, over "said": the quote's own clause stands
  // too, as the clause from the cue (quote.indirect.mixed) or as the report of "said" nested in
  // the earlier one (attribution/select.ts addNested), and it is Orla Venn's.
  const quotes = quotesOf(
    'Before the mayor had weighed in with any explanation, Orla Venn said at a rally in Tarvo that "a leak" had shut the plant.',
  );
  const seen = quotes.map((q) => `${q.kind} ${JSON.stringify(q.text)} ${q.speaker?.name ?? '-'} ${q.rule}`);
  const own = quotes.find(
    (q) =>
      q.kind === 'indirect' &&
      q.text.endsWith('"a leak" had shut the plant.') &&
      !q.text.includes('explanation') &&
      !q.text.includes('Orla Venn said'),
  );
  assert.ok(own, `no clause of "said" holding the quote; found:\n  ${seen.join('\n  ')}`);
  assert.equal(own.speaker?.name ?? null, 'Orla Venn');
});

test('a headline "Name: statement" is the named speaker’s when the article names them again', () => {
  expectQuote(
    'Tom Hale: Port Tax Will Sink the Harbour.\n\nSenator Tom Hale warned on Monday about the tax.',
    {
      text: 'Port Tax Will Sink the Harbour.',
      kind: 'indirect',
      speaker: 'Tom Hale',
      rule: 'quote.indirect.headline-lead-in',
    },
  );
  const section = quotesOf('The Latest: Port tax vote delayed.\n\nThe council met on Monday.');
  assert.ok(!section.some((q) => q.rule === 'quote.indirect.headline-lead-in'));
  const unnamed = quotesOf('Harbour Watch: Port tax vote delayed.\n\nThe council met on Monday.');
  assert.ok(!unnamed.some((q) => q.rule === 'quote.indirect.headline-lead-in'));
  for (const credit of ['Harbour Review | Opinion | June 25', 'Beltway Live | May 12']) {
    const label = credit.includes('Opinion') ? 'Opinion' : 'Live';
    const kicker = quotesOf(`${label}: Port tax vote delayed.\n\n${credit}\n\nThe council met on Monday.`);
    assert.ok(!kicker.some((q) => q.rule === 'quote.indirect.headline-lead-in'), credit);
  }
});

test('boasted attributes the quote it introduces', () => {
  expectQuote(
    'When Costa noted the loss, Berg boasted, “That makes me smart.”',
    { text: 'That makes me smart.', kind: 'direct', speaker: 'Jonas Berg' },
    false,
  );
});

test('the attribution after a doubled-apostrophe close goes to the name after it', () => {
  expectQuote(
    "Many officials have said the same thing. ''The sooner it is paid, the better,'' Costa told the radio.",
    { text: 'The sooner it is paid, the better,', kind: 'direct', speaker: 'Maria Costa' },
    false,
  );
});

test('"the Democratic senator" is the senator the article titled with an abbreviation', () => {
  const article = makeArticle(
    'senator',
    'Oregon Sen. Anna Weiss questioned the bank chief on Tuesday.\n\n' +
      'The Democratic senator said the bank had misled its customers for years.',
  );
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const q = quotes.find((x) => x.text.startsWith('the bank had misled'));
  assert.equal(q?.speaker?.name, 'Anna Weiss');
});

test('an office followed by a verb is no title of the next name', () => {
  const article = makeArticle(
    'governor',
    'The state budget was late again this year.\n\n' +
      'The governor said Jonas Berg and the council were to blame for the delay.',
  );
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const q = quotes.find((x) => x.text.includes('were to blame'));
  assert.ok(q, quotes.map((x) => x.text).join(' | '));
  assert.notEqual(q.speaker?.name, 'Jonas Berg');
});

test('a reported clause around a quoted phrase, with no speaker of its own, is the quotation speaker’s', () => {
  const article = makeArticle(
    'case',
    "The ferry trade is shrinking. At private marinas, owners may be willing to pay more if necessary ''because they expect a certain level of service,'' Mr. Tamsen said. ''But public piers are different.''",
  );
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const around = quotes.filter((q) => q.kind === 'indirect' && q.text.includes('certain level'));
  assert.ok(around.length > 0, JSON.stringify(quotes.map((q) => q.text)));
  for (const q of around) assert.match(q.speaker?.name ?? '', /Tamsen/u, q.text);
});
