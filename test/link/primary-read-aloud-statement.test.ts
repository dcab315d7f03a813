import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureStatementSignals } from '../../src/link/stories/primary.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A text one person reads out on an office's behalf, or a statement handed to the press, says so in
 * the lines under its title: an official text's marker, as "Remarks by" is. Invented texts.
 */
const BODY = '\n1. The board has today refused the licence.\n2. We found the plans incomplete.\n';

test('"<decision|ruling|statement> read by" and "statement to the press" in the header mark an official text', () => {
  for (const head of [
    'Licensing Board\nHarbour crane licence: the decision\nDecision read by the Registrar of the Board, Edda Rune',
    'Court of Tarn\nRuling read by Judge Edda Rune\n3 March 2027',
    'Office of the Regulator\nSTATEMENT TO THE PRESS\nEdda Rune, Regulator',
    'Office of the Regulator\nStatement to the media on the crane licence\nEdda Rune',
  ]) {
    assert.equal(measureStatementSignals(makeArticle('a', head + BODY)).officialMarker, true, head);
  }
});

test("a report's headline about a decision carries no such marker", () => {
  const head = 'Board refuses harbour crane licence\nBy Ivo Sarn\n3 March 2027';
  assert.equal(measureStatementSignals(makeArticle('b', head + BODY)).officialMarker, false);
});
