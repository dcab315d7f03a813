import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * The unsupported floor of a short quote: a clause with a finite verb of its own states something,
 * as a sentence does, so it takes the sentence's floor and not a fragment's, whether the report
 * closed it with a full stop or opened it as a sentence and left its stop outside the marks.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

const PASSAGE =
  'The river at the weir has risen by about a metre since Sunday, which tells us the snow is melting fast. We are not closing the towpath yet, and the ferry will keep running unless the water reaches the jetty.';

test('a capitalised clause with a finite verb, its stop left outside the marks, takes the sentence floor', () => {
  for (const said of ['A flood is forecast within hours', 'The ferry has been cancelled for a month']) {
    const r = judge(PASSAGE, said);
    assert.equal(r.verdict, 'unsupported', `${said}: ${why(r)}`);
  }
});

test('a short fragment the speaker said, or reworded, stays judged on its words', () => {
  for (const [said, verdict] of [
    ['the ferry will keep running', 'verbatim'],
    ['The towpath is not closing yet', 'paraphrase'],
  ]) {
    const r = judge(PASSAGE, said!);
    assert.notEqual(r.verdict, 'unsupported', `${said}: ${why(r)}`);
    assert.equal(r.verdict, verdict, `${said}: ${why(r)}`);
  }
});
