import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Verdict } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * One-sentence transcripts and reports written for this test, one per everyday way of quoting
 * faithfully or not: the rules must hold on wording they were not tuned on.
 */
const ROWS: [said: string, reported: string, verdict: Verdict][] = [
  [
    'I think the agreement will probably be signed before the end of the year.',
    'the agreement will be signed before the end of the year',
    'altered',
  ],
  [
    'We may need to raise rates again if inflation does not come down.',
    'We will need to raise rates again',
    'altered',
  ],
  [
    'Some of our neighbours have raised concerns about the pipeline.',
    'All of our neighbours have raised concerns about the pipeline.',
    'altered',
  ],
  [
    'Over 30,000 people have signed the petition so far.',
    '30,000 people have signed the petition',
    'altered',
  ],
  [
    'The plan would cost roughly 2 billion euros over five years.',
    'The plan would cost roughly 20 billion euros over five years.',
    'altered',
  ],
  [
    'We are not going to close the border crossings.',
    'We are going to close the border crossings.',
    'altered',
  ],
  ['Canada will host the summit next spring.', 'Mexico will host the summit next spring.', 'altered'],
  [
    'We will support the reform, provided that the unions agree to it, and we will vote for it in June.',
    'We will support the reform and we will vote for it in June.',
    'altered',
  ],
  [
    'Most schools in the district will reopen on Monday.',
    'Schools in the district will reopen on Monday.',
    'altered',
  ],
  [
    'They attacked our positions near the river last night.',
    'We attacked their positions near the river last night.',
    'altered',
  ],
  ['Roughly half of the funds have been spent.', 'Half of the funds have been spent.', 'altered'],
  ['The attack killed at least 12 people.', 'The attack killed 12 people.', 'altered'],
  [
    'The strike cost the company about 40 million euros.',
    'The strike cost the company about 400 million euros.',
    'altered',
  ],
  ['The reforms have helped millions of families.', 'The reforms have hurt millions of families.', 'altered'],
  ["We've already delivered 300 tanks to the front.", 'We have delivered 300 tanks to the front.', 'altered'],
  [
    'We will support the reform, provided that the unions agree to it.',
    'We will support the reform',
    'verbatim',
  ],
  [
    "I've said many times that we won't negotiate under threat.",
    'I have said many times that we will not negotiate under threat.',
    'verbatim',
  ],
  [
    'We cannot allow this aggression to go unanswered.',
    'We can not allow this aggression to go unanswered.',
    'verbatim',
  ],
  [
    'Our farmers deserve fair prices for their crops.',
    'Our farmers deserve fair prices for their harvest.',
    'paraphrase',
  ],
  [
    'The government has provided 400 million dollars in aid to the region.',
    'The government has provided $400 million in aid to the region.',
    'paraphrase',
  ],
  [
    'We discussed trade, energy and security, and we agreed to meet again in the autumn.',
    'We agreed to meet again in the autumn. We discussed trade, energy and security.',
    'paraphrase',
  ],
  [
    'Nobody in this room believes that the conflict can be solved by force.',
    'No one in this room believes that the conflict can be resolved by force.',
    'paraphrase',
  ],
  [
    'It is my firm belief that the treaty will survive.',
    'I firmly believe that the treaty will survive.',
    'paraphrase',
  ],
  [
    'We were able to bring the hostages home safely.',
    'We managed to bring the hostages home safely.',
    'paraphrase',
  ],
  ['Our kids deserve safe schools.', 'Our children deserve safe schools.', 'paraphrase'],
  ['We got the message from the voters.', 'We received the message from the voters.', 'paraphrase'],
  ['The agency will look into the spending.', 'The agency will investigate the spending.', 'paraphrase'],
  [
    'Germany and France have agreed to share the costs.',
    'France and Germany have agreed to share the costs.',
    'paraphrase',
  ],
  [
    'Exports rose by 3.5 percent in the spring, which is a fine result.',
    'Exports rose by 3.5% in the spring, which is a fine result.',
    'paraphrase',
  ],
];

function judge(said: string, reported: string): Verdict | undefined {
  const primaryText = `Remarks by Mara Lindqvist\n\nMARA LINDQVIST: ${said}\n\nEND\n`;
  const primary = makeArticle('primary.txt', primaryText, { outlet: 'Office of the Governor' });
  const reportText = `Lindqvist said: “${reported}”`;
  const q = quoteIn('report.txt', reportText, reported, 'Mara Lindqvist');
  const story = storyOf('primary.txt', ['report.txt']);
  const report = makeArticle('report.txt', reportText, { outlet: 'Outlet' });
  return attachProvenance([q], [primary, report], [story])[0]!.provenance?.verdict;
}

for (const [said, reported, verdict] of ROWS) {
  test(`robustness: "${reported}" is ${verdict}`, () => {
    assert.equal(judge(said, reported), verdict, `source: ${said}`);
  });
}

test('words that name object properties are plain words, not figures or contractions', () => {
  const said = 'The constructor will not toString the valueOf of hasOwnProperty.';
  assert.equal(judge(said, said), 'verbatim');
});
