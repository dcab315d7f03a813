import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Label forms of the thirteenth case round (issue #7): a legislature's closed captions (">>"
 * before each turn, a stand-in chair and a clerk), a health department's "Name, Office:" labels
 * with questions "from the floor", and a phone-in's callers labelled by first name and town or by
 * town alone. Every name, place and sentence is invented for these tests.
 */
function answers(text: string): [string | null, string][] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | ')]);
}

function labelOf(line: string): { label: string; role: string; office?: string } | null {
  const h = readTurnLabel(line, { start: 0, end: line.length });
  return h && { label: h.label, role: h.role, ...(h.office ? { office: h.office } : {}) };
}

describe('closed captions: ">>" marks each turn', () => {
  const CAPTIONS = [
    'Vandermere Assembly',
    'Floor session, Thursday, captioned video',
    'Senate Bill 40, the ferry fares act, second reading.',
    '>> Speaker Pro Tem Okonjo: Order, please. Members take their seats; the clerk reads the title.',
    '>> Clerk: Senate Bill 40, an act relating to ferry fares.',
    '>> Speaker Pro Tem Okonjo: The chair recognizes the member from Port Ilse.',
    '>> Rep. Castellane: Thank you. Islanders pay twice what mainland commuters pay to reach the same hospital.',
    'This bill caps the fare at four dollars for residents.',
    '>> Rep. Dunmore: Will the member yield?',
    '>> Rep. Castellane: Gladly.',
    '>> Rep. Dunmore: Who pays for the cap?',
    '>> Rep. Castellane: The ferry fund does, and it has the money.',
  ].join('\n');

  test('the mark is no part of the label', () => {
    assert.deepEqual(labelOf('>> Rep. Castellane: Thank you.'), { label: 'Rep. Castellane', role: 'named' });
    assert.deepEqual(labelOf('>>> Rep. Castellane: Thank you.'), { label: 'Rep. Castellane', role: 'named' });
  });

  test('the stand-in chair and the clerk keep the procedure; the members speak', () => {
    assert.equal(labelOf('>> Speaker Pro Tem Okonjo: Order.')?.role, 'question');
    assert.equal(labelOf('President Pro Tempore Vance: Order.')?.role, 'question');
    assert.equal(labelOf('>> Clerk: Senate Bill 40.')?.role, 'question');
    const said = answers(CAPTIONS).map(([who]) => who);
    assert.ok(!said.some((w) => /Okonjo|Clerk/u.test(w ?? '')), said.join(', '));
    assert.ok(said.filter((w) => w?.includes('Castellane')).length >= 3, said.join(', '));
  });

  test('look-alike: a member whose surname follows a word like "Speaker" in a name is no chair', () => {
    assert.equal(labelOf('Speaker Harlan Voss: Thank you.')?.role, 'named');
  });
});

describe('"Name, Office:" in ordinary case, and questions from the floor', () => {
  test('the name is the label, the office kept', () => {
    assert.deepEqual(labelOf('Dr. Ilse Marrow, Regional Medical Officer: We have nine cases.'), {
      label: 'Dr. Ilse Marrow',
      role: 'named',
      office: 'Regional Medical Officer',
    });
    assert.deepEqual(labelOf('Tomas Kerr, Fire Chief: The road is closed.'), {
      label: 'Tomas Kerr',
      role: 'named',
      office: 'Fire Chief',
    });
  });

  test('look-alikes: a place after the comma, or one word before it, is no office label', () => {
    assert.equal(labelOf('Tomas Kerr, Eastfield Harbour: The road is closed.')?.office, undefined);
    assert.equal(labelOf('However, Fire Chief: nothing.'), null);
  });

  test('"Question from the floor:" is a question', () => {
    assert.equal(labelOf('Question from the floor: Will the clinic stay open?')?.role, 'question');
    assert.equal(labelOf('Question from the audience: And the buses?')?.role, 'question');
  });
});

describe('a phone-in’s callers by first name and town, or by town alone', () => {
  const PHONE_IN = [
    'Lakeland Drive: The Phone-In',
    'Presenter: Cal Brennock. Guest: Mireille Tovar, chief of the lakes authority.',
    'Unedited transcript.',
    '[00:00:04] Cal: Morning. Mireille, thanks for coming in.',
    '[00:00:09] Mireille: Glad to be here, Cal.',
    '[00:00:12] Cal: Straight to the phones. Agnes in Windholm, go ahead.',
    '[00:00:15] Agnes, Windholm: Why is the ferry pier still shut after the storm?',
    '[00:00:21] Mireille: Agnes, the engineers found rot in two piles. It reopens in April.',
    '[00:00:30] Greyford caller: April is too late for the fishermen.',
    '[00:00:34] Mireille: I know, and we are looking at a temporary landing.',
  ].join('\n');

  test('the caller’s label is a question, the guest’s turns are hers', () => {
    assert.deepEqual(labelOf('Agnes, Windholm: Why?'), { label: 'Agnes', role: 'question' });
    assert.deepEqual(labelOf('Agnes in Windholm: Why?'), { label: 'Agnes', role: 'question' });
    assert.equal(labelOf('Greyford caller: Too late.')?.role, 'question');
    const said = answers(PHONE_IN);
    assert.ok(
      said.every(([, words]) => !/Why is the ferry|too late for the fishermen/u.test(words)),
      JSON.stringify(said),
    );
    assert.ok(
      said.some(([, words]) => words.includes('the engineers found rot')),
      JSON.stringify(said),
    );
  });

  test('look-alike: a given name before an office is an official, not a caller', () => {
    assert.notEqual(labelOf('Agnes, Harbour Master: The pier is shut.')?.role, 'question');
  });
});
