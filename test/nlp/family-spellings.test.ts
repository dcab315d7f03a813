import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../../src/model/entity.ts';
import { type AliasMention, clusterMentions } from '../../src/nlp/aliases.ts';
import { familySkeleton } from '../../src/nlp/names.ts';

/** One mention per occurrence of each surface, typed and ruled as given. */
function mentionsOf(article: string, text: string, found: [string, EntityType, string][]): AliasMention[] {
  const out: AliasMention[] = [];
  for (const [surface, type, rule] of found) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (/\p{L}/u.test(text[at + surface.length] ?? '')) continue;
      out.push({ article, start: at, end: at + surface.length, surface, type, rule });
    }
  }
  return out;
}

function keyOf(
  res: ReturnType<typeof clusterMentions>,
  article: string,
  surface: string,
): string | undefined {
  const m = [...res.clusterOf.keys()].find((x) => x.article === article && x.surface === surface);
  return m === undefined ? undefined : res.clusterOf.get(m)?.key;
}

test('familySkeleton: transliteration variants share a key, English c/k spellings do not', () => {
  for (const [a, b] of [
    ['Dorenskyy', 'Dorensky'],
    ['Dorenskiy', 'Dorenski'],
    ['Varlamov', 'Warlamow'],
    ['Khrenov', 'Hrenov'],
    ['Aleksandrov', 'Alexandrov'],
    ['Pellman', 'Pelman'],
  ])
    assert.equal(familySkeleton(a!), familySkeleton(b!), `${a} / ${b}`);
  for (const [a, b] of [
    ['Cordwell', 'Kordwell'],
    ['Stockton', 'Stokton'],
    ['Cuffley', 'Kufley'],
  ])
    assert.notEqual(familySkeleton(a!), familySkeleton(b!), `${a} / ${b}`);
});

test('aliases: one person spelled two ways in two articles joins; a look-alike with a short-form given name does not', () => {
  const a = 'Vladimir Dorensky spoke on Monday.';
  const b = 'Volodymyr Dorenskyy replied. Dorenskyy said more.';
  const c = 'Rep. Tom Cuffley said so.';
  const d = 'said Thomas Kufley, an analyst.';
  const res = clusterMentions(
    [
      ...mentionsOf('a', a, [['Vladimir Dorensky', 'person', 'person.full']]),
      ...mentionsOf('b', b, [
        ['Volodymyr Dorenskyy', 'person', 'person.full'],
        ['Dorenskyy', 'person', 'person.surname'],
      ]),
      ...mentionsOf('c', c, [['Tom Cuffley', 'person', 'person.full']]),
      ...mentionsOf('d', d, [['Thomas Kufley', 'person', 'person.full']]),
    ],
    () => '',
  );
  assert.equal(keyOf(res, 'a', 'Vladimir Dorensky'), keyOf(res, 'b', 'Volodymyr Dorenskyy'));
  assert.equal(keyOf(res, 'b', 'Dorenskyy'), keyOf(res, 'a', 'Vladimir Dorensky'));
  assert.notEqual(keyOf(res, 'c', 'Tom Cuffley'), keyOf(res, 'd', 'Thomas Kufley'));
});

test('aliases: a bare family name whose article spells it in an untyped full name stays out of another article’s look-alike', () => {
  const a = 'Governor Ilse Raynor spoke. Ms. Raynor said rates would rise. Raynor added more.';
  const b = 'Kurt Rainor ran the data team. Rainor said the lists were ready.';
  const res = clusterMentions(
    [
      // The recogniser did not type her full name: it is `other`.
      ...mentionsOf('a', a, [
        ['Ilse Raynor', 'other', 'name.run'],
        ['Raynor', 'person', 'person.surname'],
      ]),
      ...mentionsOf('b', b, [
        ['Kurt Rainor', 'person', 'person.full'],
        ['Rainor', 'person', 'person.surname'],
      ]),
    ],
    () => '',
  );
  const kurt = keyOf(res, 'b', 'Kurt Rainor');
  assert.equal(keyOf(res, 'b', 'Rainor'), kurt);
  const bare = [...res.clusterOf.entries()].filter(([m]) => m.article === 'a' && m.surface === 'Raynor');
  assert.ok(bare.length >= 2);
  for (const [, c] of bare) assert.notEqual(c.key, kurt);
});

test('aliases: a bare transliterated family name with no local full name joins the corpus’s one person of it', () => {
  const a = 'Sergei Varlamov met the envoy.';
  const b = 'Warlamow said the talks would go on.';
  const res = clusterMentions(
    [
      ...mentionsOf('a', a, [['Sergei Varlamov', 'person', 'person.full']]),
      ...mentionsOf('b', b, [['Warlamow', 'person', 'person.surname']]),
    ],
    () => '',
  );
  assert.equal(keyOf(res, 'b', 'Warlamow'), keyOf(res, 'a', 'Sergei Varlamov'));
});

test('aliases: a bare family name joins another article’s person when its article’s untyped full name has that given name', () => {
  const a = 'Councillor Oren Pask rejected the plan. Pask said so twice.';
  const b = 'Oren Pask spoke again on Monday.';
  const res = clusterMentions(
    [
      ...mentionsOf('a', a, [
        ['Oren Pask', 'other', 'name.run'],
        ['Pask', 'other', 'name.run'],
      ]),
      ...mentionsOf('b', b, [['Oren Pask', 'person', 'person.full']]),
    ],
    () => '',
  );
  assert.equal(keyOf(res, 'a', 'Pask'), keyOf(res, 'b', 'Oren Pask'));
});
