import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPrimary, measureStatementSignals } from '../../src/link/stories/primary.ts';
import { makeStoryId } from '../../src/link/stories/stories.ts';
import type { Article } from '../../src/model/article.ts';
import { makeArticle } from '../helpers/article.ts';

/** An international body's meetings coverage: third-person summaries, a few sentences quoted. */
const COVERAGE = makeArticle(
  'coverage',
  `Regional Forum on Mountain Forests
Meetings Coverage and Press Releases
Fourth Session, 2nd Meeting (PM)
MTF/118
9 October 2026

Delegates Weigh Shared Fire-Watch Network as Mountain Forest Forum Continues Debate

VIENNA, 9 October - Delegates to the Regional Forum on Mountain Forests continued their general debate today, several of them backing a shared network of fire-watch towers.

TOMAS KREBS, Deputy Minister for Agriculture of Slovakia, said that his country had lost twice as much forest to fire this summer as in any year before. "Our rangers cannot watch every valley. A shared network would let us see a fire across the border before it reaches us," he said.

LUCIA FERRANTE, Director of Civil Protection of the Province of Trento, said that the cost should be shared by every member. "Nobody should pay for a tower that protects someone else's forest alone," she said.

The representative of Slovenia said that data from the towers should be open to all members.

The Forum resumes its debate on Monday morning.

* *** *

For the information of the media; this is no official record.
`,
);

const REPORT = makeArticle(
  'coverage-report',
  `Slovakia backs shared fire-watch towers

Slovakia's deputy agriculture minister, Tomas Krebs, told a forestry forum in Vienna on Friday that his rangers "cannot watch every valley".
"A shared network would let us see a fire across the border before it reaches us," Krebs said, according to the forum's summary of the meeting.
`,
);

function storyOf(articles: readonly Article[]) {
  const ids = articles.map((a) => a.id).sort();
  return { id: makeStoryId(ids), title: '', articles: ids, primary: null, primaryConfidence: 0 };
}

test("a meetings-coverage release (its header, its '* *** *' and 'for the information of the media' foot) is the primary", () => {
  assert.equal(measureStatementSignals(COVERAGE).pressRelease, true);
  const d = detectPrimary(storyOf([REPORT, COVERAGE]), [REPORT, COVERAGE]);
  assert.equal(d.primary, COVERAGE.id);
  assert.equal(d.rule, 'primary.press-release');
  // The header alone, without the foot, is not enough.
  const noFoot = makeArticle(
    'no-foot',
    COVERAGE.text.replace(/\* \*\*\* \*[\s\S]*$/u, 'Delegates then adjourned.\n'),
  );
  assert.equal(measureStatementSignals(noFoot).pressRelease, false);
});
