/**
 * Speaker constructions met on real news read by the lead (December 2026), in sentences written
 * for the test: a role tied to a place by "to" ("Norway's envoy to Kestria"), a role phrase closed
 * by its holder's name, a quotation right after its own verb's comma inside a closing report, a
 * perfect's "since" between auxiliary and verb, a bare "police" after a conjunction, and a
 * demonstrative subject whose -s word is a verb ("This comes after …"). Each with a look-alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { sentenceAt } from '../../src/extract/speakers/frame.ts';
import { findSentenceSubject } from '../../src/extract/speakers/sentence-subject.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteHolding, quotesOf, speakerOfText } from '../helpers/quotes-of.ts';

const CASES: readonly {
  name: string;
  text: string;
  words: string;
  speaker: RegExp | null;
  indirect?: boolean;
  kind?: 'direct';
}[] = [
  {
    name: '"ROLE to PLACE" names the role, not the place it serves',
    text: "Ports\n\nThe vote came on Monday. Norway's envoy to Kestria warned that the new fee would drive ships away.",
    words: 'drive ships away',
    speaker: /envoy to Kestria/u,
    indirect: true,
  },
  {
    name: 'look-alike: "to" after a verb, not a role, leaves the subject alone',
    text: 'Ports\n\nThe vote came on Monday. Ana Lund wrote to Kestria and warned that the new fee would drive ships away.',
    words: 'drive ships away',
    speaker: /Ana Lund/u,
    indirect: true,
  },
  {
    name: "a role phrase closed by a known person's name gives the person",
    text: 'Ports\n\nPer Holm took office in May. The ambassador to Britain Per Holm said that "the fee is a tax on trade."',
    words: 'tax on trade',
    speaker: /^Per Holm$/u,
  },
  {
    name: "a quotation right after its verb's comma is that verb's, though a closing report follows",
    text: 'Threats\n\nCarl Brandt, a lorry driver, was arrested on Tuesday. During the call, he asked about the fees, called the mayor a "thief" and said, "someone should run them out of town," the police said.',
    words: 'run them out of town',
    speaker: /Brandt/u,
  },
  {
    name: "look-alike: a quotation with only a closing report is the reporter's",
    text: 'Threats\n\nCarl Brandt, a lorry driver, was arrested on Tuesday. "Someone should run them out of town," the police said.',
    words: 'run them out of town',
    speaker: /police/u,
  },
  {
    name: '"has since said" reads the subject across the adverb',
    text: 'Ports\n\nThe quay closed in May. The transport minister has since said that the quay would reopen in "early spring" at the latest.',
    words: 'early spring',
    speaker: /transport minister/u,
  },
  {
    name: "a quotation inside a reported clause, with no cue of its own, is the clause speaker's",
    text: 'Ports\n\nThe quay closed in May. The harbour master has vowed that the quay would reopen in "early spring" at the latest.',
    words: 'early spring',
    speaker: /harbour master/u,
    indirect: true,
    kind: 'direct',
  },
  {
    name: 'look-alike: "since" as a conjunction does not join the clauses',
    text: 'Ports\n\nThe quay closed in May. Rents have doubled since Ana Lund said that the quay would reopen in "early spring" at the latest.',
    words: 'early spring',
    speaker: /Ana Lund/u,
  },
  {
    name: 'bare "police" after a conjunction is the subject',
    text: 'Campus\n\nThe siege went on. The students came out after police said that "no one will be harmed" by the officers.',
    words: 'no one will be harmed',
    speaker: /^police$/u,
  },
  {
    name: 'a demonstrative and an -s verb are no noun phrase: "This comes after the union said"',
    text: 'Campus\n\nThe siege went on. This comes after the union said the talks had failed.',
    words: 'the talks had failed',
    speaker: /^the union$/u,
    indirect: true,
  },
  {
    name: 'a role\'s "of" phrase ends at an auxiliary: the clause after it is no part of the source',
    text: 'Campus\n\nThe siege went on. Leaders of the dock union have avoided open criticism of the police during the siege.',
    words: 'the police during the siege',
    speaker: /^Leaders(?: of the dock union)?$/u,
    indirect: true,
  },
  {
    name: 'a compound modifier\'s hyphen joins the source\'s words: "Brenton-based analysts"',
    text: 'Ports\n\nThe quay closed in May. Brenton-based analysts say the new fee is far too high.',
    words: 'far too high',
    speaker: /^Brenton-based analysts$/u,
    indirect: true,
  },
  {
    name: 'a bare role appositive ("NAME, chairman of X,") keeps the name as subject after an earlier clause',
    text: 'Ports\n\nThe quay closed in May. Mayor Ana Lund wants to reopen it, but Mark Holm, chairman of the Harbour Board, told reporters that the quay would stay shut.',
    words: 'would stay shut',
    speaker: /^Mark Holm$/u,
    indirect: true,
  },
  {
    name: 'look-alike: a plain list after a comma is no appositive',
    text: 'Ports\n\nThe quay closed in May. Ana Lund met dockers, pilots and harbour staff and told reporters that the quay would stay shut.',
    words: 'would stay shut',
    speaker: /^Ana Lund$/u,
    indirect: true,
  },
  {
    name: 'a subject pronoun fused with its auxiliary is the pronoun: "She\'d told reporters"',
    text: "Ports\n\nThe quay closed in May. Ana Lund spoke on Monday. She'd told reporters that the fee was unfair.",
    words: 'the fee was unfair',
    speaker: /^Ana Lund$/u,
    indirect: true,
  },
  {
    name: 'a name whose appositive lost its closing comma after a quotation: "NAME, a ROLE at X told"',
    text: 'Ports\n\nThe quay closed in May. "The fee will drive ships away from the port," Ana Lund, a research analyst at the Harbour Institute told reporters.',
    words: 'drive ships away',
    speaker: /^Ana Lund$/u,
  },
  {
    name: 'look-alike: an unnamed source with its phrase and no name before it keeps its words',
    text: 'Ports\n\nThe quay closed in May. "The fee will drive ships away from the port," a research analyst at the Harbour Institute told reporters.',
    words: 'drive ships away',
    speaker: /^a research analyst at the Harbour Institute$/u,
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = speakerOfText(c.text, c.words, { indirect: c.indirect ?? false, kind: c.kind });
    if (c.speaker === null) assert.equal(got, null);
    else assert.match(got ?? '(none)', c.speaker);
  });
}

test('the quotation inside a closing report keeps its cue: the inner "said"', () => {
  const text =
    'Threats\n\nCarl Brandt was arrested on Tuesday. He shouted at staff and then said, "you will all regret this," the company said.';
  const q = quoteHolding(quotesOf(text, false), 'regret this', 'direct');
  assert.match(q.speaker?.name ?? '(none)', /Brandt/u);
});

const FAR_TAG =
  'Music\n\nAna Lund began writing songs after an operation in May.\n\nHer son Karl Berg remembers it well. "It was a strange time for all of us," he said. "Nobody knew what to do." Berg works in films. He lives in the city. He has two children. His films are short. His latest one is about ferries. It opens in June. Critics liked it. "I am proud of it," Berg said. He laughed about the songs. "The accordion drove me mad," Berg said.\n\n';

test('a "she said" tag whose pronoun finds no one is never carried to a man', () => {
  const got = speakerOfText(`${FAR_TAG}"I had always liked music," she said.`, 'always liked music', {
    indirect: false,
  });
  assert.notEqual(got, 'Karl Berg');
});

test('look-alike: a "he said" tag with the same reach still carries the man speaking', () => {
  const got = speakerOfText(`${FAR_TAG}"I had always liked boats," he said.`, 'always liked boats', {
    indirect: false,
  });
  assert.equal(got, 'Karl Berg');
});

test('a relative clause of an earlier verb does not swallow the pronoun subject of a later one', () => {
  const text =
    'Threats\n\nCarl Brandt was arrested in April for the call.\n\nThe clerk who took the call recalled that he said, "I will burn the place down," the police said.';
  assert.equal(speakerOfText(text, 'burn the place down', { indirect: false }), 'Carl Brandt');
});

test('look-alike: a name ending a clause before ", a spokesman for X said" is an object, not the speaker', () => {
  const text =
    'Ports\n\nThe quay closed in May. The port will sell its ferry unit to Harbour Holdings, a spokesman for the port authority said.';
  assert.match(speakerOfText(text, 'sell its ferry unit') ?? '(none)', /spokesman/u);
});

test('an inverted "say experts" gives the experts, not the verb with them', () => {
  const text = 'Ports\n\nThe quay closed in May. The fee will rise again next year, say experts.';
  assert.equal(speakerOfText(text, 'rise again next year'), 'experts');
});

test('look-alike: an adjective before the noun still describes it ("independent experts")', () => {
  const text = 'Ports\n\nThe quay closed in May. The fee will rise again next year, say independent experts.';
  assert.match(speakerOfText(text, 'rise again next year') ?? '(none)', /^independent experts$/u);
});

test('"quoted" with a role and nothing after it at the text\'s end reads no speaker and does not throw', () => {
  const text = 'Ports\n\nThe fee rose in May. The harbour weekly quoted its editor';
  assert.doesNotThrow(() => quotesOf(text));
});

test('look-alike: a speech-verb word inside the noun phrase is its modifier ("Some state officials")', () => {
  const text =
    'Ports\n\nThe quay closed in May. Some state officials praised the harbour master for the repairs.';
  assert.match(speakerOfText(text, 'harbour master for the repairs') ?? '(none)', /^Some state officials$/u);
});

test('a body named with "for" speaks whole; a person writing "for" an outlet is the person', () => {
  const body =
    'Health\n\nThe clinic closed in May. The Institute for Dockside Studies said the fee would hurt trade.';
  assert.equal(speakerOfText(body, 'hurt trade'), 'Institute for Dockside Studies');
  const person =
    'Health\n\nThe clinic closed in May. "The fee will hurt trade," wrote Ana Lund for Harbour Weekly.';
  assert.equal(speakerOfText(person, 'hurt trade', { indirect: false }), 'Ana Lund');
});

test('a speech verb opening the sentence before a role noun reads without throwing', () => {
  assert.doesNotThrow(() => quotesOf('Ports\n\nSaid officials on Monday that the fee would rise.'));
});

test("a role subject with a name set off to the sentence's end is read without reading past it", () => {
  const article = makeArticle('x', 'The deputy minister, Petra Solvang');
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = sentenceAt(a.frame, 0)!;
  assert.doesNotThrow(() => findSentenceSubject(a.frame, s, s.tokens.length));
});
