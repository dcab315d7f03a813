import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { makeArticle } from '../helpers/article.ts';

function entitiesOf(texts: string[]) {
  return buildEntityIndex(texts.map((t, i) => makeArticle(`a${i}`, t))).entities;
}

function find(texts: string[], name: string) {
  return entitiesOf(texts).find((e) => e.name === name);
}

test('corpus: a sentence-initial common word is no entity', () => {
  const names = entitiesOf([
    'The mayor of Dravnik spoke on Monday. “Patience is not weakness,” she said. “Stubbornness helps nobody.”',
    'Councils come and go. The councils of Dravnik have always argued.',
  ]).map((e) => e.name);
  assert.ok(!names.includes('Stubbornness'), names.join(', '));
  assert.ok(!names.includes('Councils'), names.join(', '));
  assert.ok(names.includes('Dravnik'), names.join(', '));
});

test('corpus: a sentence-initial word that is also capitalised mid-sentence stays a name', () => {
  const names = entitiesOf(['Dravnik voted on Monday. The council of Dravnik met again.']).map((e) => e.name);
  assert.ok(names.includes('Dravnik'), names.join(', '));
});

test('corpus: a demonym joins its country when the country is seen as a place', () => {
  const e = find(
    [
      'Talks between Lendora and Norway resumed on Monday.',
      'The Lendoran delegation left early. Lendoran farmers protested.',
    ],
    'Lendora',
  );
  assert.ok(e, 'Lendora entity');
  assert.equal(e.type, 'place');
  assert.deepEqual(e.aliases, ['Lendoran']);
});

test('corpus: no demonym link when the root is never a place', () => {
  const texts = ['Shares of Kestavia rose on Monday.', 'Analysts praised the Kestavian approach.'];
  const root = find(texts, 'Kestavia');
  assert.ok(root, 'Kestavia entity');
  assert.notEqual(root.type, 'place');
  assert.ok(!root.aliases.includes('Kestavian'), JSON.stringify(root));
});

test('corpus: a dateline and "X’s government" type an unknown name as a place', () => {
  const e = find(
    ['VELMORA, May 3 (Wire) - Officials met.', 'Velmora’s government has not replied.'],
    'Velmora',
  );
  assert.equal(e?.type, 'place');
});

test('corpus: a short form joins the one longer name it opens', () => {
  const e = find(
    [
      'The interview was given to the Dorvan Press Agency on Friday.',
      'The minister told Dorvan that talks would resume.',
    ],
    'Dorvan Press Agency',
  );
  assert.ok(e?.aliases.includes('Dorvan'), JSON.stringify(e));
});

test('corpus: no short-form link for a gazetteer name or when two longer names open with it', () => {
  const washington = find(
    ['George Washington crossed the river. Officials in Washington said nothing new.'],
    'Washington',
  );
  assert.ok(washington, 'Washington stays its own entity');
  const texts = [
    'The Varden River flooded. The Varden Water Company said it was ready.',
    'Farmers along Varden complained.',
  ];
  const river = find(texts, 'Varden River');
  assert.ok(river && !river.aliases.includes('Varden'), JSON.stringify(river));
});
