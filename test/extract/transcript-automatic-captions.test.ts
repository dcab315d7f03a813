import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A video's automatic captions pasted as text: a time on a line of its own over each caption
 * line, lower case, no punctuation, no labels. The person the title names speaks; the words alone
 * tell when the floor passes (a hand-over by name and the thanks that answers it, a question put
 * to someone by title or name, the host's closing thanks). Every name, place and sentence is
 * invented for these tests.
 */
function captions(title: string, lines: readonly string[]): string {
  const body = lines.flatMap((line, i) => [
    `${Math.floor((i * 4) / 60)}:${String((i * 4) % 60).padStart(2, '0')}`,
    line,
  ]);
  return [title, 'Office of the Premier', 'Streamed live on 3 Mar 2026', '', ...body, '[Music]'].join('\n');
}

/** Each turn as its speaker (or "Q") and its first caption line. */
function voices(text: string): string[] {
  return findTranscriptTurns(makeArticle('t', text)).map(
    (t) =>
      `${t.interviewer ? 'Q' : t.speaker?.name}: ${text.slice(t.paragraphs[0]!.start, t.paragraphs[0]!.end)}`,
  );
}

const UPDATE = [
  'good morning and thank you for joining us',
  'i want to bring you up to date on the',
  'floods in the upper valley overnight the',
  'river rose another half a metre and we',
  'have moved about 900 people out of their',
  'homes i will now hand over to marta our',
  'fire commissioner for the detail',
  'thank you premier our crews carried out',
  'forty rescues since midnight and every',
  'one of those people is safe',
  'premier will the army be called in or',
  'is that off the table',
  'we have asked for two hundred soldiers',
  'and i expect them by friday',
  'marta how long will the roads stay shut',
  'at least until the water drops below the',
  'bridges and that could take a week',
  'okay thanks everyone we will be back at four',
];

describe('automatic captions', () => {
  test('the title names the host; a hand-over, a question put by title or name and a closing pass the floor', () => {
    assert.deepEqual(voices(captions('Premier Lise Vandamme: flood update (live)', UPDATE)), [
      'Lise Vandamme: good morning and thank you for joining us',
      'Marta: thank you premier our crews carried out',
      'Q: premier will the army be called in or',
      'Lise Vandamme: we have asked for two hundred soldiers',
      'Q: marta how long will the roads stay shut',
      'Marta: at least until the water drops below the',
      'Lise Vandamme: okay thanks everyone we will be back at four',
    ]);
  });

  test('the time lines and the sound tags are no one’s words', () => {
    const text = captions('Premier Lise Vandamme: flood update (live)', UPDATE);
    const spoken = findTranscriptTurns(makeArticle('t', text)).flatMap((t) =>
      t.paragraphs.map((p) => text.slice(p.start, p.end)),
    );
    assert.equal(spoken.length, UPDATE.length);
    assert.ok(spoken.every((s) => !/^\d+:\d\d$/u.test(s) && s !== '[Music]'));
  });

  test('a title that names nobody before its colon gives no speaker, and no caption turns', () => {
    assert.deepEqual(voices(captions('Flood update: the upper valley (live)', UPDATE)), []);
  });

  test('a live blog of entries under their times is no caption track', () => {
    const blog = captions(
      'Premier Lise Vandamme: flood update (live)',
      UPDATE.map((l) => `The premier said the ${l} and crews would stay on through the night.`),
    );
    assert.ok(!voices(blog).some((v) => v.startsWith('Marta')));
  });

  test('a time opening its caption line, as some panels copy it, is a caption track too', () => {
    const inline = [
      'LIVE: Premier Lise Vandamme gives an update on the floods',
      'Office of the Premier',
      '',
      ...UPDATE.map(
        (line, i) => `${Math.floor((i * 4) / 60)}:${String((i * 4) % 60).padStart(2, '0')} ${line}`,
      ),
    ].join('\n');
    assert.deepEqual(voices(inline).slice(0, 3), [
      'Lise Vandamme: good morning and thank you for joining us',
      'Marta: thank you premier our crews carried out',
      'Q: premier will the army be called in or',
    ]);
  });
});
