import type { Span } from '../../model/span.ts';
import type { SpeechEvent } from '../speakers/02-said-verb.ts';
import { mentionStartingAt } from '../speakers/clause.ts';
import type { Sentence, SpeakerRef } from '../speakers/frame.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { trimSpan } from './candidate.ts';

/** A reported statement: the clause a speech verb or "according to" attributes, with its event. */
export interface ReportedClause extends Span {
  event: SpeechEvent;
  sentence: Sentence;
  rule: string;
  /** The rule that found the speaker when it is not the event's own (see attribution/source.ts). */
  speakerRule?: string;
  /** With no speaker, the noun phrase opening the clause, used when no later rule finds one. */
  subjectPhrase?: SpeakerRef;
}

/** A reported clause shorter than this is a fragment ("he said so"), not a statement. */
const MIN_INDIRECT_WORDS = 4;
/** A clause mostly inside quotation marks is already a direct quote; the direct one stands. */
const MAX_QUOTED_SHARE = 0.5;
/** Words between a verb and its "that" ("said on Sunday that", "told reporters in Kyiv that"). */
const MAX_WORDS_BEFORE_THAT = 10;
/** Verbs whose first object is the hearer, not the content ("told reporters", "warned Kyiv"). */
const HEARER_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'notify',
  'warn',
  'promise',
  'ask',
]);

/**
 * Reported speech: "Ivanov said Moscow is ready", "She warned that …", "According to the
 * ministry, …", "Talks will resume, the minister said." Only `reports` verbs with a resolved
 * speaker count; the clause runs to the end of the sentence, or to the next speech act in it.
 */
export function findReportedClauses(a: FrameAnalysis, skip: readonly Span[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  const { frame } = a;
  for (const s of frame.sentences) {
    if (skip.some((r) => r.start < s.end && s.start < r.end)) continue;
    const events = a.eventsOf(s.index);
    events.forEach((e, i) => {
      if (!e.speaker || (e.verb && e.verb.class !== 'reports')) return;
      let next: SpeechEvent | undefined;
      for (let k = i + 1; k < events.length && next === undefined; k++)
        if (events[k]!.speaker !== null) next = events[k];
      if (isTrailingAttribution(frame.masked, s, e)) return;
      const span = e.verb ? findClauseOfVerb(a, s, e, next) : findClauseOfAccordingTo(a, s, e);
      if (!span) return;
      const clause = trimSpan(frame.text, span.start, span.end);
      if (!isStatementSized(frame.masked, clause)) return;
      out.push({ ...clause, event: e, sentence: s, rule: span.rule });
    });
  }
  return out;
}

function findClauseOfVerb(
  a: FrameAnalysis,
  s: Sentence,
  e: SpeechEvent,
  next: SpeechEvent | undefined,
): (Span & { rule: string }) | null {
  const { masked } = a.frame;
  const subjectEnd = e.subject && e.subject.start > e.cue.end ? e.subject.end : e.cue.end;
  const rest = masked.slice(subjectEnd, s.end);
  if (/^[\s.!?]*$/u.test(rest)) {
    const lead = masked.slice(s.start, Math.min(e.cue.start, e.subject?.start ?? e.cue.start));
    const comma = lead.search(/,\s*$/u);
    if (comma <= 0 || /[“”"«»‘’]\s*$/u.test(lead.slice(0, comma))) return null;
    return { start: s.start, end: s.start + comma, rule: 'quote.indirect.trailing-attribution' };
  }
  if (/^\s*[,:]?\s*[“"«„‘]/u.test(rest)) return null;
  let k = e.token + 1;
  let that = -1;
  const last = Math.min(e.token + MAX_WORDS_BEFORE_THAT, s.tokens.length - 1);
  for (let i = e.token + 1; i <= last && that < 0; i++) if (s.tokens[i]!.norm === 'that') that = i;
  if (that > 0 && !/[,;:“”"]/u.test(masked.slice(e.cue.end, s.tokens[that]!.start))) k = that + 1;
  else if (e.verb && HEARER_VERBS.has(e.verb.lemma)) {
    const hearer = mentionStartingAt(a.frame, s, k);
    if (!hearer) return null;
    k = hearer.to;
  } else if (!/^\s+$/u.test(masked.slice(e.cue.end, s.tokens[k]?.start ?? e.cue.end))) return null;
  const first = s.tokens[k];
  if (!first) return null;
  const end = next && next.cue.start > first.start ? clauseEndBefore(masked, first.start, next) : s.end;
  return { start: first.start, end, rule: 'quote.indirect.that-clause' };
}

/** Up to the comma or conjunction that introduces the next speech act (", adding that …"). */
export function clauseEndBefore(masked: string, from: number, next: SpeechEvent): number {
  const upto = Math.min(
    next.cue.start,
    next.subject && next.subject.start > from ? next.subject.start : next.cue.start,
  );
  const piece = masked.slice(from, upto);
  const cut = piece.search(/(?:,|\s+and|\s+but)\s*$/u);
  return cut >= 0 ? from + cut : upto;
}

function findClauseOfAccordingTo(
  a: FrameAnalysis,
  s: Sentence,
  e: SpeechEvent,
): (Span & { rule: string }) | null {
  const { masked } = a.frame;
  const after = masked.slice(e.cue.end, s.end);
  if (
    /^\s*,/u.test(after) &&
    /^[\s\p{Ll}]*$/u.test(masked.slice(s.start, e.cue.start).replace(/\b(but|and|yet|however)\b/giu, ''))
  ) {
    return { start: e.cue.end + after.indexOf(',') + 1, end: s.end, rule: 'quote.indirect.according-to' };
  }
  if (/^[\s.!?]*$/u.test(after)) {
    const lead = masked.slice(s.start, e.cue.start);
    const comma = lead.search(/,\s*$/u);
    if (comma > 0) return { start: s.start, end: s.start + comma, rule: 'quote.indirect.according-to' };
  }
  return null;
}

/** "“…,” Ivanov told Interfax in an interview": the verb attributes the quote before it, not a clause. */
function isTrailingAttribution(masked: string, s: Sentence, e: SpeechEvent): boolean {
  const from = Math.min(e.cue.start, e.subject?.start ?? e.cue.start);
  // Read back from the subject over spaces and punctuation to a closing mark: no slice of the
  // sentence, no pattern tried at each of its characters.
  let k = from - 1;
  while (k >= s.start && TRAILING_GAP.test(masked[k]!)) k--;
  return k >= s.start && CLOSING_MARKS.has(masked[k]!);
}

/** What may stand between a closing quotation mark and its attribution ("…,” — she said). */
const TRAILING_GAP = /^[\s,.;:—–-]$/u;
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '»', '’']);

function isStatementSized(masked: string, span: Span): boolean {
  const slice = masked.slice(span.start, span.end);
  const words = slice.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_INDIRECT_WORDS) return false;
  const quoted = words.filter((w) => /^x+$/u.test(w)).length;
  return quoted / words.length < MAX_QUOTED_SHARE;
}
