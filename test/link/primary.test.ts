import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyPrimaryOverrides,
  countQaTurns,
  detectPrimary,
  measureStatementSignals,
} from '../../src/link/stories/primary.ts';
import { makeStoryId } from '../../src/link/stories/stories.ts';
import { preparePrimary, readTurns } from '../../src/link/provenance/primaries/primary-source.ts';
import type { Article } from '../../src/model/article.ts';
import type { Quote } from '../../src/model/quote.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';
import {
  EARTHQUAKE,
  EARTHQUAKE_2,
  OTHER_INTERVIEW,
  REPORT_A,
  REPORT_B,
  TRANSCRIPT,
} from './story-fixtures.ts';

function storyOf(articles: readonly Article[]): Story {
  const ids = articles.map((a) => a.id).sort();
  return { id: makeStoryId(ids), title: '', articles: ids, primary: null, primaryConfidence: 0 };
}

const detect = (articles: Article[], quotes?: Quote[]) => detectPrimary(storyOf(articles), articles, quotes);

/** An official speech: first person, no Q&A, no quotation marks, titled "Remarks by …". */
const SPEECH = makeArticle(
  'speech',
  `Remarks by Prime Minister Ana Lucero at the opening of the Port of Valdera

Thank you all for coming on this cold morning. Five years ago I stood on this quay and promised that we would build a port our children could be proud of. Today we keep that promise. I want to thank the 2,300 workers who poured the concrete, laid the rails and kept going through two hard winters.
This port is not only ours. It will carry grain from our farms and bring back the machines our factories need, and we will open it to every shipping line that respects our labour laws. I believe that in ten years Valdera will be the busiest port on this coast, and I intend to be here to see it.
`,
);

const SPEECH_REPORT = makeArticle(
  'speech-report',
  `Lucero opens Valdera port, predicts it will be busiest on coast

Prime Minister Ana Lucero opened the Port of Valdera on Monday, telling workers and officials that the project had kept a five-year-old promise.
“I believe that in ten years Valdera will be the busiest port on this coast,” Lucero said. She thanked the 2,300 workers who built it and said the port would be open to every shipping line that respected labour laws.
Critics noted that the project ran 40 percent over budget.
`,
);

describe('detectPrimary', () => {
  test('the Q&A transcript is the primary of its story, with the rule that found it', () => {
    const d = detect([REPORT_A, TRANSCRIPT, REPORT_B]);
    assert.equal(d.primary, TRANSCRIPT.id);
    assert.equal(d.rule, 'primary.qa-transcript');
    assert.ok(d.confidence > 0.5 && d.confidence <= 1);
  });

  test('a story of reports only has no primary', () => {
    for (const articles of [[REPORT_A, REPORT_B], [OTHER_INTERVIEW], [EARTHQUAKE, EARTHQUAKE_2]]) {
      const d = detect(articles);
      assert.equal(d.primary, null, articles.map((a) => a.id).join(','));
      assert.equal(d.rule, 'primary.none-reports-only');
    }
  });

  test('an official speech text is the primary over a report of it', () => {
    const d = detect([SPEECH_REPORT, SPEECH]);
    assert.equal(d.primary, SPEECH.id);
    assert.equal(d.rule, 'primary.official-text');
  });

  test('a press release is the primary of the reports that quote it, though it quotes and attributes', () => {
    const release = makeArticle(
      'release',
      `City sets up night bus network
Department of Transport, City of Orrin
NEWS RELEASE | 4 March 2026 | For immediate release

Six night bus routes will run from April, Transport Commissioner Ilse Drach announced today.

"Shift workers have waited too long for a safe way home. These routes will run every thirty minutes between midnight and five," said Commissioner Drach.

"We chose the routes from the hospital and factory rotas," the department's planning head, Oren Vail, said.

ENDS

Media enquiries: press@transport.orrin.example
`,
    );
    const report = makeArticle(
      'release-report',
      `Orrin to run night buses from April

The city will run six night bus routes from April, Transport Commissioner Ilse Drach said on Wednesday.
"Shift workers have waited too long for a safe way home," Drach said in a release. Planners said the routes followed hospital rotas.
`,
    );
    const d = detect([report, release]);
    assert.equal(d.primary, 'release');
    assert.equal(d.rule, 'primary.press-release');
    // The release line alone (a report that mentions "a press release" at its head) is not enough.
    const noFooter = makeArticle(
      'mention',
      release.text.replace(/ENDS[\s\S]*$/u, 'Commuters welcomed the plan.\n'),
    );
    assert.equal(measureStatementSignals(noFooter).pressRelease, false);
  });

  test('two equally primary-looking texts give no primary, unless one is a marked copy', () => {
    const copy = makeArticle('transcript-copy', TRANSCRIPT.text);
    assert.equal(detect([TRANSCRIPT, copy, REPORT_A]).rule, 'primary.none-no-margin');
    const marked = { ...copy, syndicated: [{ article: TRANSCRIPT.id, similarity: 1 }] };
    assert.equal(detect([TRANSCRIPT, marked, REPORT_A]).primary, TRANSCRIPT.id);
  });

  test('transcript quotes found by the quote stage count as Q&A evidence', () => {
    const plain = makeArticle(
      'plain',
      'Minister Reyland on energy prices\n\nWe have no intention of letting bills double overnight. I signed the decree on Friday and we expect the cabinet to approve it, because our households cannot wait for another round of consultations.\nOur partners in Norway are ready to sign, and I am confident we will do so before the summer. We will publish the full rebate schedule next month so that every household can plan its budget for the coming winter.',
    );
    const quote: Quote = {
      id: 'q1',
      article: 'plain',
      start: 36,
      end: 90,
      text: plain.text.slice(36, 90),
      kind: 'transcript',
      speaker: null,
      cue: null,
      venue: null,
      rule: 'quote.transcript-turn',
      speakerRule: null,
    };
    assert.equal(detect([plain, REPORT_B]).primary, null);
    assert.equal(detect([plain, REPORT_B], [quote]).primary, 'plain');
  });
});

describe('statement signals', () => {
  test('Q&A turns: interviewer labels, named answers, never captions or a headline', () => {
    const rows: [string[], { turns: number; questions: number }][] = [
      [
        ['Question: Will prices rise?', `Anna Berg: ${'We will not let that happen. '.repeat(5)}`],
        { turns: 2, questions: 1 },
      ],
      [['Q: And the pipeline?', 'A: It opens in October.'], { turns: 2, questions: 1 }],
      // A newspaper interview's letter labels; "A bridge …" is a sentence, not an answer label.
      [['Q. And the pipeline?', 'A. It opens in October.', 'Q\u00a0Why?'], { turns: 3, questions: 2 }],
      [['A bridge will open in May.', 'Q is the letter after P.'], { turns: 0, questions: 0 }],
      [['Photo: Reuters', 'Read more: the budget in numbers'], { turns: 0, questions: 0 }],
      [['Berg: Talks are under way — details stay confidential'], { turns: 0, questions: 0 }],
    ];
    for (const [lines, expected] of rows) assert.deepEqual(countQaTurns(lines), expected, lines.join(' | '));
  });

  test('reports quote and attribute; transcripts speak in the first person', () => {
    const t = measureStatementSignals(TRANSCRIPT);
    const r = measureStatementSignals(REPORT_A);
    assert.ok(t.firstPersonShare > r.firstPersonShare);
    assert.ok(r.quotedShare > t.quotedShare);
    assert.ok(r.reportingPerSentence > t.reportingPerSentence);
    assert.ok(t.officialMarker && !r.officialMarker);
  });
});

describe('applyPrimaryOverrides', () => {
  const auto: Story = {
    ...storyOf([REPORT_A, REPORT_B, TRANSCRIPT]),
    primary: TRANSCRIPT.id,
    primaryConfidence: 0.9,
    primarySource: 'auto',
  };
  const other: Story = { ...storyOf([OTHER_INTERVIEW]), primarySource: 'auto' };

  test('an article id as key picks the primary of the story holding it', () => {
    const [s, o] = applyPrimaryOverrides([auto, other], { [REPORT_A.id]: REPORT_A.id });
    assert.deepEqual([s!.primary, s!.primarySource, s!.primaryConfidence], [REPORT_A.id, 'user', 1]);
    assert.deepEqual(o, other);
  });

  test('a story id as key works too, and an empty value clears the primary', () => {
    assert.equal(applyPrimaryOverrides([auto], { [auto.id]: REPORT_B.id })[0]!.primary, REPORT_B.id);
    const cleared = applyPrimaryOverrides([auto], { [auto.id]: '' })[0]!;
    assert.deepEqual([cleared.primary, cleared.primarySource], [null, 'user']);
  });

  test('a choice outside the story is ignored', () => {
    assert.deepEqual(applyPrimaryOverrides([auto], { [auto.id]: EARTHQUAKE.id }), [auto]);
  });
});

describe("preparePrimary: the primary read with the quote extractor's turn reader", () => {
  const BRIEFING = makeArticle(
    'briefing',
    [
      'Remarks by President Ilsa Varn and Director Osk Brannvik on the Harbour Plan',
      'THE PRESIDENT:  The harbour will open in June.',
      'Q    Will the fees rise?',
      'DR. BRANNVIK:  No. The fees stay as they are.',
      'Q:  And the ferries?',
      'THE PRESIDENT.  The ferries return in July.',
      'END',
    ].join('\n'),
  );

  test('turns carry the surname key of the speaker the header names; questions carry none', () => {
    assert.deepEqual(
      readTurns(BRIEFING).map((t) => t.speaker),
      ['varn', null, 'brannvik', null, 'varn'],
    );
  });

  test('each statement sentence knows its speaker, question sentences know none', () => {
    const primary = preparePrimary(BRIEFING, []);
    const who = (words: string) => {
      const s = primary.sentences.find((x) => BRIEFING.text.slice(x.start, x.end).includes(words));
      assert.ok(s, words);
      return [...s.speakers];
    };
    assert.deepEqual(who('will open in June'), ['varn']);
    assert.deepEqual(who('fees stay'), ['brannvik']);
    assert.deepEqual(who('Will the fees rise'), []);
    assert.deepEqual(who('ferries return'), ['varn']);
    assert.deepEqual([...primary.speakers].sort(), ['brannvik', 'varn']);
  });

  test('a hearing’s answers are the witness’s it called, not the counsel’s who called them', () => {
    const HEARING = makeArticle(
      'hearing',
      [
        'Harbour Dredging Inquiry: Day 2',
        '1   THE CHAIR: Good morning. Ms Dunne.',
        '2   MS DUNNE: Thank you. I call Mr Ivo Castell.',
        '3             MR IVO CASTELL (sworn)',
        '4   Q. Did you sign the dredging contract?',
        '5   A. I signed it in March.',
        '6   Q. Were you told about the silt?',
        '7   A. Not before I signed it.',
      ].join('\n'),
    );
    assert.deepEqual(
      readTurns(HEARING).map((t) => t.speaker),
      [null, null, null, 'castell', null, 'castell'],
    );
    assert.deepEqual([...preparePrimary(HEARING, []).speakers], ['castell']);
  });

  test('a witness’s sentence wrapped over numbered lines is one sentence of theirs, its line numbers no words', () => {
    const WRAPPED = makeArticle(
      'wrapped',
      [
        'Harbour Dredging Inquiry: Day 3',
        '1   MS DUNNE: I call Mr Ivo Castell.',
        '2             MR IVO CASTELL (recalled)',
        '3   Q. Who chose the contractor?',
        '4   A. The port board chose them, and I',
        '5       signed the letter the next day.',
        '6   Q. Thank you.',
      ].join('\n'),
    );
    const primary = preparePrimary(WRAPPED, []);
    const s = primary.sentences.find((x) =>
      WRAPPED.text.slice(x.start, x.end).includes('signed the letter'),
    )!;
    assert.ok(WRAPPED.text.slice(s.start, s.end).startsWith('The port board'));
    assert.deepEqual([...s.speakers], ['castell']);
    assert.ok(
      s.terms.every((t) => t.num === null),
      s.terms.map((t) => t.norm).join(' '),
    );
  });
});
