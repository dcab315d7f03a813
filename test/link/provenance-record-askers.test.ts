import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Quote } from '../../src/model/quote.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';
import { judgeQuote, why } from '../helpers/judge-quote.ts';
import { quoteIn } from '../helpers/quote.ts';

/**
 * Provenance in records whose askers are named: a justice's question or a member's is on the
 * record though it states nothing of the record's, and a report of another hearing of the same
 * court, quoting someone the record never gives the floor to, is judged against it only by the
 * record's very words. Every name and sentence is invented for these tests.
 */
const RECORD = [
  'NORTH TARRAN SUPREME COURT, ORAL ARGUMENT',
  '',
  'CHIEF JUSTICE ABELLARD: We will hear the quarry case now. Ms. Marrow.',
  '',
  'MS. MARROW: Thank you, Chief Justice. The permit was issued without any hearing at all, and the statute requires one for every new pit. The pit is four hundred yards from a school. The board knew that. Its own map shows it. The neighbours learned of the permit from the trucks.',
  '',
  'JUSTICE KOVACS: The statute says a hearing on request. Was a hearing ever asked for?',
  '',
  'MS. MARROW: Twice, Your Honor, and the board answered neither letter before it voted.',
  '',
  'CHIEF JUSTICE ABELLARD: I am not sure the county ever read the letters. Mr. Vash.',
  '',
  'MR. VASH: The board gave notice in the county paper for six weeks, which is what the statute asks of it. I am not aware of any letter. The county keeps a register of every letter it receives. Neither letter is in it. The pit has been worked for a year without a complaint.',
].join('\n');

function judge(report: string, said: string, speaker: string, story: 'same' | 'other') {
  const primary = makeArticle('record.txt', RECORD);
  const own: Quote[] = [
    {
      ...quoteIn('record.txt', RECORD, 'The permit was issued', 'Ines Marrow'),
      id: 'p1',
      kind: 'transcript',
    },
    {
      ...quoteIn('record.txt', RECORD, 'The board gave notice', 'Teodor Vash'),
      id: 'p2',
      kind: 'transcript',
    },
  ];
  const article = makeArticle('report.txt', report, { outlet: 'Wire' });
  const quote = quoteIn('report.txt', report, said, speaker);
  const stories: Story[] =
    story === 'same'
      ? [
          {
            id: 's',
            title: '',
            articles: ['record.txt', 'report.txt'],
            primary: 'record.txt',
            primaryConfidence: 1,
          },
        ]
      : [
          { id: 's', title: '', articles: ['record.txt'], primary: 'record.txt', primaryConfidence: 1 },
          { id: 't', title: '', articles: ['report.txt'], primary: null, primaryConfidence: 1 },
        ];
  const out = attachProvenance([...own, quote], [primary, article], stories);
  return out.at(-1)!.provenance!;
}

test('a justice’s question quoted by a report of the hearing is found in the justice’s turn', () => {
  const report = 'Justice Kovacs pressed the appellants. "The statute says a hearing on request," she said.';
  const p = judge(report, 'The statute says a hearing on request,', 'Ana Kovacs', 'same');
  assert.equal(p.verdict, 'verbatim', why(p));
  // Changed, it is caught as any official's words would be.
  const changed =
    'Justice Kovacs pressed the appellants. "The statute says a hearing in every case," she said.';
  const q = judge(changed, 'The statute says a hearing in every case,', 'Ana Kovacs', 'same');
  assert.equal(q.verdict, 'altered', why(q));
});

test('the same justice quoted in a report of another hearing is not judged against this record', () => {
  const report = 'At the court’s other hearing, Justice Kovacs asked: "Was a permit ever asked for?"';
  const p = judge(report, 'Was a permit ever asked for?', 'Ana Kovacs', 'other');
  assert.equal(p.verdict, 'no_primary', why(p));
});

test('someone the record never gives the floor to, in a report of another hearing, is no paraphrase of it', () => {
  const report =
    'The state’s lawyer, Owen Prewitt, was asked about the rule. "I am not aware of any such letter," Prewitt said.';
  const p = judge(report, 'I am not aware of any such letter,', 'Owen Prewitt', 'other');
  assert.equal(p.verdict, 'no_primary', why(p));
});

test('a clause after a verb of saying, its "that" left out, is quoted whole', () => {
  const said = judgeQuote(
    'I have to say the delay troubles me. Is there any reason for it?',
    'The delay troubles me,',
  );
  assert.equal(said.verdict, 'verbatim', why(said));
  // A hedge before the clause is still dropped when the quote leaves it out.
  const hedged = judgeQuote('I think the delay will end in May.', 'The delay will end in May.');
  assert.equal(hedged.verdict, 'altered', why(hedged));
});
