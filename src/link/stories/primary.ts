import type { Article } from '../../model/article.ts';
import type { Quote } from '../../model/quote.ts';
import type { Story } from '../../model/story.ts';
import { SPEECH_VERBS } from '../../nlp/lexicons/speech-verbs.ts';
import { TRANSCRIPT_LABEL_ROLES } from '../../nlp/lexicons/transcript-labels.ts';
import { normalizeWord, tokenize } from '../../nlp/tokens.ts';
import { findTranscriptTurns } from '../../extract/quotes/03-transcript-turns.ts';
import { getStoryContent } from './story-features.ts';

/**
 * The primary source of a story: the article that *is* the statement (a Q&A transcript, a speech,
 * an official text) rather than a report about it. Each article gets a statement score from
 * named signals; the best one is primary only if it looks like a statement AND beats the runner-up
 * by a clear margin. A story of reports only has no primary.
 */

/** Statement score an article needs to be a primary. Seeds: transcript ≈ 0.9, reports ≤ 0.1. */
export const MIN_PRIMARY_SCORE = 0.5;
/** How far the primary must lead the next statement-like article (another copy is ambiguous). */
export const PRIMARY_MARGIN = 0.2;
/** Labelled turns ("Question:", "NAME:") that make a Q&A transcript. One is a headline style. */
export const MIN_QA_TURNS = 3;
/** A passage this long is an answer or a paragraph of a speech, not a caption or a label. */
export const LONG_PASSAGE_CHARS = 200;
/** First-person pronouns per word, outside quotation marks, typical of a speaker's own text. */
export const FIRST_PERSON_SHARE = 0.03;
/** Share of characters inside quotation marks above which an article is quoting, i.e. reporting. */
export const QUOTED_SHARE_REPORT = 0.15;
/**
 * Attribution clauses per sentence at which an article is plainly a report. Seeds: reports
 * 0.67–0.88, the transcript 0.02; the penalty grows quadratically up to this rate.
 */
export const REPORTING_PER_SENTENCE = 0.5;

export interface PrimaryDecision {
  primary: string | null;
  /** Confidence in the decision, in [0, 1]: that `primary` is the source, or that there is none. */
  confidence: number;
  /** Which rule decided, e.g. `primary.qa-transcript`, `primary.none-reports-only`. */
  rule: string;
}

/** A label at a line start: "Question: …", "Q: …", "Dana Holt: …" (up to four words); see LETTER_LABEL. */
const LINE_LABEL = /^([\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,3})\s*:\s+\S/u;
/**
 * The bare letter labels of an interview printed as questions and answers, "Q." / "A." (or "Q" set off by a tab,
 * a no-break space or two spaces): newspapers print their interviews so. One plain space after the
 * letter is a sentence ("A bridge …"), not a label.
 */
const LETTER_LABEL = /^([QA])(?:\.[\s\u00a0]+|[\t\u00a0][\s\u00a0]*| {2,})\S/u;
/** A label shaped like a person's name: every word capitalised. */
const NAME_SHAPED = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** First-person pronouns: a speaker's own text is full of them, a report's narration is not. */
const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'ours',
  'myself',
  'ourselves',
]);

/** Third-person and past forms of the speech verbs that report words: "said", "tells", "warned". */
const REPORTING_FORMS = SPEECH_VERBS.filter((v) => v.class === 'reports')
  .flatMap((v) => v.forms.slice(1, 3))
  .join('|');
/** A third-person subject: a pronoun, "the minister", or a capitalised name. */
const THIRD_PERSON = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|the \p{Ll}+|\p{Lu}[\p{L}'’-]+)`;
/**
 * Attribution clauses in a narrator's voice — "Reyland said", "she told", "said the minister",
 * "according to" — a report's signature; a speaker's own "I said" or "we promised" is not one.
 */
const REPORTING_CLAUSES: readonly { pattern: RegExp; example: string }[] = [
  {
    pattern: new RegExp(
      String.raw`\b${THIRD_PERSON} (?:(?:has|had|also|later|then) )?(?:${REPORTING_FORMS})\b`,
      'gu',
    ),
    example: 'the minister also said',
  },
  {
    pattern: new RegExp(String.raw`\b(?:${REPORTING_FORMS}),? ${THIRD_PERSON}\b`, 'gu'),
    example: '“No,” said Reyland',
  },
  { pattern: /\b[Aa]ccording to\b/gu, example: 'according to the ministry' },
];

/** Quotation marks, straight and typographic; a report marks the words it borrows. */
const QUOTED_PASSAGE = /["“«„](?:[^"“”«»„\n]){2,}["”»“]|(?<![\p{L}])['‘](?:[^'‘’\n]){6,}?['’](?![\p{L}])/gu;

/**
 * Official-text markers in the headline or first lines: how ministries, parliaments and
 * newsrooms title a statement's own text. Each row with an example.
 */
const OFFICIAL_MARKERS: readonly { pattern: RegExp; example: string }[] = [
  { pattern: /\btranscript\b/iu, example: 'Transcript of the press conference' },
  {
    pattern: /\b(?:remarks|statement|speech|address|briefing|comments?) (?:by|of|at)\b/iu,
    example: 'Remarks by the President at the summit',
  },
  {
    pattern: /(?:['’]s interview|^interview|answers? to (?:media )?questions) (?:with|to|for)\b/iu,
    example: 'Minister Dana Holt’s interview with Radio Aurora',
  },
  {
    pattern: /\b(?:press release|full text|official statement|joint statement|opening remarks|keynote)\b/iu,
    example: 'Full text: the prime minister’s address',
  },
  { pattern: /\b(?:press conference|news conference)\b/iu, example: 'News conference following talks' },
  // A text one person reads out or delivers on an office's behalf, or hands to the press: the line
  // under its title says so.
  {
    pattern:
      /\b(?:remarks|statement|speech|address|decision|ruling|judgment|summary) (?:read|delivered|given) (?:out )?by\b/iu,
    example: 'Decision read by the Registrar of the Board, Ilsa Varn',
  },
  { pattern: /\bstatement to (?:the )?(?:press|media)\b/iu, example: 'STATEMENT TO THE PRESS' },
  // A legislature's own record of what was said on the floor or in committee.
  {
    pattern: /\b(?:congressional record|hansard|official report|parliamentary debates)\b/iu,
    example: 'CONGRESSIONAL RECORD — HOUSE',
  },
];

/**
 * The furniture of a press release, which an organisation issues in its own name: a release line
 * at the head ("MEDIA RELEASE | 18 May | For immediate release") and, at the foot, the end mark or
 * the press office's contact line. An international body's meetings coverage is one too: "Meetings
 * Coverage and Press Releases" at the head, "* *** *" and the line for the media that says it
 * is no official record at the foot, its speakers' words quoted in a third-person summary. Its officials' words are quoted in it and its prose says "said
 * the minister", the very signs of a report, yet it is where those words were first published.
 */
const RELEASE_HEADER =
  /\b(?:(?:press|media|news) releases?|meetings coverage|for (?:immediate|general) release|embargoed until)\b/iu;
const RELEASE_FOOTER =
  /^(?:-*\s*ends?\s*-*|-30-|#{3}|\*\s*\*{3}\s*\*|(?:media|press) (?:contacts?|enquiries|inquiries)\b.*|for (?:more|further) information,? (?:contact|please contact)\b.*|for (?:the )?information (?:of the )?media\b.*)$/iu;
/** How many lines from the end the footer check reads: the end mark, then a contact or two. */
const FOOTER_LINES = 4;

/** How many lines the header check reads: official titles sit in the first lines … */
const HEADER_LINES = 3;
/** … and are short: a long first line is a lead paragraph, not a title. */
const MAX_HEADER_LINE_CHARS = 160;

export interface StatementSignals {
  qaTurns: number;
  questionTurns: number;
  firstPersonShare: number;
  quotedShare: number;
  reportingPerSentence: number;
  officialMarker: boolean;
  /** A release line at the head and an end mark or press contact at the foot. */
  pressRelease: boolean;
}

/**
 * Labelled turns at line starts: interviewer labels ("Question:", "Q:") count as questions; a
 * name-shaped label with a long answer after it counts as a turn; captions ("Photo:") never do.
 * A headline "Name: claim" is one line; a transcript has many.
 */
export function countQaTurns(lines: readonly string[]): { turns: number; questions: number } {
  let turns = 0;
  let questions = 0;
  for (const line of lines) {
    const label = LINE_LABEL.exec(line)?.[1] ?? LETTER_LABEL.exec(line)?.[1];
    if (!label) continue;
    const role = TRANSCRIPT_LABEL_ROLES.get(normalizeWord(label));
    if (role === 'question') {
      turns++;
      questions++;
    } else if (
      role === 'answer' ||
      (role === undefined && NAME_SHAPED.test(label) && line.length >= LONG_PASSAGE_CHARS / 2)
    ) {
      turns++;
    }
  }
  return { turns, questions };
}

/** Characters inside quotation marks over all characters: reports quote, transcripts don't. */
function measureQuotedShare(text: string): number {
  let quoted = 0;
  for (const m of text.matchAll(QUOTED_PASSAGE)) quoted += m[0].length;
  return text.length ? quoted / text.length : 0;
}

/** First-person pronouns per word in long passages, quotations removed: the speaker's own voice. */
function measureFirstPerson(longText: string): number {
  const unquoted = longText.replace(QUOTED_PASSAGE, ' ');
  const words = tokenize(unquoted);
  if (words.length === 0) return 0;
  return words.filter((w) => FIRST_PERSON.has(w.norm)).length / words.length;
}

/** Attribution clauses per sentence outside quotations: the narrator's "X said" voice. */
function measureReporting(text: string): number {
  const unquoted = text.replace(QUOTED_PASSAGE, ' ');
  const sentences = Math.max(
    1,
    unquoted.split(/(?<![.!?])[.!?]+\s|\n+/u).filter((s) => s.trim().length > 20).length,
  );
  let clauses = 0;
  for (const { pattern } of REPORTING_CLAUSES) clauses += unquoted.match(pattern)?.length ?? 0;
  return clauses / sentences;
}

/** A statement's own title: "Transcript…", "Remarks by…", "X’s interview with Y". */
function hasOfficialMarker(header: string): boolean {
  return OFFICIAL_MARKERS.some(({ pattern }) => pattern.test(header));
}

/** A release line among the header lines and the end mark or press contact among the last ones. */
function isPressRelease(lines: readonly string[]): boolean {
  const head = lines
    .slice(0, HEADER_LINES)
    .some((l) => l.length <= MAX_HEADER_LINE_CHARS && RELEASE_HEADER.test(l));
  return (
    head &&
    lines.slice(-FOOTER_LINES).some((l) => l.length <= MAX_HEADER_LINE_CHARS && RELEASE_FOOTER.test(l))
  );
}

export function measureStatementSignals(article: Article): StatementSignals {
  const text = getStoryContent(article);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const { turns, questions } = countQaTurns(lines);
  const longText = lines.filter((l) => l.length >= LONG_PASSAGE_CHARS).join('\n');
  return {
    qaTurns: turns,
    questionTurns: questions,
    firstPersonShare: measureFirstPerson(longText),
    quotedShare: measureQuotedShare(text),
    reportingPerSentence: measureReporting(text),
    officialMarker: lines
      .slice(0, HEADER_LINES)
      .some((l) => l.length <= MAX_HEADER_LINE_CHARS && hasOfficialMarker(l)),
    pressRelease: isPressRelease(lines),
  };
}

/**
 * How much each signal adds to (or takes from) the statement score. Set by hand so that one strong
 * sign (Q&A, or first person under an official title) clears MIN_PRIMARY_SCORE and a report's
 * attribution clauses sink it; seeds: transcript 1.0, reports 0.0; test fixtures: speech 0.65.
 */
export const STATEMENT_WEIGHTS = {
  qaWithQuestions: 0.6,
  qaWithoutQuestions: 0.4,
  firstPerson: 0.4,
  officialMarker: 0.25,
  pressRelease: 0.6,
  heavyQuoting: -0.3,
  reporting: -0.5,
} as const;

/**
 * Statement score in [0, 1] and the signal that carried it. Q&A turns are the strongest sign of
 * a transcript; first person without quotation marks marks a speech or official text; attribution
 * clauses and heavy quoting pull towards "report".
 */
export function scoreStatement(s: StatementSignals): { score: number; rule: string } {
  const w = STATEMENT_WEIGHTS;
  const qa = s.qaTurns < MIN_QA_TURNS ? 0 : s.questionTurns > 0 ? w.qaWithQuestions : w.qaWithoutQuestions;
  const firstPerson = w.firstPerson * Math.min(1, s.firstPersonShare / FIRST_PERSON_SHARE);
  const official = s.officialMarker ? w.officialMarker : 0;
  // A release quotes its own officials and narrates "said the minister": not a report's signs there.
  if (s.pressRelease) {
    const score = Math.min(1, w.pressRelease + official + firstPerson);
    return { score, rule: 'primary.press-release' };
  }
  const quoting =
    s.quotedShare > QUOTED_SHARE_REPORT
      ? w.heavyQuoting * Math.min(1, s.quotedShare / (2 * QUOTED_SHARE_REPORT))
      : 0;
  const reporting = w.reporting * Math.min(1, s.reportingPerSentence / REPORTING_PER_SENTENCE) ** 2;
  const score = Math.max(0, Math.min(1, qa + firstPerson + official + quoting + reporting));
  return { score, rule: nameStatementRule(score, qa, official, firstPerson) };
}

/** The rule to record: which signal made the article a statement, or `primary.report`. */
function nameStatementRule(score: number, qa: number, official: number, firstPerson: number): string {
  if (score < MIN_PRIMARY_SCORE) return 'primary.report';
  if (qa > 0) return 'primary.qa-transcript';
  return official > 0 && firstPerson > 0 ? 'primary.official-text' : 'primary.first-person-statement';
}

/** Two articles that are copies of each other (syndication, duplicates) do not compete for primary. */
function isCopyOf(a: Article, b: Article): boolean {
  return (
    a.duplicateOf === b.id ||
    b.duplicateOf === a.id ||
    a.syndicated.some((s) => s.article === b.id) ||
    b.syndicated.some((s) => s.article === a.id)
  );
}

/**
 * What the transcript turn reader saw in an article the quote extractor read turns from: its
 * turns, and those that are someone asking (a reporter's "Q", a host the reader knows by their
 * questions, a chair calling the next speaker). The line patterns above know a few label words;
 * the turn reader knows every format it reads (first-name labels of a podcast, a floor record's
 * "Mr. NAME." labels), so a dialogue it reads counts as one with questions.
 */
function addTurnEvidence(article: Article, signals: StatementSignals): void {
  const turns = findTranscriptTurns(article);
  const asking = turns.filter((t) => t.interviewer).length;
  signals.qaTurns = Math.max(signals.qaTurns, MIN_QA_TURNS, turns.length);
  if (asking > 0 && asking < turns.length) signals.questionTurns = Math.max(signals.questionTurns, asking);
}

/** Detects a story's primary source among its articles; `quotes` may add transcript evidence. */
export function detectPrimary(
  story: Story,
  articles: readonly Article[],
  quotes: readonly Quote[] = [],
): PrimaryDecision {
  const members = articles.filter((a) => story.articles.includes(a.id));
  const transcriptQuotes = new Set(quotes.filter((q) => q.kind === 'transcript').map((q) => q.article));
  const scored = members
    .map((a) => {
      const signals = measureStatementSignals(a);
      if (transcriptQuotes.has(a.id)) addTurnEvidence(a, signals);
      return { article: a, ...scoreStatement(signals) };
    })
    .sort((p, q) => q.score - p.score || (p.article.id < q.article.id ? -1 : 1));
  const best = scored[0];
  if (!best || best.score < MIN_PRIMARY_SCORE) {
    return { primary: null, confidence: best ? 1 - best.score : 1, rule: 'primary.none-reports-only' };
  }
  const rival = scored.slice(1).find((s) => !isCopyOf(s.article, best.article));
  const margin = best.score - (rival?.score ?? 0);
  if (margin < PRIMARY_MARGIN) return { primary: null, confidence: 0.5, rule: 'primary.none-no-margin' };
  const confidence = Math.min(1, 0.5 * best.score + 0.5 * Math.min(1, margin / (2 * PRIMARY_MARGIN)));
  return { primary: best.article.id, confidence: Math.round(confidence * 1000) / 1000, rule: best.rule };
}

/**
 * Applies user choices (`--primary ID`): keys are story ids or ids of articles in the story, the
 * value the article to make primary. A value not in the story is ignored; `''` clears the primary.
 */
export function applyPrimaryOverrides(
  stories: readonly Story[],
  overrides: Readonly<Record<string, string>>,
): Story[] {
  return stories.map((story) => {
    const key = [story.id, ...story.articles].find((k) => Object.hasOwn(overrides, k));
    if (key === undefined) return story;
    const chosen = overrides[key]!;
    if (chosen === '')
      return { ...story, primary: null, primaryConfidence: 1, primarySource: 'user' as const };
    if (!story.articles.includes(chosen)) return story;
    return { ...story, primary: chosen, primaryConfidence: 1, primarySource: 'user' as const };
  });
}
