/**
 * Speakers and quotes from faults read in real pages (crime, health and technology
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
  test('a count or an owner before the plural is read by the rules for them', () => {
    const share = `${HEAD}Four in 10 voters say the levy is too high, a poll found.`;
    assert.equal(speakerOfText(share, 'levy is too high'), 'Four in 10 voters');
    const pair = `${HEAD}Ana Lund and her colleagues found that the levy was too high.`;
    assert.notEqual(speakerOfText(pair, 'levy was too high'), 'her colleagues');
  });
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

describe('"U.S. Attorney" and "District Attorney" are titles before a name', () => {
  test('the speaker is the holder, not "Attorney Mara Quill"', () => {
    for (const office of ['U.S. Attorney', 'District Attorney']) {
      const text = `${HEAD}"Justice was served today," said ${office} Mara Quill.`;
      assert.equal(speakerOfText(text, 'Justice was served'), 'Mara Quill', office);
    }
  });
  test('"the attorney general of the state" keeps its whole role', () => {
    const text = `${HEAD}The attorney general of the state of Norland is suing the firm, claiming that it misled buyers.`;
    assert.equal(speakerOfText(text, 'misled buyers'), 'The attorney general');
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

describe('"in the words of X"', () => {
  test('"In the words of the patient: “…”" is the patient\'s', () => {
    const text = `${HEAD}Doctors in Tarnow said the farmer had recovered.\n\nIn the words of the patient: "I could not climb the stairs without stopping twice."`;
    assert.equal(speakerOfText(text, 'climb the stairs', { kind: 'direct' }), 'the patient');
  });
  test('"In the words of one nurse, the ward “…”": the nurse, and the report starts after the comma', () => {
    const text = `${HEAD}Doctors in Tarnow said the farmer had recovered.\n\nIn the words of one nurse, the ward "was never meant for so many patients at once."`;
    const quotes = quotesOf(text);
    assert.equal(quoteHolding(quotes, 'never meant', 'direct').speaker?.name, 'one nurse');
    const report = quotes.find((q) => q.kind === 'indirect' && q.text.includes('never meant'));
    assert.ok(!report || !report.text.startsWith(','), showQuotes(quotes));
  });
  test('words borrowed by a speaker stay his: "as Lund put it in the words of the treaty\'s author"', () => {
    const text = `${HEAD}The port is pursuing, as Ivo Lund put it in the words of Commissioner Mara Sten, "a course of patience, not retreat."`;
    assert.equal(speakerOfText(text, 'a course of patience', { kind: 'direct' }), 'Ivo Lund');
  });
  test('"in the words of Tom Reed, …" keeps reading a name', () => {
    const text = `${HEAD}In the words of Tom Reed, "the dam held because people worked all night."`;
    assert.equal(speakerOfText(text, 'the dam held', { kind: 'direct' }), 'Tom Reed');
  });
});

describe('letters and lists that are no speech', () => {
  test('an advice column\'s "DEAR X:" salutations are no transcript turns', () => {
    const text =
      'Advice: my brother never calls\n\nDEAR MARGO: My brother has not called me in two years. Should I stop trying? -- TIRED IN TULSA\n\nDEAR TIRED: Keep the door open, but stop knocking.\n\nDEAR MARGO: My neighbor plays drums at midnight. What can I do? -- SLEEPLESS\n\nDEAR SLEEPLESS: Talk to him first.';
    const quotes = quotesOf(text);
    assert.ok(!quotes.some((q) => q.kind === 'transcript'), showQuotes(quotes));
    assert.ok(!quotes.some((q) => /^Dear /iu.test(q.speaker?.name ?? '')), showQuotes(quotes));
  });
  test('quoted titles in a list are no quotes; a list of quoted single words stays', () => {
    const titles = quotesOf(
      'Band Tour\n\nAccording to the promoter, fans can expect hits including “Harbor Lights,” “Rolling North,” “Down By The Mill” and others.',
    );
    assert.ok(!titles.some((q) => q.kind === 'direct'), showQuotes(titles));
    const words = quotesOf('Band Tour\n\nThe mayor called the plan “Reckless,” “Costly” and “Wrong.”');
    assert.equal(words.filter((q) => q.kind === 'direct').length, 3, showQuotes(words));
  });
});

describe('a pronoun with its verb contracted is no name', () => {
  test('"You’re promised …" has no speaker named "You’re"; "Tom Reed said" still reads', () => {
    const quotes = quotesOf(
      'Fast Cars\n\nThe ad makes big claims. You’re promised a smooth ride in the fastest car available.',
    );
    assert.ok(!quotes.some((q) => /’re/u.test(q.speaker?.name ?? '')), showQuotes(quotes));
    const named = quotesOf('Fast Cars\n\nTom Reed said the car would ship in May.');
    assert.equal(quoteHolding(named, 'ship in May').speaker?.name, 'Tom Reed');
  });
});

describe("a sentence's first word is no name for its capital alone", () => {
  test('"Please see …", "Our plans …" and "We register …" name no source; "Harbor Analysts expect" still does', () => {
    const text =
      'Shop Notes\n\nThis post may contain referral links. Please see my disclosure page for the details.\n\nOur plans call for a second shop next year.\n\nWe register forecasts for all grants we make.';
    const quotes = quotesOf(text);
    for (const bad of ['Please', 'Our', 'We register'])
      assert.ok(!quotes.some((q) => q.speaker?.name === bad), showQuotes(quotes));
    const named = quotesOf('Shop Notes\n\nHarbor Analysts expect a close vote on the levy.');
    assert.equal(quoteHolding(named, 'close vote').speaker?.name, 'Harbor Analysts');
  });
});
