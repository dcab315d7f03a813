import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { GIVEN_NAME_GROUPS } from '../../src/nlp/lexicons/given-name-variants.ts';
import {
  isCompatibleName,
  isSameFamilyName,
  isSameGivenName,
  familySkeleton,
  nameSkeleton,
  parsePersonName,
  phraseSkeleton,
} from '../../src/nlp/names.ts';

const SAME_SPELLINGS: [string, string][] = [
  ['Sergei', 'Sergey'],
  ['Zelensky', 'Zelenskyy'],
  ['Zelensky', 'Zelenskiy'],
  ['Kiev', 'Kyiv'],
  ['Donbas', 'Donbass'],
  ['Yevgeny', 'Evgeny'],
  ['Kharkiv', 'Harkiv'],
  ['Yury', 'Yuri'],
  ['Viktor', 'Victor'],
];

const DIFFERENT_NAMES: [string, string][] = [
  ['Putin', 'Zelensky'],
  ['Ivanov', 'Ivanova'],
  ['Smith', 'Schmidt'],
  ['Markov', 'Markin'],
  ['Orlov', 'Sokolov'],
  ['Iran', 'Iraq'],
];

test('names: transliteration variants share a skeleton', () => {
  for (const [a, b] of SAME_SPELLINGS) assert.equal(nameSkeleton(a), nameSkeleton(b), `${a} / ${b}`);
});

test('names: different names keep different skeletons', () => {
  for (const [a, b] of DIFFERENT_NAMES) assert.notEqual(nameSkeleton(a), nameSkeleton(b), `${a} / ${b}`);
});

test('names: parsing keeps particles with the family name and reads initials', () => {
  assert.deepEqual(parsePersonName('Ursula von der Leyen'), {
    given: ['Ursula'],
    initials: [],
    family: 'von der Leyen',
  });
  assert.deepEqual(parsePersonName('J. R. Hartley Jr.'), {
    given: [],
    initials: ['J', 'R'],
    family: 'Hartley',
  });
  assert.deepEqual(parsePersonName('Markov’s'), { given: [], initials: [], family: 'Markov' });
});

test('names: one person across spellings and cognate given names', () => {
  const cases: [string, string, boolean][] = [
    ['Volodymyr Petrenko', 'Vladimir Petrenko', true],
    ['Dmitry Kovalenko', 'Dmytro Kovalenko', true],
    ['Sergei Volkov', 'Sergey Volkov', true],
    ['Steve Hollis', 'Stephen Hollis', true],
    ['J. Whitfield', 'Janet Whitfield', true],
    ['Volkov', 'Sergey Volkov', true],
    ['Vladimir Orlov', 'Vladimir Sokolov', false],
    ['Vladimir Putin', 'Vladimir Zelensky', false],
    ['Anna Ivanova', 'Olga Ivanova', false],
    ['M. Whitfield', 'Janet Whitfield', false],
  ];
  for (const [a, b, same] of cases) {
    assert.equal(isCompatibleName(parsePersonName(a)!, parsePersonName(b)!), same, `${a} / ${b}`);
  }
  assert.equal(isSameFamilyName('Zelenskyy', 'Zelensky'), true);
  assert.equal(isSameGivenName('Mikhail', 'Mykhailo'), true);
  assert.equal(isSameGivenName('Mikhail', 'Michael'), false);
});

test('names: every given-name group row is distinct and its names join', () => {
  const owner = new Map<string, string>();
  for (const g of GIVEN_NAME_GROUPS) {
    assert.ok(g.example.length > 0, `${g.names[0]} has an example`);
    for (const n of g.names) {
      const skel = nameSkeleton(n);
      assert.ok(!owner.has(skel) || owner.get(skel) === g.names[0], `${n} is in two groups`);
      owner.set(skel, g.names[0]!);
      assert.equal(isSameGivenName(n, g.names[0]!), true, `${n} ~ ${g.names[0]}`);
    }
  }
});

test('a phrase skeleton is its words’ skeletons, the words parted by any white space, "-" or "–"', () => {
  const bySplit = (phrase: string, skeleton: (word: string) => string): string =>
    phrase
      .split(/[\s\-–]+/u)
      .map(skeleton)
      .filter((w) => w.length > 0)
      .join(' ');
  assert.equal(phraseSkeleton('Yevgran  Kholdin–Wexford'), 'evgran holdin veksford');
  assert.equal(phraseSkeleton(' -Tarvo\u00a0Krai- '), 'tarvo krai');
  const unit = fc.constantFrom(...'aKyhé’. -–\u00a0\u2009\n\t_'.split(''));
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 30 }), (phrase) => {
      assert.equal(phraseSkeleton(phrase), bySplit(phrase, nameSkeleton));
      assert.equal(
        familySkeleton(phrase),
        bySplit(phrase, (w) => familySkeleton(w)),
      );
    }),
    { numRuns: 3000 },
  );
});
