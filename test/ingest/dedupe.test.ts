import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  contentHash,
  decodeSignature,
  encodeSignature,
  estimateSimilarity,
  getBandRows,
  isEmptySignature,
  markDuplicates,
  NEAR_DUPLICATE_SIMILARITY,
  NearDuplicateIndex,
  SHINGLE_WORDS,
  SIGNATURE_SLOTS,
  shingleSignature,
} from '../../src/ingest/dedupe.ts';
import {
  HARBOUR_VOTE,
  HARBOUR_VOTE_SYNDICATED,
  MUSEUM_REOPENS,
  makeArticle,
  makeSyndicatedCopy,
} from '../store/fixtures.ts';

/** Exact Jaccard similarity of word 5-gram sets, by a deliberately naive reference implementation. */
function exactJaccard(a: string, b: string): number {
  const shingles = (text: string): Set<string> => {
    const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const out = new Set<string>();
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
      out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
    return out;
  };
  const sa = shingles(a);
  const sb = shingles(b);
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/** `text` with every `step`-th word replaced by a made-up word. */
function editEvery(text: string, step: number): string {
  let n = 0;
  return text.replace(/[A-Za-z]+/g, (word) => (++n % step === 0 ? `zq${n}x` : word));
}

describe('contentHash', () => {
  it('is the hex SHA-256 of the UTF-8 text', () => {
    assert.equal(contentHash('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.notEqual(contentHash('Café'), contentHash('Cafe'));
  });
});

describe('shingleSignature and estimateSimilarity', () => {
  it('gives identical texts similarity 1 and is deterministic', () => {
    const a = shingleSignature(HARBOUR_VOTE);
    assert.equal(a.length, SIGNATURE_SLOTS);
    assert.deepEqual(shingleSignature(HARBOUR_VOTE), a);
    assert.equal(estimateSimilarity(a, shingleSignature(HARBOUR_VOTE)), 1);
  });

  it('ignores case, diacritics, apostrophe style, punctuation and spacing', () => {
    const a = shingleSignature('The Mayor’s café plan — “approved”, said Zoë, on Tuesday at noon.');
    const b = shingleSignature("the mayor's cafe plan approved said zoe on tuesday at noon");
    assert.equal(estimateSimilarity(a, b), 1);
  });

  it('reads words in any script, folding case and accents there too', () => {
    const russian =
      'Министр заявил журналистам в понедельник, что переговоры о новом торговом соглашении продолжатся ' +
      'в следующем месяце в Женеве, а делегации обменяются проектами текста до конца недели. ' +
      'По его словам, стороны сблизили позиции по тарифам, но разногласия по квотам сохраняются.';
    const copy = russian.replace('понедельник', 'вторник').toUpperCase();
    const similarity = estimateSimilarity(shingleSignature(russian), shingleSignature(copy));
    assert.ok(similarity >= 0.6 && similarity < 1, `one of 38 words changed: ${similarity}`);
    assert.equal(estimateSimilarity(shingleSignature('Ёлка и мёд'), shingleSignature('ЕЛКА И МЕД')), 1);
    // Letters outside the BMP (surrogate pairs) are letters too: these differ in their first word.
    assert.equal(
      estimateSimilarity(shingleSignature('𝐁𝐨𝐥𝐝 type here'), shingleSignature('𝐍𝐞𝐰 type here')),
      0,
    );
  });

  it('scores a lightly edited copy at or above the threshold, an unrelated text far below', () => {
    const original = shingleSignature(HARBOUR_VOTE);
    assert.ok(
      estimateSimilarity(original, shingleSignature(HARBOUR_VOTE_SYNDICATED)) >= NEAR_DUPLICATE_SIMILARITY,
    );
    assert.ok(estimateSimilarity(original, shingleSignature(MUSEUM_REOPENS)) < 0.1);
    assert.ok(
      estimateSimilarity(original, shingleSignature(editEvery(HARBOUR_VOTE, 8))) < NEAR_DUPLICATE_SIMILARITY,
    );
  });

  it('tracks the exact Jaccard similarity within a few hundredths', () => {
    for (const step of [3, 6, 12, 25, 50, 100, 400]) {
      const edited = editEvery(HARBOUR_VOTE, step);
      const estimate = estimateSimilarity(shingleSignature(HARBOUR_VOTE), shingleSignature(edited));
      const exact = exactJaccard(HARBOUR_VOTE, edited);
      assert.ok(
        Math.abs(estimate - exact) <= 0.05,
        `every ${step}th word edited: estimate ${estimate}, exact ${exact}`,
      );
    }
  });

  it('leaves chrome ranges out, so the same body with different chrome matches fully', () => {
    const body = HARBOUR_VOTE;
    const withChrome = `Accept cookies to continue reading our site today\n${body}\nShare this story with friends now`;
    const head = withChrome.indexOf(body);
    const exclude = [
      { start: head + body.length, end: withChrome.length },
      { start: 0, end: head },
    ];
    assert.equal(estimateSimilarity(shingleSignature(body), shingleSignature(withChrome, exclude)), 1);
    assert.ok(estimateSimilarity(shingleSignature(body), shingleSignature(withChrome)) < 1);
  });

  it('treats a text shorter than a shingle as one shingle and a wordless text as matching nothing', () => {
    assert.equal(estimateSimilarity(shingleSignature('Vote delayed'), shingleSignature('vote, delayed!')), 1);
    assert.equal(estimateSimilarity(shingleSignature('Vote delayed'), shingleSignature('Vote passed')), 0);
    const empty = shingleSignature(' — … ');
    assert.ok(isEmptySignature(empty));
    assert.equal(estimateSimilarity(empty, shingleSignature(' ')), 0);
  });

  it('survives encoding for storage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const signature = shingleSignature(text);
        assert.deepEqual(decodeSignature(encodeSignature(signature)), signature);
      }),
    );
    assert.throws(() => decodeSignature(new Uint8Array(12)), /12 bytes/);
  });
});

describe('NearDuplicateIndex', () => {
  it('bands the signature for high recall at the threshold', () => {
    assert.equal(getBandRows(NEAR_DUPLICATE_SIMILARITY), 8);
    assert.equal(getBandRows(0.5), 2);
    assert.ok(getBandRows(0.99) > 8);
  });

  it('returns indexed near-duplicates with their similarity, and nothing unrelated', () => {
    const index = new NearDuplicateIndex();
    index.add('harbour', shingleSignature(HARBOUR_VOTE));
    index.add('museum', shingleSignature(MUSEUM_REOPENS));
    index.add('empty', shingleSignature(''));
    assert.equal(index.size, 2);
    const found = index.query(shingleSignature(HARBOUR_VOTE_SYNDICATED));
    assert.deepEqual(
      found.map((f) => f.id),
      ['harbour'],
    );
    assert.ok(found[0]!.similarity >= NEAR_DUPLICATE_SIMILARITY);
    assert.deepEqual(
      index.query(shingleSignature('A short unrelated note about the weather in spring.')),
      [],
    );
    assert.deepEqual(index.query(shingleSignature('')), []);
    assert.throws(() => index.add('harbour', shingleSignature(MUSEUM_REOPENS)), /already indexed/);
  });

  it('honours its threshold, whatever it is', () => {
    const edited = shingleSignature(editEvery(HARBOUR_VOTE, 25));
    const similarity = estimateSimilarity(shingleSignature(HARBOUR_VOTE), edited);
    const strict = new NearDuplicateIndex(similarity + 0.01);
    const loose = new NearDuplicateIndex(similarity - 0.01);
    for (const index of [strict, loose]) index.add('harbour', shingleSignature(HARBOUR_VOTE));
    assert.deepEqual(strict.query(edited), []);
    assert.deepEqual(loose.query(edited), [{ id: 'harbour', similarity }]);
  });
});

describe('markDuplicates', () => {
  it('marks exact copies with duplicateOf and near copies as syndicated both ways, without touching its input', () => {
    const input = [
      makeArticle('wire', HARBOUR_VOTE),
      makeArticle('museum', MUSEUM_REOPENS),
      makeArticle('reprint', HARBOUR_VOTE, { outlet: 'Reprint Weekly' }),
      makeSyndicatedCopy('copy'),
    ];
    const snapshot = structuredClone(input);
    const out = markDuplicates(input);
    assert.deepEqual(input, snapshot);
    assert.deepEqual(
      out.map((a) => [a.id, a.duplicateOf]),
      [
        ['wire', null],
        ['museum', null],
        ['reprint', 'wire'],
        ['copy', null],
      ],
    );
    const [wire, museum, reprint, copy] = out;
    assert.equal(copy!.syndicated.length, 1);
    assert.equal(copy!.syndicated[0]!.article, 'wire');
    assert.deepEqual(wire!.syndicated, [{ article: 'copy', similarity: copy!.syndicated[0]!.similarity }]);
    assert.deepEqual(museum!.syndicated, []);
    assert.deepEqual(reprint!.syndicated, []);
  });

  it('keeps links the articles already carry, without repeating them', () => {
    const link = { article: 'copy', similarity: 0.95 };
    const out = markDuplicates([
      makeArticle('wire', HARBOUR_VOTE, { syndicated: [link] }),
      makeSyndicatedCopy('copy'),
    ]);
    assert.deepEqual(out[0]!.syndicated, [link]);
  });
});
