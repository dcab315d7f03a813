import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * An interview a newspaper printed as questions and answers with no labels (the questions were in
 * bold on the page). Every name and sentence is invented for these tests.
 */
function turns(text: string, title: string | null): [string, string | null, string][] {
  const article = { ...makeArticle('t', text), title };
  return findTranscriptTurns(article).map((t) => [
    t.role,
    t.speaker?.name ?? null,
    t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | '),
  ]);
}

const PAGE = [
  'Ahead of the port vote, the harbour commissioner spoke to us at her office on the quay.',
  'Commissioner, will the new berth be finished on time?',
  'It will be close. The piling is done, and I expect the deck to be laid by March.',
  'Fishermen say you have ignored them.',
  'I have met their association four times this year. We changed the plans twice because of what they told us.',
  'What happens to the old ferry ramp?',
  'We will keep it for small boats.',
  'It costs us very little to maintain.',
  'Do you plan to stand again?',
  'My term runs to 2028. I will decide then.',
  'Orla Finch is our maritime correspondent.',
].join('\n\n');

describe('an interview printed without labels', () => {
  test('questions (a "?" or a statement put to "you") are the interviewer’s, the answers the title’s interviewee’s', () => {
    const read = turns(PAGE, 'Monday interview: Harbour Commissioner Edda Strand on the new berth');
    assert.deepEqual(
      read.map(([role, who]) => [role, who]),
      [
        ['question', null],
        ['answer', 'Edda Strand'],
        ['question', null],
        ['answer', 'Edda Strand'],
        ['question', null],
        ['answer', 'Edda Strand'],
        ['question', null],
        ['answer', 'Edda Strand'],
      ],
    );
    // An answer over two paragraphs is one turn; the intro and the closing note are nobody's words.
    assert.equal(read[5]![2], 'We will keep it for small boats. | It costs us very little to maintain.');
    assert.equal(read[7]![2], 'My term runs to 2028. I will decide then.');
  });

  test('the interviewee may be named in the text’s own title line', () => {
    const read = turns(`Interview with Harbour Commissioner Edda Strand\n\n${PAGE}`, null);
    assert.equal(read.filter(([role]) => role === 'answer').length, 4);
  });

  test('the name before the cue ("… Edda Strand interview"), and a Markdown copy’s bold questions', () => {
    const read = turns(PAGE, '“We changed the plans twice”: the Edda Strand interview');
    assert.equal(read.filter(([role]) => role === 'answer')[0]![1], 'Edda Strand');
    const markdown = PAGE.replace(
      'Fishermen say you have ignored them.',
      '**Fishermen are angry about the plans.**',
    ).replace(
      'Commissioner, will the new berth be finished on time?',
      '**Will the new berth be finished on time?**',
    );
    const md = turns(markdown, 'Monday interview: Harbour Commissioner Edda Strand on the new berth');
    assert.deepEqual(
      md.slice(0, 4).map(([role]) => role),
      ['question', 'answer', 'question', 'answer'],
    );
  });

  test('no interview cue in the title, or too few questions: not an interview', () => {
    assert.deepEqual(turns(PAGE, 'Harbour Commissioner Edda Strand on the new berth'), []);
    const short = PAGE.split('\n\n').slice(0, 5).join('\n\n');
    assert.deepEqual(turns(short, 'Monday interview: Harbour Commissioner Edda Strand on the new berth'), []);
  });

  test('a report with questions in its prose answers in the third person: not an interview', () => {
    const report = [
      'Will the berth open on time? The commissioner thinks so.',
      'Edda Strand said the piling was finished and the deck would follow in March.',
      'Do fishermen agree? Their association says it was consulted.',
      'The association met her four times, its chair said.',
      'And the old ramp? It stays, for small boats.',
      'Strand did not say whether she would stand again.',
    ].join('\n\n');
    assert.deepEqual(turns(report, 'Berth interview: Commissioner Edda Strand says deck due in March'), []);
  });
});
