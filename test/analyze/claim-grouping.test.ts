import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesIn, periodOf, periodsFit } from '../../src/analyze/claims/anchors.ts';
import { buildClaims } from '../../src/analyze/claims/claims.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';

const art = (id: string, text: string): ReturnType<typeof makeArticle> => makeArticle(id, text);

/** Each article its own story: the grouping then needs the owner named on both sides. */
function storiesOf(...ids: string[]): Story[] {
  return ids.map((id) => ({ id: `s-${id}`, title: '', articles: [id], primary: null, primaryConfidence: 0 }));
}

test('claim anchors: names skip sentence-opening common words; periods read quarters, halves, months, years', () => {
  const text = 'Oper shr loss two cts. Then Halvorsen Milling Co said its profit rose.';
  assert.deepEqual(namesIn(text, { start: 0, end: text.length }).sort(), ['halvorsen', 'mill'].sort());
  assert.deepEqual([...periodOf('third-quarter profit').spans], ['q3']);
  assert.deepEqual([...periodOf('in the nine months to June 1986').spans], ['m9']);
  assert.deepEqual([...periodOf('first half of 1986').years], ['1986']);
  assert.equal(periodsFit(periodOf('third quarter'), periodOf('3rd qtr')), true);
  assert.equal(periodsFit(periodOf('third quarter'), periodOf('nine months')), false);
  assert.equal(periodsFit(periodOf('third quarter'), periodOf('profit rose')), true);
});

test('claims: figures of two companies are two quantities, however alike their sentences', () => {
  const a = art(
    'a.txt',
    'Halvorsen Milling Co said third-quarter profit rose to 21.6 mln dlrs on higher flour sales.',
  );
  const b = art(
    'b.txt',
    'Brekke Foods Inc said third-quarter profit rose to 19.2 mln dlrs on higher flour sales.',
  );
  const claims = buildClaims([a, b], [], storiesOf('a.txt', 'b.txt'));
  assert.ok(
    claims.every((c) => c.statements.length === 1 && c.agree === null),
    JSON.stringify(claims),
  );
});

test('claims: one company reported by two outlets groups, and a different figure is a conflict', () => {
  const a = art(
    'a.txt',
    'Halvorsen Milling Co said third-quarter profit rose to 21.6 mln dlrs on higher flour sales.',
  );
  const b = art(
    'b.txt',
    'Third-quarter profit at Halvorsen Milling rose to 25.0 mln dlrs, helped by flour sales.',
  );
  const claims = buildClaims([a, b], [], storiesOf('a.txt', 'b.txt'));
  const both = claims.find((c) => c.statements.length === 2);
  assert.ok(both, JSON.stringify(claims));
  assert.equal(both.agree, false);
});

test('claims: another period or a figure ten times larger is another quantity, not a conflict', () => {
  const a = art('a.txt', 'Halvorsen Milling said third-quarter profit rose to 21.6 mln dlrs.');
  const b = art('b.txt', 'Halvorsen Milling said nine-month profit rose to 52.3 mln dlrs.');
  const c = art('c.txt', 'Halvorsen Milling said profit from flour rose to 2.1 mln dlrs.');
  const d = art('d.txt', 'Halvorsen Milling said profit from flour rose to 23 mln dlrs.');
  const periods = buildClaims([a, b], []);
  assert.ok(
    periods.every((x) => x.statements.length === 1),
    JSON.stringify(periods),
  );
  const scale = buildClaims([c, d], []);
  assert.ok(
    scale.every((x) => x.statements.length === 1),
    JSON.stringify(scale),
  );
});
