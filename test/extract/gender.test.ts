import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { GENDERED_PRONOUNS, GENDERED_TITLES } from '../../src/nlp/lexicons/gender-cues.ts';
import { makeArticle } from '../helpers/article.ts';

function genderOf(texts: string[], name: string): string | undefined {
  const index = buildEntityIndex(texts.map((t, i) => makeArticle(`a${i}`, t)));
  const e = index.entities.find((x) => x.name === name);
  assert.ok(e, `${name} not found among ${index.entities.map((x) => x.name).join(', ')}`);
  return e.gender;
}

const CASES: { name: string; texts: string[]; person: string; gender: string | undefined }[] = [
  {
    name: 'a pronoun with one person before it',
    texts: ['Finance Minister Toma Vrelik said on Monday that he would present the budget in May.'],
    person: 'Toma Vrelik',
    gender: 'male',
  },
  {
    name: 'a gendered title before the name',
    texts: ['The report was written by Mrs Ada Quennell. Quennell declined to comment.'],
    person: 'Ada Quennell',
    gender: 'female',
  },
  {
    name: 'a given name in the name lists',
    texts: ['Deputy Minister Eliska Thorve met farmers in the north on Tuesday.'],
    person: 'Eliska Thorve',
    gender: 'female',
  },
  {
    name: 'a pronoun with two people before it casts no vote',
    texts: ['Senator Rolan Oddby met Governor Kestrin Vale, and afterwards he spoke to reporters.'],
    person: 'Kestrin Vale',
    gender: undefined,
  },
  {
    name: 'a name inside a quotation is not the narrator\'s "he"',
    texts: ['Senator Rolan Oddby spoke on Monday. “I will meet Governor Kestrin Vale next week,” he said.'],
    person: 'Kestrin Vale',
    gender: undefined,
  },
  {
    name: 'a sentence opening with an unresolved pronoun makes later pronouns ambiguous',
    texts: [
      'The talks went on all night.\n\nHe said the meeting with Governor Kestrin Vale went well, and that he expected a deal.',
    ],
    person: 'Kestrin Vale',
    gender: undefined,
  },
  {
    name: 'evidence adds up over the corpus, the majority wins',
    texts: [
      'Governor Kestrin Vale said she would veto the bill.',
      'Governor Kestrin Vale said her office had not been consulted.',
      'Governor Kestrin Vale met Senator Rolan Oddby. Vale said he was wrong.',
    ],
    person: 'Kestrin Vale',
    gender: 'female',
  },
];

for (const c of CASES) {
  test(`gender: ${c.name}`, () => {
    assert.equal(genderOf(c.texts, c.person), c.gender, c.name);
  });
}

test('gender cue tables: each row is lower case and its example uses the word', () => {
  for (const row of [...GENDERED_TITLES, ...GENDERED_PRONOUNS]) {
    assert.equal(row.word, row.word.toLowerCase(), row.word);
    assert.ok(new RegExp(`\\b${row.word}\\b`, 'iu').test(row.example), `${row.word}: ${row.example}`);
  }
});
