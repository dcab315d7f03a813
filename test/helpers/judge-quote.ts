import assert from 'node:assert/strict';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote, Verdict } from '../../src/model/quote.ts';
import { makeArticle } from './article.ts';
import { quoteIn, storyOf } from './quote.ts';

/** Who speaks in the invented transcript, and how a report frames the words it quotes. */
export interface Setting {
  header: string;
  speaker: string;
  report: (said: string) => string;
}

export const MINISTER: Setting = {
  header: 'Remarks by Minister Ana Holt',
  speaker: 'Ana Holt',
  report: (said) => `The minister told reporters on Tuesday that “${said}” in a statement.`,
};

/**
 * The verdict on a report quoting `said` from an invented one-speaker transcript whose speaker
 * said `passage`: the primary is given, so the rules alone decide.
 */
export function judgeQuote(
  passage: string,
  said: string,
  setting: Setting = MINISTER,
): { verdict: Verdict; reasons: string[] } {
  const text = `${setting.header}\n\n${setting.speaker.toUpperCase()}: ${passage}\n`;
  const primary = makeArticle('primary.txt', text);
  const own: Quote = {
    ...quoteIn('primary.txt', text, passage, setting.speaker),
    id: 'p-q1',
    kind: 'transcript',
  };
  const reportText = setting.report(said);
  const report = makeArticle('report.txt', reportText, { outlet: 'Outlet' });
  const quote = quoteIn('report.txt', reportText, said, setting.speaker);
  const out = attachProvenance([own, quote], [primary, report], [storyOf('primary.txt', ['report.txt'])]);
  const p = out[1]!.provenance!;
  return { verdict: p.verdict, reasons: p.reasons };
}

/** A verdict's reasons on one line: an assertion's message. */
export const why = (r: { reasons: string[] }): string => r.reasons.join(' | ');

/** The report quoting `said` is judged altered, with a reason starting `reason`. */
export function assertAltered(
  passage: string,
  said: string,
  reason: string,
  setting: Setting = MINISTER,
): void {
  const r = judgeQuote(passage, said, setting);
  assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  assert.ok(
    r.reasons.some((x) => x.startsWith(reason)),
    `${said}: ${why(r)}`,
  );
}

/** The report quoting `said` is judged anything but altered. */
export function assertNotAltered(passage: string, said: string, setting: Setting = MINISTER): void {
  const r = judgeQuote(passage, said, setting);
  assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
}
