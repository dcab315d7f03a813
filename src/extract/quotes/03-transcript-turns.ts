import type { Article } from '../../model/article.ts';
import type { Span } from '../../model/span.ts';
import { LABEL_TITLES } from '../../nlp/lexicons/transcript-labels.ts';
import { splitParagraphs } from '../../nlp/paragraphs.ts';
import { type NameInText, nameOfLabel } from '../transcripts/label-names.ts';
import { lineNumberLength } from '../../nlp/line-numbers.ts';
import {
  findAnswerer,
  findSpeech,
  FIRST_PERSON,
  isStageDirection,
  readsAsReport,
} from '../transcripts/speech.ts';
import { findUnlabelledInterview } from '../transcripts/unlabelled-interview.ts';
import { type CaptionTurn, readCaptionTrack } from '../transcripts/caption-track.ts';
import { readOpeningStatement } from '../transcripts/opening-statement.ts';
import { markOpeningModerator } from '../transcripts/moderator.ts';
import {
  giveAnswersToSoleOfficial,
  isInterviewerByName,
  markHeaderAsker,
  markPresidingChair,
  recallEarlierLabel,
} from '../transcripts/turn-speakers.ts';
import {
  isEndLine,
  isNumberedVoice,
  isUpperCaseLabel,
  type LabelHit,
  readLooseQuestion,
  readTurnLabel,
} from '../transcripts/turn-label.ts';
import { isTallyContent } from '../transcripts/tally-line.ts';
import { normalizeNumbered, readSpeakerKey } from '../transcripts/speaker-key.ts';
import {
  isExaminationLine,
  isWitnessOrExaminationLine,
  readWitnessLine,
  readWitnessLines,
  readWitnessIntroduction,
  readWitnessList,
} from '../transcripts/witness-line.ts';
import { countWordsUpTo } from '../../nlp/word-count.ts';
import { type Paragraph, trimSpan } from './candidate.ts';

/**
 * One speaker turn of a transcript: its label and the words said, running to the next label.
 * This is the one turn reader of Hearsay: the quote extractor and the primary-source preparation
 * (link/provenance) both read turns here, with the same label rules.
 */
export interface TranscriptTurn extends Span {
  label: string;
  labelSpan: Span;
  /** `question` turns are the interviewer's; the rest are answers by the labelled speaker. */
  role: 'question' | 'answer' | 'named';
  interviewer: boolean;
  /** Where the turn opens: its label's paragraph, or a speech's first body paragraph. */
  opensAt: number;
  /** The spoken paragraphs, the first one after its label; stage directions and chrome left out. */
  paragraphs: Span[];
  /**
   * The speaker as the transcript names them: the label read against the header ("MS. ARDEN:" →
   * "Lena Arden", "THE PRESIDENT:" → the president the title names); for an `A:` label the person
   * the title gives the floor to ("Interview with …"). Null for questions and unnamed answers.
   */
  speaker: NameInText | null;
}

/** Label turns needed before a text is read as a transcript (two questions, two answers). */
const MIN_TRANSCRIPT_TURNS = 4;
/** Times the label must change between consecutive turns: a Q&A alternates, a repeated headline does not. */
const MIN_LABEL_SWITCHES = 3;
/**
 * Share of consecutive turns whose label changes. People take turns; a profile list that opens
 * every entry with the same field label ("Account: @handle", then the entry's prose) changes
 * label only where another field slips in.
 */
const MIN_SWITCH_SHARE = 1 / 3;
/** Unambiguous labels a text needs before a single-space "Q " is read as a label too. */
const MIN_STRONG_LABELS = 2;
/** Share of a named speaker's turns that end in "?" for it to be taken as the interviewer. */
const INTERVIEWER_QUESTION_SHARE = 0.5;
/**
 * Paragraphs that end a turn: links and social handles ("Follow … @handle"), the site chrome
 * after the last answer. An e-mail address is no handle.
 */
const LINK_PARAGRAPH = /https?:\/\/|(?<![\p{L}\p{N}.])@\w{2,}/u;
/** A paragraph that is only a time stamp ("11:42 A.M. EDT", "[00:14:07]"): the transcriber's, not speech. */
const TIMESTAMP_PARAGRAPH = /^[[(]?[\d\s.:/•|-]+(?:[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?[\])]?$/u;

/**
 * A time stamp opening a continuation paragraph: in brackets, or with seconds ("[00:01:02]",
 * "00:01:02"). A bare "10:30" may be the first words of a sentence, and stays.
 */
const CONTINUATION_STAMP = /^(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}:\d{2})[\s\u00a0]+/u;

const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(LABEL_TITLES.map((t) => t.title.split(' ')[0]!));

/**
 * Cheap pre-check: several paragraphs open with a speaker label and the labels alternate. Headlines
 * of the form "Minister: talks continue" repeat one label and do not alternate, so they fail.
 */
export function looksLikeTranscript(
  article: Pick<Article, 'text'> & Partial<Pick<Article, 'title'>>,
): boolean {
  const paragraphs = splitParagraphs(article.text);
  const found = findLabels(article.text, paragraphs, article.title ?? null);
  return isAlternating(found) && !isListOfNotes(article.text, found);
}

/**
 * The turns of a transcript, or none when the text is not one. A labelled transcript gives one
 * turn per label; an unlabelled official speech ("Remarks by …") one turn by the speaker its
 * title names, holding every body paragraph.
 */
export function findTranscriptTurns(
  article: Pick<Article, 'text' | 'boilerplate'> & Partial<Pick<Article, 'title'>>,
): TranscriptTurn[] {
  const text = article.text;
  // A video's automatic captions have no labels to read: their voices are told by their words.
  const captions = readCaptionTrack(text);
  if (captions) return captions.map(captionTurn);
  const paragraphs = splitParagraphs(text).filter(
    (p) => !isInBoilerplate(article, p) || isRepeatedLabelLine(article, p),
  );
  const found = findLabels(text, paragraphs, article.title ?? null);
  const hits =
    isAlternating(found) && !isListOfNotes(text, found) ? found : monologueLabels(text, paragraphs, found);
  if (hits.length === 0)
    return (
      readInterview(text, paragraphs, article.title ?? null) ??
      readSpeech(text, paragraphs, article.title ?? null)
    );
  const header = { start: 0, end: hits[0]!.paragraph.start };
  // "A:" / "Answer:" turns are the person the title gives the floor to, when it names one.
  const answerer = findAnswerer(
    text,
    paragraphs.filter((p) => p.end <= header.end),
  );
  // A hearing calls its witnesses in the body ("MR IVO SARN (affirmed)"): answers after such a
  // line are that witness's, before any the header names.
  const witnesses = paragraphs.flatMap((p) => {
    const name = readWitnessLine(text, p);
    return name ? [name] : [];
  });
  // A label the record numbers as a question once ("Q114 Tom Ferreira:") is a questioner's, the
  // follow-ups it leaves unnumbered too.
  const questioners = new Set(hits.filter((h) => h.numberedQuestion).map((h) => h.label));
  // A captioning service's numbered voices ("Speaker 2:") are who the header's key says.
  const key = readSpeakerKey(text, header);
  const turns: TranscriptTurn[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const stopAt = hits[h + 1]?.paragraph.start ?? Number.POSITIVE_INFINITY;
    const spoken = readTurnParagraphs(text, paragraphs, hit, stopAt);
    const earlier = hits.slice(0, h);
    const keyed = isNumberedVoice(hit.label) ? (key.get(normalizeNumbered(hit.label)) ?? null) : undefined;
    const role =
      hit.role === 'question' || hit.role === 'answer'
        ? hit.role
        : keyed?.asks ||
            isInterviewerByName(hit, earlier) ||
            questioners.has(hit.label) ||
            (hit.affiliated === true && endsAsQuestion(text, spoken))
          ? 'question'
          : 'named';
    const first = spoken[0] ?? { start: hit.textStart, end: hit.textStart };
    turns.push({
      start: first.start,
      end: spoken.at(-1)?.end ?? first.end,
      label: hit.label,
      labelSpan: hit.labelSpan,
      role,
      interviewer: role === 'question',
      opensAt: hit.paragraph.start,
      paragraphs: spoken,
      speaker:
        role === 'named' && keyed !== undefined
          ? (keyed?.name ?? null)
          : role === 'named'
            ? recallEarlierLabel(
                text,
                earlier,
                hit,
                nameOfLabel(text, { ...hit.labelSpan, label: hit.label }, header, article.title ?? null),
              )
            : role === 'answer'
              ? (witnesses.findLast((w) => w.start < hit.paragraph.start) ?? answerer)
              : null,
    });
  }
  if (
    isNewsHeader(text, paragraphs, header) &&
    !paragraphs.some((p) => p.start >= turns.at(-1)!.end && isEndLine(text.slice(p.start, p.end)))
  )
    capLastTurn(text, turns);
  // A header listing the witnesses ("WITNESSES: …") makes it their hearing when some label is one
  // of them: the chair and the members who call and question them ask.
  const headerLines = paragraphs.filter((p) => p.end <= header.end);
  const listed = [
    ...headerLines.flatMap((p) => readWitnessList(text, p)),
    ...readWitnessLines(text, headerLines),
    ...introducedWitnesses(text, turns),
  ];
  const listedAnswer = listed.length > 0 && turns.some((t) => isWitnessTurn(t, listed));
  if (
    witnesses.length > 0 ||
    listedAnswer ||
    paragraphs.some((p) => p.start >= header.end && isExaminationLine(text, p))
  )
    markExaminers(turns, listedAnswer ? [...witnesses, ...listed] : witnesses);
  markHeaderAsker(text.slice(header.start, header.end), turns);
  markNamedInterviewer(text, turns);
  markPresidingChair(
    turns,
    (t) => t.paragraphs.reduce((n, p) => n + countWordsUpTo(text, p.start, p.end, p.end - p.start), 0),
    (t) => endsAsQuestion(text, t.paragraphs),
    (t) => text.slice(t.start, t.end),
  );
  markOpeningModerator(
    turns,
    (t) => t.paragraphs.reduce((n, p) => n + countWordsUpTo(text, p.start, p.end, p.end - p.start), 0),
    (t) => text.slice(t.start, t.end),
  );
  giveAnswersToSoleOfficial(turns);
  const opening = readOpeningStatement(text, headerLines, turns);
  if (opening) turns.unshift(unlabelledTurn(opening.speaker, opening.paragraphs));
  return turns;
}

/** A caption track's turn: the host's or a handed-to voice's lines, or a question from the room. */
function captionTurn(turn: CaptionTurn): TranscriptTurn {
  if (turn.speaker) return unlabelledTurn(turn.speaker, turn.lines);
  const at = turn.lines[0]!.start;
  return {
    start: at,
    end: turn.lines.at(-1)!.end,
    label: 'Q',
    labelSpan: { start: at, end: at },
    role: 'question',
    interviewer: true,
    opensAt: at,
    paragraphs: turn.lines,
    speaker: null,
  };
}

/** A named speaker's unlabelled paragraphs as one turn: a speech's body, a briefing's opening. */
function unlabelledTurn(speaker: NameInText, paragraphs: Span[]): TranscriptTurn {
  return {
    start: paragraphs[0]!.start,
    end: paragraphs.at(-1)!.end,
    label: speaker.name,
    labelSpan: { start: speaker.start, end: speaker.end },
    role: 'named',
    interviewer: false,
    opensAt: paragraphs[0]!.start,
    paragraphs,
    speaker,
  };
}

/**
 * The witnesses the chair introduces in prose ("Our witnesses this afternoon are …"), read in the turns
 * before the first of theirs: a later turn's "witness" is someone being asked about.
 */
function introducedWitnesses(text: string, turns: readonly TranscriptTurn[]): NameInText[] {
  const names: NameInText[] = [];
  for (const t of turns) {
    if (isWitnessTurn(t, names)) break;
    for (const p of t.paragraphs) names.push(...readWitnessIntroduction(text, p));
  }
  return names;
}

/** Whether a turn's last spoken paragraph closes with a question mark. */
function endsAsQuestion(text: string, spoken: readonly Span[]): boolean {
  const last = spoken.at(-1);
  return last !== undefined && /\?[\s"”’)]*$/u.test(text.slice(last.start, last.end));
}

/**
 * A hearing that calls witnesses ("MR IVO SARN (affirmed)") or examines them ("CROSS-EXAMINATION",
 * "BY MS. ROE:") is their evidence: the other named labels, the chair, the court and counsel, call
 * and examine them, and their turns are the questions. A label naming a witness ("MR SARN:")
 * stays the witness's.
 */
function markExaminers(turns: TranscriptTurn[], witnesses: readonly NameInText[]): void {
  for (const t of turns) {
    if (t.role === 'named' && isWitnessTurn(t, witnesses)) {
      // A surname label ("Varnholt:") is the witness the list or the chair named in full.
      if (t.speaker && !t.speaker.name.includes(' ')) t.speaker = witnessNamed(t.speaker.name, witnesses);
      continue;
    }
    if (t.role !== 'named') continue;
    t.role = 'question';
    t.interviewer = true;
    t.speaker = null;
  }
}

/** The listed witness of that surname (the last one named so, the list read in order). */
function witnessNamed(surname: string, witnesses: readonly NameInText[]): NameInText {
  return witnesses.findLast((w) => w.name.split(' ').at(-1)!.toLowerCase() === surname.toLowerCase())!;
}

/** Whether a named turn is a witness's: its speaker's or label's last word is a witness's surname. */
function isWitnessTurn(t: TranscriptTurn, witnesses: readonly NameInText[]): boolean {
  if (t.role !== 'named') return false;
  const named = (t.speaker?.name ?? t.label).split(' ').at(-1)!.toLowerCase();
  return witnesses.some((w) => w.name.split(' ').at(-1)!.toLowerCase() === named);
}

/**
 * The paragraphs a turn holds: the rest of its label's paragraph and those after it up to the
 * next label, without stage directions and time stamps; a link ends the turn (page chrome).
 */
function readTurnParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  hit: LabelHit,
  stopAt: number,
): Span[] {
  const out: Span[] = [];
  const add = (whole: Span): void => {
    // A caption file stamps every paragraph ("[00:01:02] And the schools …"): the words start after it.
    const paragraph = text.slice(whole.start, whole.end);
    // So does a court reporter's line number ("13   and with hindsight …").
    const stamp = TIMESTAMP_PARAGRAPH.test(paragraph)
      ? 0
      : (CONTINUATION_STAMP.exec(paragraph)?.[0].length ?? lineNumberLength(paragraph));
    // An article quoting a transcript excerpt opens each paragraph with a mark it closes only at
    // the end (`"(CROSSTALK.)`, `… tomorrow night."`): a mark left unpaired at an edge is the article's.
    const s = {
      start: whole.start + stamp + unpairedMarkAt(paragraph, 'start'),
      end: whole.end - unpairedMarkAt(paragraph, 'end'),
    };
    const t = text.slice(s.start, s.end);
    // An ellipsis paragraph ("…") marks a cut in the excerpt; nobody said it.
    if (!/[\p{L}\p{N}]/u.test(t)) return;
    if (isStageDirection(t) || TIMESTAMP_PARAGRAPH.test(t) || isHeading(t)) return;
    if (!isWitnessOrExaminationLine(text, s)) out.push(...withoutPageLines(text, s));
  };
  add(trimSpan(text, hit.textStart, hit.paragraph.end));
  // Where every spoken line is numbered, a line without a number is the page's: its running header
  // or footer between two pages of one answer ("Hallam Inquiry  Day 3  16 April").
  const numbered = lineNumberLength(text.slice(hit.paragraph.start, hit.paragraph.end)) > 0;
  for (const p of paragraphs) {
    if (p.start <= hit.paragraph.start || p.start >= stopAt) continue;
    const t = text.slice(p.start, p.end);
    if (LINK_PARAGRAPH.test(t) || isEndLine(t)) break;
    if (numbered && lineNumberLength(t) === 0) continue;
    if (isTopicLine(t) && isLastOfTurn(paragraphs, p, stopAt) && endsPunctuated(text, out.at(-1))) continue;
    add(p);
  }
  return out;
}

/** A page number on a line of its own: "7", "Page 7", "7 of 12", "- 7 -". */
const PAGE_NUMBER_LINE = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*[-–—]?$/iu;
/** A running header or footer is a line of some length: a short repeated line may be speech. */
const MIN_RUNNING_LINE_CHARS = 16;

/**
 * A turn's span without the page's lines a sentence ran over: text copied out of a PDF keeps the
 * page number and the running header where the page broke, mid-turn and mid-sentence. A running
 * line is one the text holds twice or more, word for word, with no sentence's end: nobody says it.
 */
function withoutPageLines(text: string, span: Span): Span[] {
  if (text.indexOf('\n', span.start) >= span.end || text.indexOf('\n', span.start) < 0) return [span];
  const out: Span[] = [];
  let from = span.start;
  let at = span.start;
  while (at < span.end) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > span.end) end = span.end;
    const line = text.slice(at, end).trim();
    if (line !== '' && (PAGE_NUMBER_LINE.test(line) || isRunningLine(text, line))) {
      if (at > from) out.push(trimSpan(text, from, at));
      from = end + 1;
    }
    at = end + 1;
  }
  if (from < span.end) out.push(trimSpan(text, from, span.end));
  return out.filter((s) => s.end > s.start);
}

/** A line long enough, ending no sentence, that stands as a whole line more than once in the text. */
function isRunningLine(text: string, line: string): boolean {
  if (line.length < MIN_RUNNING_LINE_CHARS || /[.!?:;,"”’)\]]$/u.test(line)) return false;
  return repeatedLinesOf(text).has(line);
}

/** The last text's lines (trimmed) that stand twice or more: one pass per text, not one per line asked. */
let repeated: { text: string; lines: ReadonlySet<string> } | null = null;

function repeatedLinesOf(text: string): ReadonlySet<string> {
  if (repeated?.text === text) return repeated.lines;
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length < MIN_RUNNING_LINE_CHARS) continue;
    if (seen.has(line)) twice.add(line);
    else seen.add(line);
  }
  repeated = { text, lines: twice };
  return twice;
}

/**
 * 1 when the paragraph opens (`start`) or closes (`end`) with a double quotation mark of which it
 * holds an odd number, straight or curly: a mark left unpaired at that edge; else 0.
 */
function unpairedMarkAt(paragraph: string, edge: 'start' | 'end'): number {
  const mark = edge === 'start' ? paragraph[0] : paragraph.at(-1);
  if (mark === '"') return (paragraph.split('"').length - 1) % 2;
  if (mark === (edge === 'start' ? '“' : '”')) return (paragraph.split(/[“”]/u).length - 1) % 2;
  return 0;
}

/** Whether no paragraph of the turn comes after p: the next one opens a turn, or there is none. */
function isLastOfTurn(paragraphs: readonly Paragraph[], p: Paragraph, stopAt: number): boolean {
  const next = paragraphs.find((q) => q.start > p.start);
  return next === undefined || next.start >= stopAt;
}

/**
 * Whether the turn's words so far end as a sentence: a transcript punctuated by its transcriber,
 * where an unpunctuated line stands out as a heading. A caption file without punctuation has
 * short spoken lines of the same shape.
 */
function endsPunctuated(text: string, last: Span | undefined): boolean {
  return last !== undefined && /[.!?…"”’)\]]\s*$/u.test(text.slice(last.start, last.end));
}

/**
 * A briefing record's topic line before the official's next turn ("Housing", "Rail strike",
 * "Middle East"): a few words, capitalised, with no punctuation at all. Nobody says it; a spoken
 * paragraph, however short, is punctuated by the transcriber ("Yes.", "Thank you.").
 */
function isTopicLine(paragraph: string): boolean {
  const t = paragraph.trim();
  return (
    /^\p{Lu}/u.test(t) &&
    !/[\p{P}\p{S}]/u.test(t.replace(/[-'’]/gu, '')) &&
    t.split(/\s+/u).length <= MAX_TOPIC_WORDS
  );
}

/** A speaker's name alone on its line in mixed case ("Ilsa Varn-Orme"), not in capitals. */
function isMixedCaseNameLine(h: LabelHit): boolean {
  return h.unmarked === true && h.role === 'named' && h.label.includes(' ') && !isUpperCaseLabel(h.label);
}

/** Words of a topic line: more is a sentence the transcriber left unpunctuated. */
const MAX_TOPIC_WORDS = 4;

/**
 * A label whose words are only capitalised names, with no sentence's closing mark: a header field
 * ("Guest: Mayor Ivo Sarn", "Speakers: State Secretary Ilsa Varn, Government Spokeswoman; Ivo
 * Sarn, Ministry of Finance"). A list of people and offices is title case throughout, its small
 * words the function words of an office's name; a spoken turn is a sentence.
 */
function isHeaderField(text: string, hit: LabelHit): boolean {
  if (hit.unmarked) return false;
  const said = text.slice(hit.textStart, hit.paragraph.end).trim();
  // Fields run on as sentences ("Presenter: Ilsa Varn. Guest: Mayor Ivo Sarn."): a name closed by
  // a full stop and the next field's label, or nothing, after it.
  if (FIELD_NAME_SENTENCE.test(said)) return true;
  if (/[.!?…]$/u.test(said)) return false;
  if (/^\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*){1,5}$/u.test(said)) return true;
  // A captioning key's entry for a group ("Speaker 4: Reporters", "Speaker 3: Audience").
  if (isNumberedVoice(hit.label) && /^\p{Lu}[\p{L}'’-]*$/u.test(said)) return true;
  const words = said.split(/[\s\u00a0,;()]+/u).filter((w) => w.length > 0);
  return (
    /[,;]/u.test(said) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || OFFICE_SMALL_WORDS.has(w.toLowerCase()))
  );
}

/** A header field's name as a sentence of its own, then the end or another field ("Guest:"). */
const FIELD_NAME_SENTENCE =
  /^\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*){1,4}\.(?:$|[\s\u00a0]+\p{Lu}[\p{L}'’ -]{1,30}:[\s\u00a0])/u;

/** Lower-case words of an office's or a ministry's name ("Minister of State for the Interior and Sport"). */
const OFFICE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * A heading between turns ("STATEMENT OF ILSA ORVA, SECRETARY OF HARBOURS"): several words in
 * capitals and no sentence's closing mark. A record titles each witness's part so; nobody says it.
 */
function isHeading(paragraph: string): boolean {
  const t = paragraph.trim();
  return (
    /\p{Lu}{2}/u.test(t) &&
    t === t.toUpperCase() &&
    t.split(/\s+/u).length >= MIN_HEADING_WORDS &&
    !/[.!?…"”’)\]]$/u.test(t)
  );
}

/** Words of a capitals heading: one or two capital words are a shout or a name, not a heading. */
const MIN_HEADING_WORDS = 3;

/**
 * Labels of the text's paragraphs up to its `END` line. A label ending in a full stop counts only
 * when the transcript also writes it with a colon, or it opens with a title ("MS. ARDEN."): a
 * capitalised word and a full stop is otherwise a sentence ("NATO. It matters.").
 */
function findLabels(text: string, paragraphs: readonly Paragraph[], title: string | null): LabelHit[] {
  const hits: LabelHit[] = [];
  const loose: LabelHit[] = [];
  for (const p of paragraphs) {
    if (hits.length > 0 && isEndLine(text.slice(p.start, p.end))) break;
    if (p === paragraphs[0] && isTitleLine(text.slice(p.start, p.end), title) && !recurs(text, paragraphs, p))
      continue;
    const hit = readTurnLabel(text, p);
    if (hit && (isTally(text, hit, hits.at(-1)) || isSalutation(hit))) continue;
    if (hit) hits.push(hit);
    else {
      const q = readLooseQuestion(text, p);
      if (q) loose.push(q);
    }
  }
  // Question numbers with no unnumbered turn to answer them are a list's ("Q1 Sales:", "Q2
  // Sales:", a quarter by quarter table), not a committee's questions.
  if (hits.length > 0 && hits.every((h) => h.numberedQuestion)) return [];
  const colonLabels = new Set(
    hits.filter((h) => !h.fullStop && !h.unmarked).map((h) => h.label.toLowerCase()),
  );
  // A label with no colon counts when it opens two paragraphs or more: a Q&A repeats its labels,
  // a header line ("PRESIDENT TRUMP", an outlet's name) stands once.
  const unmarkedCounts = new Map<string, number>();
  for (const h of hits) if (h.unmarked) unmarkedCounts.set(h.label, (unmarkedCounts.get(h.label) ?? 0) + 1);
  // A question label alone on its line is unambiguous once ("Q (inaudible)": the question was not heard).
  // So is a name in mixed case on its line where another such name opens two turns: the press
  // office types every speaker so, and an official may answer once.
  const nameLines = hits.some((h) => isMixedCaseNameLine(h) && (unmarkedCounts.get(h.label) ?? 0) >= 2);
  const strong = hits.filter((h) =>
    h.unmarked
      ? (unmarkedCounts.get(h.label) ?? 0) >= 2 ||
        h.role === 'question' ||
        (nameLines && isMixedCaseNameLine(h) && h.paragraph.start > hits[0]!.paragraph.start)
      : !h.fullStop ||
        colonLabels.has(h.label.toLowerCase()) ||
        (isUpperCaseLabel(h.label) &&
          TITLE_FIRST_WORDS.has(h.label.split(' ')[0]!.toLowerCase().replace(/\.$/u, ''))),
  );
  // A named line label with another label right under it is an entry of the header's list of
  // participants ("Hesper Dallow – Head of Sales" over "Wystan Tella – Treasurer"), not
  // a turn: it opens no words.
  const listed = new Set(
    strong.filter((h) => h.unmarked && h.role === 'named' && opensNoWords(text, paragraphs, h, hits)),
  );
  if (listed.size > 0) strong.splice(0, strong.length, ...strong.filter((h) => !listed.has(h)));
  // Header fields above the first turn ("Guest: Mayor Ivo Sarn", "Host: Tove Quorvell") name
  // people; they say nothing, and the names stay in the header for the labels below.
  while (strong.length > 0 && isHeaderField(text, strong[0]!)) strong.shift();
  if (loose.length === 0 || strong.length < MIN_STRONG_LABELS) return strong;
  const all = [...strong, ...loose].sort((x, y) => x.paragraph.start - y.paragraph.start);
  return isAlternating(all) ? all : strong;
}

/**
 * "DEAR ABBY:", "Dear Minister:": a letter's salutation names whom the letter is to, never who
 * speaks; an advice column's letters and replies open so.
 */
function isSalutation(hit: LabelHit): boolean {
  return /^dear\s/iu.test(hit.label);
}

/**
 * Whether the paragraph after a line label says nothing: there is none, it is another label's, or
 * it is a heading closed by no sentence mark ("Conference Call Participants").
 */
function opensNoWords(
  text: string,
  paragraphs: readonly Paragraph[],
  h: LabelHit,
  hits: readonly LabelHit[],
): boolean {
  // A label with words on its own line ("MINISTER ROE — Good morning.") opens them.
  if (/\S/u.test(text.slice(h.textStart, h.paragraph.end))) return false;
  const after = paragraphs.find((p) => p.start > h.paragraph.start);
  if (after === undefined || hits.some((x) => x.paragraph.start === after.start)) return true;
  return !/[.!?…"”’)\]]$/u.test(text.slice(after.start, after.end).trim());
}

/**
 * A label whose words are only figures is a table row or a count ("Candidate A: 1,204."), unless
 * it answers a question ("Q: How many? / A: 300.").
 */
function isTally(text: string, hit: LabelHit, before: LabelHit | undefined): boolean {
  if (!isTallyContent(text.slice(hit.textStart, hit.paragraph.end))) return false;
  return !before || !/\?[\s"”’)]*$/u.test(text.slice(before.textStart, hit.paragraph.start));
}

/**
 * The text's first paragraph as a title ("Question Time: Ferry Services"): one line that no
 * sentence punctuation closes, or the article's own title however it ends (a feed may close it
 * with a full stop). A spoken turn ends as a sentence does; a title's colon is no label.
 */
function isTitleLine(paragraph: string, title: string | null): boolean {
  const t = paragraph.trim();
  // A paragraph far longer than the title is not it: its letters need not be read (a long turn).
  if (title !== null && t.length <= 2 * title.length + 8) {
    const b = bare(t);
    if (b !== '' && b === bare(title)) return true;
  }
  return !t.includes('\n') && !/[.!?…"”’)\]]$/u.test(t);
}

/**
 * Whether a paragraph's words come back as a later paragraph: a speaker's name on a line of its
 * own opens each of their turns, the first one too, while a title stands once.
 */
function recurs(text: string, paragraphs: readonly Paragraph[], p: Paragraph): boolean {
  const t = text.slice(p.start, p.end).trim();
  return paragraphs.some((q) => q !== p && text.slice(q.start, q.end).trim() === t);
}

/** A title's letters and digits: a feed may add a closing mark or move one inside a quote. */
const bare = (t: string): string => t.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * Remarks with one speaker: the body opens with one upper-case colon label of two words or more
 * ("THE PRESIDENT:", "JANE DOE:") and no other label follows. A headline "Minister: talks continue" is mixed case,
 * so it does not count; a second, different label makes it a dialogue that must alternate. Its
 * body is remarks, not a report quoting them.
 */
function monologueLabels(text: string, paragraphs: readonly Span[], hits: readonly LabelHit[]): LabelHit[] {
  // A person's label has two words at least ("THE PRESIDENT", "MS. DOE"); "USA:" is a kicker.
  const named = hits.filter(
    (h) =>
      h.role === 'named' &&
      ((!h.fullStop && isUpperCaseLabel(h.label) && h.label.trim().includes(' ')) || h.record === true),
  );
  if (named.length === 0 || named.length !== hits.length) return [];
  if (!named.every((h) => h.label === named[0]!.label)) return [];
  // The one label's words must be someone speaking: a newsletter's "SHOW NAME: Senator X said
  // '…'" reports in the third person and quotes, as a news article does.
  if (
    readsAsReport(
      text,
      paragraphs.filter((p) => p.start >= named[0]!.paragraph.start),
    )
  )
    return [];
  // A record label ("Ms. ROE. Madam Speaker, I rise …") is one by its shape: a member's floor
  // speech under the record's heading needs no header naming her.
  if (named[0]!.record && /\S/u.test(text.slice(0, named[0]!.paragraph.start))) return named;
  return hasSpeakerHeader(text, named[0]!) ? named : [];
}

/**
 * One label is a transcript only under a header that introduces the speaker ("Remarks by
 * Governor Talia Brenn …" above "GOVERNOR BRENN:", or an office label "THE PRESIDENT:"): a
 * label on the text's first line with news prose under it is a headline's kicker ("BIG WIN: …").
 */
function hasSpeakerHeader(text: string, label: LabelHit): boolean {
  const header = text.slice(0, label.paragraph.start);
  if (!/\S/u.test(header)) return false;
  if (/^THE\s/u.test(label.label)) return true;
  const surname = label.label.split(' ').at(-1)!.replace(/\.$/u, '').toLowerCase();
  return header
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .includes(surname);
}

/**
 * Named labels whose turns never speak: no first or second person and no question in any of them
 * ("Harbours: Host the Rovers on Friday." / "Rovers: Visit the Harbours on Friday.", a match
 * report's notes per team). People taking turns say "I", "we" or "you", or ask; notes under
 * alternating names report in the third person.
 */
function isListOfNotes(text: string, hits: readonly LabelHit[]): boolean {
  if (!hits.every((h) => h.role === 'named')) return false;
  return !hits.some((h, i) => {
    const end = hits[i + 1]?.paragraph.start ?? h.paragraph.end;
    const turn = text.slice(h.textStart, Math.max(h.textStart, end));
    return FIRST_PERSON.test(turn) || /\b[Yy]ou(?:r|rs)?\b|\?/u.test(turn);
  });
}

function isAlternating(hits: readonly LabelHit[]): boolean {
  let switches = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]!.label !== hits[i - 1]!.label) switches++;
  // Turns are taken: some speaker comes back, maybe under a shorter label ("TOVE LINDQVIST, HOST:"
  // then "LINDQVIST:"). Labels that each open one paragraph are headings ("Insiders: …" over
  // sections "Ohio: …", "Nevada: …"), not a conversation.
  const keys = speakerKeys(hits);
  if (hits.length >= MIN_TRANSCRIPT_TURNS)
    return (
      (switches >= MIN_LABEL_SWITCHES &&
        speakerReturns(keys) &&
        switches >= (hits.length - 1) * MIN_SWITCH_SHARE) ||
      (switches === MIN_LABEL_SWITCHES - 1 && isOneOfficialQuestioned(hits))
    );
  // One question between two answers of a named official ("MINISTER X:", "Q:", "MINISTER X:") is
  // a short exchange, not a headline: a reporter's label says so.
  return hits.length === MIN_TRANSCRIPT_TURNS - 1 && switches === 2 && isShortExchange(hits);
}

/**
 * Whether some speaker takes the floor again after another spoke (A, B, A). A label repeated only
 * back to back is a list's field or a table's column ("DL: <player> 63 85%" rows under "LB: …"
 * rows), or a heading over sections, each used once or twice in a row: nobody answers anybody.
 */
function speakerReturns(keys: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] !== keys[i - 1] && seen.has(keys[i]!)) return true;
    seen.add(keys[i]!);
  }
  return false;
}

/**
 * One key per speaker: a label is keyed by a shorter label of the text that ends its words (the
 * surname "LINDQVIST" keys "TOVE LINDQVIST"); "Senate Race" and "House Race" stay two.
 */
function speakerKeys(hits: readonly LabelHit[]): string[] {
  const labels = [...new Set(hits.map((h) => h.label.toLowerCase()))];
  return hits.map((h) => {
    const label = h.label.toLowerCase();
    return labels.find((l) => l.length < label.length && label.endsWith(` ${l}`)) ?? label;
  });
}

/**
 * One official's colon label and reporters' question labels, the official answering on both
 * sides of a question ("Spokesperson:", "Reporter (Outlet):", "Spokesperson:", then the
 * official again on the next topic): a briefing's record, however few the questions. A headline
 * kicker repeats one label and asks nothing.
 */
function isOneOfficialQuestioned(hits: readonly LabelHit[]): boolean {
  const official = (h: LabelHit | undefined) =>
    h !== undefined && h.role === 'named' && !h.fullStop && !h.unmarked;
  const named = hits.filter(official);
  if (named.length === 0 || !named.every((h) => h.label === named[0]!.label)) return false;
  if (!hits.every((h) => official(h) || h.role === 'question')) return false;
  return hits.some((h, i) => h.role === 'question' && official(hits[i - 1]) && official(hits[i + 1]));
}

/** Answer, question, answer: the outer two one named official's colon labels, the middle a question label. */
function isShortExchange(hits: readonly LabelHit[]): boolean {
  const [a, q, b] = hits as [LabelHit, LabelHit, LabelHit];
  const official = (h: LabelHit) =>
    h.role === 'named' && !h.fullStop && !h.unmarked && isUpperCaseLabel(h.label);
  return q.role === 'question' && official(a) && official(b) && a.label === b.label;
}

/** An unlabelled speech as one turn of the speaker its title names (see transcripts/speech.ts). */
/**
 * An interview printed without labels (unlabelled-interview.ts): the questions are the
 * interviewer's turns, the answers between them the interviewee's. Null when the text is none.
 */
function readInterview(
  text: string,
  paragraphs: readonly Paragraph[],
  title: string | null,
): TranscriptTurn[] | null {
  const interview = findUnlabelledInterview(text, paragraphs, title);
  if (!interview) return null;
  const { interviewee } = interview;
  return interview.turns.map((t) => ({
    start: t.paragraphs[0]!.start,
    end: t.paragraphs.at(-1)!.end,
    label: t.asks ? 'Q' : interviewee.name,
    labelSpan: t.asks ? { start: t.paragraphs[0]!.start, end: t.paragraphs[0]!.start } : interviewee,
    role: t.asks ? 'question' : 'answer',
    interviewer: t.asks,
    opensAt: t.paragraphs[0]!.start,
    paragraphs: t.paragraphs,
    speaker: t.asks ? null : interviewee,
  }));
}

function readSpeech(text: string, paragraphs: readonly Paragraph[], title: string | null): TranscriptTurn[] {
  const speech = findSpeech(text, paragraphs, title);
  return speech ? [unlabelledTurn(speech.speaker, speech.body)] : [];
}

/**
 * The last turn runs to the end of the text, and in a transcript excerpt inside an article the
 * writer's prose comes after it: past as many paragraphs as the longest earlier turn, it ends at
 * the first paragraph told in the third person (no "I", "we", "you" or their forms), which is the
 * writer's narration. A speaker's own long closing turn speaks to or for someone and is kept
 * whole: an official record often opens with a prose paragraph too. Only under a news header (see
 * isNewsHeader) and with no END line.
 */
function capLastTurn(text: string, turns: TranscriptTurn[]): void {
  const last = turns.at(-1);
  if (!last || turns.length < 2) return;
  const longest = Math.max(1, ...turns.slice(0, -1).map((t) => t.paragraphs.length));
  const cut = last.paragraphs.findIndex(
    (p, i) => i >= longest && !SPOKEN_PERSON.test(text.slice(p.start, p.end)),
  );
  if (cut < 0) return;
  last.paragraphs = last.paragraphs.slice(0, cut);
  last.end = last.paragraphs.at(-1)!.end;
}

/**
 * A first- or second-person word: a paragraph holding one is someone speaking, not narration. A
 * contraction holds its pronoun as a word of its own ("I'm", "we're").
 */
const SPOKEN_PERSON = /\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b/iu;

/** Words of a header paragraph that make it a news article's prose, not a record's title lines. */
const MIN_PROSE_WORDS = 20;

/** Above the first label, a paragraph of prose closed as a sentence: an article quoting an excerpt. */
function isNewsHeader(text: string, paragraphs: readonly Paragraph[], header: Span): boolean {
  return paragraphs.some((p) => {
    if (p.end > header.end) return false;
    const t = text.slice(p.start, p.end).trim();
    return t.split(/\s+/u).length >= MIN_PROSE_WORDS && /[.!?…:"”’]$/u.test(t);
  });
}

/** Without Q/A labels, the named speaker whose turns mostly end in a question mark is the interviewer. */
function markNamedInterviewer(text: string, turns: TranscriptTurn[]): void {
  if (turns.some((t) => t.role === 'question' || t.interviewer)) return;
  const byLabel = new Map<string, { turns: number; questions: number }>();
  for (const t of turns) {
    const c = byLabel.get(t.label) ?? { turns: 0, questions: 0 };
    c.turns++;
    if (/\?\s*$/.test(text.slice(t.start, t.end))) c.questions++;
    byLabel.set(t.label, c);
  }
  for (const t of turns) {
    const c = byLabel.get(t.label)!;
    if (byLabel.size > 1 && c.questions / c.turns >= INTERVIEWER_QUESTION_SHARE) t.interviewer = true;
  }
}

/**
 * A speaker's name on a line of its own, which the chrome reader marks as a line the template
 * repeats (it opens every turn of that speaker): a label, read as one.
 */
function isRepeatedLabelLine(article: Pick<Article, 'text' | 'boilerplate'>, p: Span): boolean {
  if (!article.boilerplate.some((b) => b.rule === REPEATED_LINE_RULE && b.start <= p.start && b.end >= p.end))
    return false;
  return readTurnLabel(article.text, p)?.unmarked === true;
}

/** The chrome rule of a line repeated in the page (ingest/boilerplate/08-repeated-lines.ts). */
const REPEATED_LINE_RULE = 'chrome.repeated-line';

function isInBoilerplate(article: Pick<Article, 'boilerplate'>, p: Span): boolean {
  return article.boilerplate.some((b) => b.start <= p.start && b.end >= p.end);
}
