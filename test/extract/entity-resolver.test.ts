import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterEntities, resolverTablesOf, ruleRecognizer } from '../../src/extract/entities.ts';
import {
  articleIndexOf,
  corpusIndexOf,
  tablesOfArticle,
  withoutMentions,
} from '../../src/extract/entities/resolver.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Invented reports where look-ups need more than the article itself: a surname alone whose full
 * name is in another report, role nouns bound by titles here or elsewhere, a name mentioned only
 * in another report, and two people of one family.
 */
const ARTICLES = [
  makeArticle(
    'a.txt',
    'Foreign Minister Orla Vennik met Trade Minister Piet Saar in Nordby on Monday. ' +
      'The foreign minister said Veldonia would not accept quotas. Vennik later left for Ostmark.',
  ),
  makeArticle(
    'b.txt',
    'Vennik told reporters the talks had failed. The foreign minister added that Saar agreed. ' +
      'Greta Lind of the Ostmark harbour board disagreed.',
  ),
  makeArticle(
    'c.txt',
    'Tomas Saar, a harbour pilot, and Piet Saar spoke in Karelin. Saar said the ships were delayed. ' +
      'Lind was not available for comment.',
  ),
];

/** Every surface a stage may ask about in an article: its recognised mentions and a few other names. */
function askedIn(id: string, text: string): { surface: string; offset: number | undefined }[] {
  const asked: { surface: string; offset: number | undefined }[] = [];
  for (const m of ruleRecognizer.recognize(ARTICLES.find((a) => a.id === id)!)) {
    asked.push({ surface: m.surface, offset: m.start }, { surface: m.surface, offset: undefined });
  }
  for (const surface of ['Vennik', 'Saar', 'Lind', 'the foreign minister', 'the minister', 'Greta Lind'])
    asked.push({ surface, offset: text.length }, { surface, offset: 0 });
  return asked;
}

test("one article's index answers every look-up in it as the corpus index does", () => {
  const tables = resolverTablesOf(
    clusterEntities(
      ARTICLES,
      ARTICLES.flatMap((a) => ruleRecognizer.recognize(a)),
    ),
  );
  const corpus = corpusIndexOf(tables);
  const light = withoutMentions(tables.corpus);
  let found = 0;
  for (const a of ARTICLES) {
    const own = articleIndexOf(light, a.id, tablesOfArticle(tables, a.id));
    for (const { surface, offset } of askedIn(a.id, a.text)) {
      const expected = corpus.resolve(a.id, surface, offset);
      const got = own.resolve(a.id, surface, offset);
      assert.equal(got?.id ?? null, expected?.id ?? null, `${a.id}: ${surface} at ${offset}`);
      if (expected !== null) {
        found++;
        // What speakers read of a found entity: its mentions in this article, its gender.
        assert.deepEqual(
          got!.mentions,
          expected.mentions.filter((m) => m.article === a.id),
        );
        assert.equal(got!.gender, expected.gender);
      }
    }
    // Its entities are those the article mentions, in corpus order, with their mentions here.
    const mentioned = corpus.entities
      .filter((e) => e.mentions.some((m) => m.article === a.id))
      .map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.article === a.id) }));
    assert.deepEqual(own.entities, mentioned);
  }
  assert.ok(found > 20, `look-ups that find an entity: ${found}`);
});

test('the corpus tables sent to other threads carry no mentions', () => {
  const tables = resolverTablesOf(
    clusterEntities(
      ARTICLES,
      ARTICLES.flatMap((a) => ruleRecognizer.recognize(a)),
    ),
  );
  const light = withoutMentions(tables.corpus);
  assert.ok(tables.corpus.entities.some((e) => e.mentions.length > 0));
  assert.ok(light.entities.every((e) => e.mentions.length === 0));
  assert.deepEqual(
    light.entities.map((e) => e.id),
    tables.corpus.entities.map((e) => e.id),
  );
});
