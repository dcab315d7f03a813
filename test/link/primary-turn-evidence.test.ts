import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { detectPrimary } from '../../src/link/stories/primary.ts';
import type { Article } from '../../src/model/article.ts';
import type { Quote } from '../../src/model/quote.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A transcript whose labels the line patterns of primary detection do not know (a podcast's
 * first names, a floor record's "Mr. NAME.") is still the primary of the reports quoting it: the
 * turn reader's questions (a host, a chair) count. Names and sentences invented for this test.
 */
const PODCAST = makeArticle(
  'podcast',
  [
    'Shoreline Hour, episode 12',
    'Released 9 January 2026',
    'With us is Petra Vane, the water commissioner. Your host is Joel Aske.',
    'JOEL: Commissioner, good to have you.',
    'PETRA: Thank you, Joel.',
    'JOEL: The reservoir is low. Will there be a hosepipe ban?',
    'PETRA: Not yet. If it stays dry into March, we will ask people to save water.',
    'JOEL: And the leaks?',
    'PETRA: We fixed two hundred last year, and we will fix more this year.',
  ].join('\n'),
);

const FLOOR = makeArticle(
  'floor',
  [
    'PROCEEDINGS OF THE ASSEMBLY',
    'Thursday, April 2, 2026',
    'The SPEAKER pro tempore. The Chair recognizes the gentlewoman from Tarn (Ms. Rook).',
    'Ms. ROOK. Madam Speaker, our rural clinics are closing one by one. This bill keeps them open.',
    'Mr. BELL. Will the gentlewoman yield?',
    'Ms. ROOK. I yield to the gentleman.',
    'Mr. BELL. How is it paid for?',
    'Ms. ROOK. From the health fund, with no new tax. I yield back.',
  ].join('\n'),
);

const REPORT_PODCAST = makeArticle(
  'report-podcast',
  'Water chief warns of spring restrictions\n\nWater Commissioner Petra Vane said on Friday that people could be asked to save water. "If it stays dry into March, we will ask people to save water," Vane told the Shoreline Hour podcast, the commissioner said.',
);

const REPORT_FLOOR = makeArticle(
  'report-floor',
  'Lawmaker pushes to keep rural clinics open\n\nRep. Dana Rook said on Thursday that "our rural clinics are closing one by one," and the congresswoman told colleagues the bill brings "no new tax," she said.',
);

function storyOf(articles: readonly Article[]): Story {
  return { id: 's', title: '', articles: articles.map((a) => a.id), primary: null, primaryConfidence: 0 };
}

/** The transcript quotes the quote stage gives a transcript: one per answering turn. */
function turnQuotes(article: Article): Quote[] {
  return findTranscriptTurns(article)
    .filter((t) => !t.interviewer && t.paragraphs.length > 0)
    .map((t, i) => ({
      id: `${article.id}#t${i}`,
      article: article.id,
      start: t.start,
      end: t.end,
      text: article.text.slice(t.start, t.end),
      kind: 'transcript' as const,
      speaker: null,
      cue: null,
      venue: null,
      rule: 'quote.transcript-turn',
      speakerRule: null,
    }));
}

test('a podcast with first-name labels is the primary of the report quoting it', () => {
  const articles = [PODCAST, REPORT_PODCAST];
  const decision = detectPrimary(storyOf(articles), articles, turnQuotes(PODCAST));
  assert.equal(decision.primary, 'podcast');
  assert.equal(decision.rule, 'primary.qa-transcript');
});

test('a floor record with full-stop labels is the primary of the report quoting it', () => {
  const articles = [FLOOR, REPORT_FLOOR];
  assert.equal(detectPrimary(storyOf(articles), articles, turnQuotes(FLOOR)).primary, 'floor');
});

test('without the turn reader’s evidence the same podcast is no primary: the evidence is what decides', () => {
  const articles = [PODCAST, REPORT_PODCAST];
  assert.equal(detectPrimary(storyOf(articles), articles).primary, null);
});

const ONE_MINUTE = makeArticle(
  'one-minute',
  [
    'CONGRESSIONAL RECORD — HOUSE',
    'March 3, 2026',
    'HONORING THE TARN VALLEY RESCUE SQUAD',
    '(Ms. ROOK asked and was given permission to address the House for 1 minute.)',
    'Ms. ROOK. Madam Speaker, I rise to honor the Tarn Valley Rescue Squad on its fiftieth year.',
    'For half a century its members have answered every call, and never for pay.',
    'Last winter they pulled nine people from the river. I yield back the balance of my time.',
  ].join('\n'),
);

const REPORT_ONE_MINUTE = makeArticle(
  'report-one-minute',
  'Rook salutes rescue squad\n\nRep. Dana Rook paid tribute to the Tarn Valley Rescue Squad on Tuesday. "For half a century its members have answered every call," Rook said.',
);

test('one member’s floor speech under the record’s heading is one turn, and the primary of its report', () => {
  const turns = findTranscriptTurns(ONE_MINUTE);
  assert.deepEqual(
    turns.map((t) => [t.label, t.speaker?.name ?? null, t.paragraphs.length]),
    [['Ms. ROOK', 'Rook', 3]],
  );
  const articles = [ONE_MINUTE, REPORT_ONE_MINUTE];
  assert.equal(detectPrimary(storyOf(articles), articles, turnQuotes(ONE_MINUTE)).primary, 'one-minute');
});
