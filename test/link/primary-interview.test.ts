import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPrimary } from '../../src/link/stories/primary.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A newspaper's own question-and-answer interview is the statement its reports quote: the outlet's
 * byline and intro make it look like an article, its "Q." / "A." turns make it the source.
 */
const INTERVIEW = makeArticle(
  'interview',
  `THE HARBOUR TIMES

Mayor Ivo Sarn on the ferry strike: no deal without the unions

By Lena Ortiz

Mayor Ivo Sarn spoke to the Harbour Times in his office on Monday. The interview has been edited for length.

Q. The strike is in its third week. When will the ferries run again?

A. When the unions and the operator sign an agreement, and not a day before. I will not impose a deal on anyone.

Q. Commuters say the city has done nothing.

A. We have laid on extra buses on every route, and we pay for them ourselves. I understand the anger, but the city does not run the ferries.

Q. Will fares rise after the strike?

A. Fares are frozen until next spring. That was our promise and we will keep it.
`,
);

const REPORT = makeArticle(
  'report',
  `Mayor rules out imposing ferry deal

By Tom Hale

The mayor said on Monday he would not impose a settlement in the ferry strike. "I will not impose a deal on anyone," Sarn told the Harbour Times.

He said fares were "frozen until next spring" and that the city had laid on extra buses, according to the newspaper.
`,
);

test('a "Q." / "A." interview under a byline is the primary of the reports that quote it', () => {
  const articles = [INTERVIEW, REPORT];
  const story: Story = {
    id: 's',
    title: '',
    articles: articles.map((a) => a.id),
    primary: null,
    primaryConfidence: 0,
  };
  const decision = detectPrimary(story, articles);
  assert.equal(decision.primary, 'interview');
  assert.equal(decision.rule, 'primary.qa-transcript');
});
