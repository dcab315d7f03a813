/**
 * Speakers and quotes from faults read in round 18's real pages (crime, health and technology
 * news), each on sentences written for the test, with look-alikes the rules must leave alone.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotesOf, quoteHolding, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

const HEAD = 'Harbor Town Report\n\nThe street was quiet by noon.\n\n';

describe('a bare plural person noun is an unnamed source', () => {
  for (const noun of ['officers', 'paramedics', 'investigators', 'nurses']) {
    test(`"…," ${noun} said: the first quote and the one after it are theirs`, () => {
      const text = `${HEAD}"We have him," ${noun} said. "He is in custody now."`;
      assert.equal(speakerOfText(text, 'We have him', { kind: 'direct' }), noun);
      assert.equal(speakerOfText(text, 'He is in custody', { kind: 'direct' }), noun);
    });
  }
  test('a plural thing is no source: "reports said" leaves the quote without one', () => {
    const text = `${HEAD}"It was the worst storm in years," reports said.`;
    const q = quotesOf(text).find((x) => x.text.includes('worst storm'));
    assert.ok(!q || q.speaker?.name !== 'reports', showQuotes(quotesOf(text)));
  });
});

describe('verbs of the manner of speaking attribute their quote', () => {
  for (const verb of ['shouted', 'yelled', 'whispered', 'muttered', 'exclaimed']) {
    test(`"…," Tom Reed ${verb}: a short quote is his statement`, () => {
      const text = `${HEAD}"Over here," Tom Reed ${verb}. "The door is open."`;
      assert.equal(speakerOfText(text, 'Over here', { kind: 'direct' }), 'Tom Reed');
    });
  }
  test('"shouted on their radios": the adjunct after the verb is not reported speech', () => {
    const quotes = quotesOf(`${HEAD}"Stay back!" the officers shouted on their radios.`);
    assert.equal(quoteHolding(quotes, 'Stay back', 'direct').speaker?.name, 'the officers');
    assert.ok(!quotes.some((q) => q.kind === 'indirect' && q.text.includes('radios')), showQuotes(quotes));
  });
});

describe('"U.S. Attorney" and "District Attorney" are offices before a name', () => {
  test('the speaker is the holder, not "Attorney Mara Quill"', () => {
    for (const office of ['U.S. Attorney', 'District Attorney', 'County Attorney']) {
      const text = `${HEAD}"Justice was served today," said ${office} Mara Quill.`;
      assert.equal(speakerOfText(text, 'Justice was served'), 'Mara Quill', office);
    }
  });
  test('a defence attorney named without a title keeps her name', () => {
    const text = `${HEAD}"We will appeal," said defense attorney Lia Brandt.`;
    assert.equal(speakerOfText(text, 'We will appeal'), 'Lia Brandt');
  });
});

describe('the addressee of "told" is not what was said', () => {
  test('"…," she tells The Morning Ledger.: no indirect quote of the paper\'s name', () => {
    const text =
      'Cloud Service Opens\n\n"Our cloud is ready," Dana Pike, head of games at the company, tells The Morning Ledger. "You will see it soon."';
    const quotes = quotesOf(text);
    assert.equal(quoteHolding(quotes, 'cloud is ready', 'direct').speaker?.name, 'Dana Pike');
    assert.ok(!quotes.some((q) => q.kind === 'indirect' && q.text.includes('Ledger')), showQuotes(quotes));
  });
  test('what follows the addressee is still read: "told the Ledger the plan would fail"', () => {
    const quotes = quotesOf(`${HEAD}Dana Pike told the Ledger on Tuesday that the plan would fail.`);
    assert.ok(
      quotes.some((q) => q.kind === 'indirect' && q.text.includes('the plan would fail')),
      showQuotes(quotes),
    );
  });
});

describe('a passive naming verb gives a name, not a statement', () => {
  test('"it is called “…”" has no speaker; "was called “…” by the mayor" has the mayor', () => {
    const text = `${HEAD}Doctors in Tarnow said the farmer had recovered.\n\nWhen the dust comes from hay, the illness is called "farmer's lung." When it comes from pigeons, it is often called "breeder's lung."`;
    const quotes = quotesOf(text);
    for (const words of ["farmer's lung", "breeder's lung"]) {
      const q = quotes.find((x) => x.kind === 'direct' && x.text.includes(words));
      assert.ok(!q || q.speaker === null, showQuotes(quotes));
    }
    const agent = `${HEAD}The plan was called "a shameful waste of money" by the mayor on Friday.`;
    assert.ok(
      quotesOf(agent).some((q) => q.text.includes('shameful waste')),
      showQuotes(quotesOf(agent)),
    );
  });
});

describe('"in the words of X" and "according to" an unlisted person noun', () => {
  test('"In the words of the patient: “…”" is the patient\'s', () => {
    const text = `${HEAD}Doctors in Tarnow said the farmer had recovered.\n\nIn the words of the patient: "I could not climb the stairs without stopping twice."`;
    assert.equal(speakerOfText(text, 'climb the stairs', { kind: 'direct' }), 'the patient');
  });
  test('"According to one nurse, the ward “…”": the nurse, and the report starts after the comma', () => {
    const text = `${HEAD}Doctors in Tarnow said the farmer had recovered.\n\nAccording to one nurse, the ward "was never meant for so many patients at once."`;
    const quotes = quotesOf(text);
    assert.equal(quoteHolding(quotes, 'never meant', 'direct').speaker?.name, 'one nurse');
    const report = quotes.find((q) => q.kind === 'indirect' && q.text.includes('never meant'));
    assert.ok(report && !report.text.startsWith(','), showQuotes(quotes));
  });
  test('"in the words of Tom Reed, …" keeps reading a name', () => {
    const text = `${HEAD}In the words of Tom Reed, "the dam held because people worked all night."`;
    assert.equal(speakerOfText(text, 'the dam held', { kind: 'direct' }), 'Tom Reed');
  });
});
