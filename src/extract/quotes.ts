import type { Article } from '../model/article.ts';
import type { EntityIndex } from '../model/entity.ts';
import type { Quote, QuoteKind } from '../model/quote.ts';
import type { Span } from '../model/span.ts';
import { findParagraphQuoteMarks } from './quotes/01-quote-marks.ts';
import { joinParagraphQuotes } from './quotes/02-multi-paragraph.ts';
import { findTranscriptTurns, type TranscriptTurn } from './quotes/03-transcript-turns.ts';
import { findScareQuoteReason } from './quotes/05-scare-quotes.ts';
import { findTailCueClause } from './quotes/06-tail-cue-clause.ts';
import { findFreeRelativeClause } from './quotes/07-free-relative.ts';
import { findHeadlineLeadIn } from './quotes/08-headline-lead-in.ts';
import { findMixedClause } from './attribution/mixed.ts';
import { findLearnedClauses } from './attribution/reported.ts';
import { datelineLengthAt } from '../nlp/dateline.ts';
import { splitParagraphs } from '../nlp/paragraphs.ts';
import type { MarkedSpan } from './quotes/candidate.ts';
import { carryVenues } from './quotes/carry-venues.ts';
import { lendHeadlineSoleVoice } from './quotes/headline-voice.ts';
import { innerMasks } from './quotes/inner-masks.ts';
import { findParents, heldByAnother } from './quotes/nesting.ts';
import type { SpeakerMark } from './speakers/05-carry-over.ts';
import {
  buildFrame,
  type Frame,
  maskSpans,
  type Sentence,
  type SpeakerRef,
  speakerRefOf,
} from './speakers/frame.ts';
import { analyzeFrame, attributeQuote, type FrameAnalysis } from './speakers.ts';
import { findTitledHolder } from './speakers/role-holder.ts';
import { findAddressedInterviewee } from './transcripts/addressed-interviewee.ts';
import { findVenue, type Venue } from './venues.ts';
import { postposedTagStart } from './quotes/postposed-tag.ts';

export { looksLikeTranscript } from './quotes/03-transcript-turns.ts';

export interface QuoteOptions {
  /**
   * Also report indirect (reported) speech: "Ivanov said Moscow is ready", read by the learned
   * model (attribution/reported.ts). The pipeline turns it on by default (Options.indirect); this
   * function's own default stays off, for callers that want only words in quotation marks and
   * transcript turns, the statements whose wording can be checked against a primary source.
   */
  indirect: boolean;
}

export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { indirect: false };

/** Share of a quote inside site chrome above which it is chrome, not content. */
const MAX_BOILERPLATE_SHARE = 0.5;

interface Draft extends Span {
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: Span | null;
  venue: Venue | null;
  rule: string;
  speakerRule: string | null;
  /** Paragraph start, for carrying a venue between quotes of one paragraph. */
  paragraph: number;
  /** A reported clause's last-resort source (attribution/subject-phrase.ts). */
  subjectPhrase?: SpeakerRef;
}

/**
 * Every statement in an article with its speaker and venue. The steps, in order:
 * 1. pair quotation marks per paragraph, join multi-paragraph quotes, drop chrome;
 * 2. transcript answer turns (when the text looks like a Q&A), speaker from the turn label;
 * 3. top-level quotations, attributed by the speaker cascade; scare quotes and titles dropped;
 * 4. quotations nested in a quotation, attributed inside it ("I" is the outer speaker);
 * 5. reported speech, when `options.indirect`;
 * 6. venues carried to a speaker's later quotes (same paragraph, or the article's interview).
 */
export function extractQuotes(
  article: Article,
  entities: EntityIndex,
  options: QuoteOptions = DEFAULT_QUOTE_OPTIONS,
): Quote[] {
  const { text } = article;
  const spans = findMarkedSpans(article);
  const turns = findTranscriptTurns(article);
  if (spans.length === 0 && turns.length === 0 && !options.indirect) return [];
  const parents = findParents(spans);
  const top = spans.filter((_, i) => parents[i] === -1);
  const analysis = analyzeArticle(article, entities, top);
  const paragraphs = splitParagraphs(text);
  const paragraphOf = (pos: number): number => paragraphs.findLast((p) => p.start <= pos)?.start ?? 0;
  const drafts: Draft[] = [];

  const turnSpeakers = readTurns(analysis, turns, paragraphOf, drafts);
  const carry: SpeakerMark[] = [];
  const emitted = new Map<MarkedSpan, Draft>();
  const turnAnalyses = new Map<TranscriptTurn, FrameAnalysis>();
  for (const q of top) {
    // An article's quotation of a transcript excerpt holds the turns' labels: the turns stand for it.
    if (turns.some((t) => q.openAt <= t.labelSpan.start && t.labelSpan.end <= q.end)) continue;
    const turn = turns.find((t) => t.start <= q.openAt && q.end <= t.end);
    const a = turn ? analysisOfTurn(analysis, turn, turnSpeakers.get(turn) ?? null, turnAnalyses) : analysis;
    const draft = readQuote(a, q, turn ? null : carry, paragraphOf);
    if (!draft) continue;
    drafts.push(draft);
    emitted.set(q, draft);
    if (draft.speaker && !turn) carry.push({ at: q.end, speaker: draft.speaker });
  }
  if (turns.length === 0) lendHeadlineSoleVoice(article, drafts);
  // One frame per enclosing quotation, shared by all the quotations nested in it: built per
  // nested quote, a quotation holding thousands of them was masked and read thousands of times.
  const innerFrames = new Map<number, FrameAnalysis>();
  const children = new Map<number, MarkedSpan[]>();
  spans.forEach((q, i) => {
    const p = parents[i]!;
    if (p < 0) return;
    const list = children.get(p);
    if (list) list.push(q);
    else children.set(p, [q]);
  });
  const maskedFor = innerMasks(
    text,
    new Map([...children].map(([p, list]) => [p, { range: spans[p]!, children: list.map(interior) }])),
  );
  const innerOf = (p: number, parent: MarkedSpan): FrameAnalysis => {
    let made = innerFrames.get(p);
    if (made) return made;
    const inner = buildFrame({
      articleId: article.id,
      text,
      masked: maskedFor(p),
      from: parent.start,
      to: parent.end,
      entities,
      self: emitted.get(parent)?.speaker ?? null,
    });
    innerFrames.set(p, (made = analyzeFrame(inner)));
    return made;
  };
  spans.forEach((q, i) => {
    const parent = spans[parents[i]!];
    if (!parent) return;
    const draft = readQuote(innerOf(parents[i]!, parent), q, null, paragraphOf);
    if (draft) drafts.push(draft);
  });
  if (options.indirect) readReported(article, analysis, turns, paragraphOf, drafts);
  if (options.indirect) readHeadlineLeadIn(article, analysis, drafts);
  if (options.indirect) lendQuotedSpeakers(drafts);
  if (options.indirect) lendSubjectPhrases(drafts);
  if (options.indirect) lendReportingSpeakers(drafts);
  carryVenues(drafts);
  return toQuotes(article, drafts);
}

/**
 * The article's frame, read: the whole text with its top-level quotations masked (all of its
 * quotation-mark spans when `top` is not given). Training the attribution model reads articles so.
 */
export function analyzeArticle(
  article: Article,
  entities: EntityIndex,
  top: readonly MarkedSpan[] = topLevel(findMarkedSpans(article)),
): FrameAnalysis {
  const { text } = article;
  const frame = buildFrame({
    articleId: article.id,
    text,
    masked: maskSpans(text, top.map(interior)),
    from: 0,
    to: text.length,
    entities,
    self: null,
  });
  return analyzeFrame(frame);
}

function topLevel(spans: readonly MarkedSpan[]): MarkedSpan[] {
  const parents = findParents(spans);
  return spans.filter((_, i) => parents[i] === -1);
}

/** Quotation-mark spans of the article outside its chrome. */
function findMarkedSpans(article: Article): MarkedSpan[] {
  const { text } = article;
  const paragraphs = splitParagraphs(text).filter(
    (p) => boilerplateShare(article, p) <= MAX_BOILERPLATE_SHARE,
  );
  const marks = paragraphs.map((p) => findParagraphQuoteMarks(text, p));
  return joinParagraphQuotes(text, marks).filter(
    (s) => boilerplateShare(article, s) <= MAX_BOILERPLATE_SHARE,
  );
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function boilerplateShare(article: Article, s: Span): number {
  let inside = 0;
  for (const b of article.boilerplate)
    inside += Math.max(0, Math.min(b.end, s.end) - Math.max(b.start, s.start));
  return s.end > s.start ? inside / (s.end - s.start) : 0;
}

/** The quoted words between the marks (the whole rest of the paragraph for an unclosed quote). */
function interior(q: MarkedSpan): Span {
  return { start: q.openAt + 1, end: q.closeAt >= 0 ? q.closeAt : q.end };
}

function readQuote(
  a: FrameAnalysis,
  q: MarkedSpan,
  carry: SpeakerMark[] | null,
  paragraphOf: (pos: number) => number,
): Draft | null {
  const att = attributeQuote(a, q, carry);
  const carried = att.rule === 'speaker.carry-over';
  if (findScareQuoteReason(a.frame.text, a.frame.masked, q, att.hasCue, carried)) return null;
  const read = att.sentence && att.speaker ? findVenue(a.frame, att.sentence) : null;
  // venue.quoted-by: the outlet that relayed the words ("Kyodo quoted him as saying").
  const relayed = att.medium ? { venue: att.medium, rule: 'venue.quoted-by', interview: false } : null;
  const venue = read ?? relayed;
  return {
    start: q.start,
    end: q.end,
    kind: 'direct',
    speaker: att.speaker,
    cue: att.cue,
    venue,
    rule: q.rule,
    speakerRule: att.speaker ? att.rule : null,
    paragraph: paragraphOf(q.start),
  };
}

/**
 * Answer turns become `transcript` quotes, one per spoken paragraph (a long answer is several
 * statements, each checked against reports on its own). A named label is the speaker; an "A:"
 * label is the interviewee, the first person the header (the text before the first turn) is
 * about. The header's venue ("interview with Le Monde") is every answer's venue.
 */
function readTurns(
  a: FrameAnalysis,
  turns: readonly TranscriptTurn[],
  paragraphOf: (pos: number) => number,
  drafts: Draft[],
): Map<TranscriptTurn, SpeakerRef | null> {
  const speakers = new Map<TranscriptTurn, SpeakerRef | null>();
  if (turns.length === 0) return speakers;
  const { frame } = a;
  const header = frame.sentences.filter((s) => s.end <= turns[0]!.labelSpan.start);
  const venue = header.map((s) => findVenue(frame, s)).find((v) => v !== null) ?? null;
  // A person the header is about before any other subject ("Interview with Minister Ada Lund":
  // the interview is the subject, she the interviewee).
  const subjects = header.map((s) => a.subjectOf(s.index));
  const interviewee =
    subjects.find((r) => r?.type === 'person') ??
    addressedInterviewee(a, turns) ??
    subjects.find((r) => r && r.type === null) ??
    null;
  for (const turn of turns) {
    const named =
      turn.role === 'named' || (turn.role === 'answer' && turn.speaker) ? resolveLabel(a, turn) : null;
    const speaker = named ?? (turn.role === 'answer' ? interviewee : null);
    speakers.set(turn, speaker);
    if (turn.interviewer) continue;
    for (const p of turn.paragraphs) {
      drafts.push({
        start: p.start,
        end: p.end,
        kind: 'transcript',
        speaker,
        cue: turn.labelSpan,
        venue: venue ? { ...venue, rule: 'venue.transcript-header' } : null,
        rule: 'quote.transcript-turn',
        speakerRule: speaker
          ? turn.role === 'named'
            ? 'speaker.turn-label'
            : 'speaker.transcript-interviewee'
          : null,
        paragraph: paragraphOf(p.start),
      });
    }
  }
  return speakers;
}

/** The header's person the first question greets by name (transcripts/addressed-interviewee.ts). */
function addressedInterviewee(a: FrameAnalysis, turns: readonly TranscriptTurn[]): SpeakerRef | null {
  const question = turns.find((t) => t.role === 'question')?.paragraphs[0];
  if (!question) return null;
  const { frame } = a;
  const found = findAddressedInterviewee(
    frame.text,
    question,
    { start: 0, end: turns[0]!.labelSpan.start },
    frame.articleId,
    frame.entities,
  );
  return found
    ? speakerRefOf(found.entity, frame.text.slice(found.mention.start, found.mention.end), found.mention)
    : null;
}

/**
 * The entity a label names: the full name the header gives for it (turn.speaker, at its place
 * in the header), else the holder of an office label, else the label itself; an unknown name
 * keeps the transcript's own form.
 */
function resolveLabel(a: FrameAnalysis, turn: TranscriptTurn): SpeakerRef {
  const { frame } = a;
  const named = turn.speaker;
  const span = turn.labelSpan;
  const e = named ? frame.entities.resolve(frame.articleId, named.name, named.start) : null;
  // The header's full name outranks a shorter one the entity index kept ("Ivo Brandt" for "BRANDT").
  if (e) return { ...speakerRefOf(e, turn.label, span), name: fullerName(named!.name, e.name) };
  // An answer turn's person is the title's; its "A" label names no one.
  if (turn.role === 'answer' && named)
    return { name: named.name, entity: null, type: null, surface: turn.label, aliases: [], ...span };
  // An office label the header does not name ("THE PRESIDENT:" under "Press Gaggle"): the person
  // the transcript itself gives that office, before the index's guess for the bare office.
  const holder = named ? null : findTitledHolder(frame, { surface: turn.label, ...span });
  if (holder) return holder;
  const byLabel = frame.entities.resolve(frame.articleId, turn.label, span.start);
  if (byLabel && !(named && isOtherThanHeaderName(named.name, byLabel.name, turn.label)))
    return { ...speakerRefOf(byLabel, turn.label, span), name: fullerName(named?.name ?? '', byLabel.name) };
  const name = named?.name ?? turn.label;
  return { name, entity: null, type: null, surface: turn.label, aliases: [], ...span };
}

/**
 * Whether the index's reading of a label is someone other than the header's name for it: the
 * index may read a titled label as its office ("DEPUTY SECRETARY ROE" → whoever the article made
 * "secretary"), or a portfolio as a name ("MINISTER FOR HARBOURS" → "FOR HARBOURS"). Another
 * surname than the header's, where the header named the label's surname or where the index knows
 * nothing but the label's own words, is a misreading.
 */
function isOtherThanHeaderName(header: string, indexed: string, label: string): boolean {
  if (sameLastWord(header, indexed)) return false;
  const labelWords = new Set(label.toLowerCase().split(/\s+/u));
  return (
    sameLastWord(header, label) ||
    indexed
      .toLowerCase()
      .split(/\s+/u)
      .every((w) => labelWords.has(w))
  );
}

function sameLastWord(a: string, b: string): boolean {
  return a.split(' ').at(-1)!.toLowerCase() === b.split(' ').at(-1)!.toLowerCase();
}

/** The header's name when it holds the entity's name as its last words and says more. */
function fullerName(header: string, entity: string): string {
  const h = header.split(' ');
  const e = entity.split(' ');
  const tail = h.slice(-e.length).join(' ').toLowerCase();
  return h.length > e.length && tail === entity.toLowerCase() ? header : entity;
}

/** Quotes inside a turn are read in the turn's own frame, where "I" and "we" are the turn's speaker. */
function analysisOfTurn(
  a: FrameAnalysis,
  turn: TranscriptTurn,
  self: SpeakerRef | null,
  cache: Map<TranscriptTurn, FrameAnalysis>,
): FrameAnalysis {
  const known = cache.get(turn);
  if (known) return known;
  const f = a.frame;
  const made = analyzeFrame(
    buildFrame({ ...f, from: turn.start, to: turn.end, self: turn.interviewer ? null : self }),
  );
  cache.set(turn, made);
  return made;
}

function readReported(
  article: Article,
  a: FrameAnalysis,
  turns: readonly TranscriptTurn[],
  paragraphOf: (pos: number) => number,
  drafts: Draft[],
): void {
  const skip = turns.map((t) => ({ start: t.labelSpan.start, end: t.end }));
  // A sentence often reports several clauses; its venue is read once.
  const venues = new Map<Sentence, Venue | null>();
  const venueOf = (s: Sentence): Venue | null => {
    if (!venues.has(s)) venues.set(s, findVenue(a.frame, s));
    return venues.get(s)!;
  };
  const tagged = drafts.filter((d) => d.kind === 'direct' && d.cue && d.cue.start >= d.end);
  const foreign = drafts.filter((d) => d.speakerRule === 'speaker.foreign-frame');
  for (const c of findLearnedClauses(a, skip)) {
    if (boilerplateShare(article, c) > MAX_BOILERPLATE_SHARE) continue;
    if (tagged.some((d) => runsIntoTag(article.text, c, d))) continue;
    // The model reads English: around a German or French frame's quote, or from its verb, its
    // clause is the reporter's own language ("La juge était à Lyon. « … »", "« … », a déclaré le
    // ministre …"), not a statement in the speaker's words.
    if (foreign.some((d) => overlaps(c, d) || (d.cue !== null && overlaps(c.event.cue, d.cue)))) continue;
    drafts.push({
      // "WASHINGTON (Reuters) - The Treasury will …, officials said": the dateline is the wire's.
      start: c.start + datelineLengthAt(article.text, c.start),
      end: c.end,
      kind: 'indirect',
      speaker: c.event.speaker,
      cue: c.event.cue,
      venue: venueOf(c.sentence),
      rule: c.rule,
      speakerRule: c.event.speaker
        ? (c.speakerRule ??
          c.event.rule ??
          (c.event.how === 'according-to'
            ? 'speaker.according-to'
            : c.event.how === 'quantity'
              ? 'speaker.quantity-subject'
              : 'speaker.said-verb'))
        : null,
      paragraph: paragraphOf(c.start),
      ...(c.subjectPhrase ? { subjectPhrase: c.subjectPhrase } : {}),
    });
  }
  readMixed(a, drafts);
}

/**
 * A reported clause that holds a whole direct quote and runs on into the quote's own tag ("“…,”
 * said X", "“…,” X, a former aide, responded") reads the attribution as content: the quote is
 * the statement and the tag says who made it. A tag after a quotation is a parenthetical of the
 * quoted sentence, so no other report can enclose both.
 */
function runsIntoTag(text: string, clause: Span, quote: Draft): boolean {
  if (clause.start > quote.start || clause.end <= quote.end) return false;
  const tag = postposedTagStart(text, quote, quote.cue!);
  return tag !== null && clause.end > tag;
}

/**
 * A reported clause about the length of the mixed clause around a quoted phrase (within this
 * factor either way) is the same statement, and the mixed clause is not added. One more than
 * twice as long states something else around it ("… said at an event that “a bomb” had gone
 * off" read from the sentence start); one less than half as long, inside the mixed clause, is a
 * piece of it cut at the quote ("all Americans engage in “more listening”" of "the spate of
 * shootings demands that all Americans engage in “more listening”") and gives way to it. Twice
 * is where two spans stop reading as one statement (the attribution scorer's own length bound).
 */
const SAME_CLAUSE_LENGTH_RATIO = 2;

/**
 * The clause around each top-level quoted phrase its cue frames: a free relative ("what she
 * called a “rant”"), a partly quoted sentence with its cue after it, or the clause from the cue
 * (attribution/mixed.ts). Reported speech of about its length covering the quote stands instead.
 * A quote nested in another is read in its own frame: skipped.
 */
function readMixed(a: FrameAnalysis, drafts: Draft[]): void {
  const direct = drafts.filter((d) => d.kind === 'direct' && d.cue);
  const nested = heldByAnother(direct);
  for (const [i, d] of direct.entries()) {
    if (nested[i]) continue;
    // A German or French frame's clause is the reporter's language around the quoted words, not
    // a rendering of what the speaker said ("Laut dem Minister sind „…“").
    if (d.speakerRule === 'speaker.foreign-frame') continue;
    const found = findClauseAround(a.frame, d, d.cue!);
    if (!found) continue;
    const { clause, rule } = found;
    const size = clause.end - clause.start;
    const covering = drafts.filter((o) => o.kind === 'indirect' && o.start < d.end && d.start < o.end);
    // A free relative is read from its syntax alone; a reported clause starting inside it
    // ("a “rant,” and went home" of "what she called a “rant,”") is a misreading of the same words.
    const isPiece = (o: Draft): boolean =>
      rule === 'quote.indirect.free-relative'
        ? clause.start <= o.start && o.start < clause.end
        : clause.start <= o.start &&
          o.end <= clause.end &&
          (o.end - o.start) * SAME_CLAUSE_LENGTH_RATIO < size;
    // A reported clause holding the quote's own cue has read the report itself as content ("…
    // explanation, Ruiz said at a rally that “a leak” had …" from an earlier cue): another reading.
    const holdsCue = (o: Draft): boolean => o.start <= d.cue!.start && d.cue!.end <= o.end;
    const same = covering.some(
      (o) => !isPiece(o) && !holdsCue(o) && o.end - o.start <= SAME_CLAUSE_LENGTH_RATIO * size,
    );
    if (same) continue;
    for (const o of covering.filter(isPiece)) drafts.splice(drafts.indexOf(o), 1);
    drafts.push({ ...d, ...clause, kind: 'indirect', rule });
  }
}

/**
 * speaker.quoted-part: "At private clubs, members may be willing to pay more ''because they
 * expect service,'' Berg said." — a reported clause the model read with no speaker of its own,
 * holding a quotation whose speaker is known, is the statement that speaker makes partly in their
 * own words: it takes that speaker.
 */
function lendQuotedSpeakers(drafts: readonly Draft[]): void {
  for (const o of drafts) {
    if (o.kind !== 'indirect' || o.speaker) continue;
    const held = drafts.find((d) => d.kind === 'direct' && d.speaker && o.start <= d.start && d.end <= o.end);
    if (!held) continue;
    o.speaker = held.speaker;
    o.speakerRule = 'speaker.quoted-part';
  }
}

/**
 * speaker.reported-part: "The mayor has vowed that the quay will reopen in ''early spring,'' but
 * …" — a quotation inside a reported clause is part of what that clause's speaker says. One whose
 * own reading found no cue (no speaker, or only the last speaker carried over) takes the clause's.
 */
/** Sources a reported clause only falls back on: not its cue's subject, so no evidence for a quote in it. */
const WEAK_CLAUSE_SOURCES: ReadonlySet<string> = new Set([
  'speaker.quoted-part',
  'speaker.sentence-topic',
  'speaker.subject-phrase',
  'speaker.carry-over',
]);

function lendReportingSpeakers(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'direct' || (d.speaker && d.speakerRule !== 'speaker.carry-over')) continue;
    const clause = drafts.find(
      (o) => o.kind === 'indirect' && o.speaker && o.start <= d.start && d.end <= o.end,
    );
    if (!clause || WEAK_CLAUSE_SOURCES.has(clause.speakerRule ?? '')) continue;
    d.speaker = clause.speaker;
    d.speakerRule = 'speaker.reported-part';
  }
}

/**
 * speaker.subject-phrase: a reported clause still without a speaker takes the noun phrase opening
 * its cue's clause, read when the model chose it (attribution/subject-phrase.ts).
 */
function lendSubjectPhrases(drafts: readonly Draft[]): void {
  for (const o of drafts) {
    if (o.kind !== 'indirect' || o.speaker || !o.subjectPhrase) continue;
    o.speaker = o.subjectPhrase;
    o.speakerRule = 'speaker.subject-phrase';
  }
}

function findClauseAround(frame: Frame, d: Span, cue: Span): { clause: Span; rule: string } | null {
  if (cue.start >= d.end) {
    const clause = findTailCueClause(frame, d, cue);
    return clause ? { clause, rule: 'quote.indirect.mixed' } : null;
  }
  const relative = findFreeRelativeClause(frame, d, cue);
  if (relative) return { clause: relative, rule: 'quote.indirect.free-relative' };
  const clause = findMixedClause(frame, d, cue);
  return clause ? { clause, rule: 'quote.indirect.mixed' } : null;
}

/**
 * The headline's "Name: statement" (quotes/08-headline-lead-in.ts) as one indirect quote by the
 * entity the label names; reported clauses the model read inside the headline give way to it.
 */
function readHeadlineLeadIn(article: Article, a: FrameAnalysis, drafts: Draft[]): void {
  const found = findHeadlineLeadIn(article.text);
  if (!found) return;
  const { label, content } = found;
  const surface = article.text.slice(label.start, label.end);
  const e = a.frame.entities.resolve(article.id, surface, label.start);
  const speaker: SpeakerRef = e
    ? speakerRefOf(e, surface, label)
    : { name: surface, entity: null, type: null, surface, aliases: [], ...label };
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.kind === 'indirect' && content.start <= d.start && d.end <= content.end) drafts.splice(i, 1);
  }
  drafts.push({
    ...content,
    kind: 'indirect',
    speaker,
    cue: label,
    venue: null,
    rule: 'quote.indirect.headline-lead-in',
    speakerRule: 'speaker.headline-lead-in',
    paragraph: 0,
  });
}

function toQuotes(article: Article, drafts: readonly Draft[]): Quote[] {
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const d of [...drafts].sort((x, y) => x.start - y.start || y.end - x.end)) {
    const key = `${d.start}-${d.end}`;
    if (seen.has(key) || d.end <= d.start) continue;
    seen.add(key);
    out.push({
      id: `${article.id}#${d.kind[0]}${d.start}-${d.end}`,
      article: article.id,
      start: d.start,
      end: d.end,
      text: article.text.slice(d.start, d.end),
      kind: d.kind,
      speaker: d.speaker ? { name: d.speaker.name, entity: d.speaker.entity } : null,
      cue: d.cue,
      venue: d.venue?.venue ?? null,
      venueRule: d.venue?.rule ?? null,
      rule: d.rule,
      speakerRule: d.speakerRule,
    });
  }
  return out;
}
