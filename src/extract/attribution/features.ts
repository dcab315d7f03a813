import type { Span } from '../../model/span.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { Frame } from '../speakers/frame.ts';
import type { Candidate } from './candidates.ts';

/**
 * The features of a cue word read in one direction, shared by all of its candidates there: the cue
 * word and its neighbours, how the existing rules read the cue (lexicon class, subject found and
 * how, the source's type), where it sits. Computed once per cue and direction.
 */
export function cueFeatures(frame: Frame, c: Candidate): string[] {
  const toks = c.sentence.tokens;
  const w = toks[c.token]!.norm;
  const prev = toks[c.token - 1]?.norm ?? '<s>';
  const next = toks[c.token + 1]?.norm ?? '</s>';
  const next2 = toks[c.token + 2]?.norm ?? '</s>';
  const how = howRead(c);
  const after = frame.masked.slice(toks[c.token]!.end, toks[c.token + 1]?.start ?? c.sentence.end);
  const d = c.direction;
  return [
    'bias',
    `w=${w}`,
    `prev=${prev}|w=${w}`,
    `w=${w}|next=${next}`,
    `w=${w}|next2=${next}_${next2}`,
    `how=${how}|w=${w}`,
    `stem=${stem(w)}|${d}`,
    `prev=${prev}|${d}`,
    `next=${next}|${d}`,
    `source-type=${c.source?.speaker.type ?? (c.source ? 'unknown' : 'none')}|${d}`,
    `punct-after=${after.trim().slice(0, 1) || 'none'}|${d}`,
    `cue-at=${cuePosition(c)}|${d}`,
    `cap-prev=${/^\p{Lu}/u.test(toks[c.token - 1]?.text ?? '')}|${d}`,
    `subject=${c.event?.subject?.kind ?? 'none'}|${d}`,
    `sentence-quoted=${/[“”"]/u.test(frame.masked.slice(c.sentence.start, c.sentence.end))}|${d}`,
  ];
}

/**
 * The features of one candidate's span: its shape (direction, opening, closing), length, share
 * inside quotation marks, the words at its edges, and whether the rules' reported clause is it.
 */
export function spanFeatures(frame: Frame, c: Candidate, ruleClauses: readonly Span[]): string[] {
  const { masked } = frame;
  const toks = c.sentence.tokens;
  const w = toks[c.token]!.norm;
  const shape = `${c.direction}/${c.opening}/${c.closing}`;
  const cls = SPEECH_VERB_FORMS.get(w)?.class ?? 'none';
  const words = countWords(masked, c);
  const rule = ruleClauses.some((r) => overlapShare(r, c) >= 0.8) ? 'same' : 'none';
  const first = toks.findIndex((t) => t.start >= c.start);
  const skipped =
    c.direction === 'after' && first > c.token + 1
      ? toks
          .slice(c.token + 1, first)
          .map((t) => t.norm)
          .join('_')
      : '-';
  const endWord = toks.find((t) => t.start >= c.end)?.norm ?? '</s>';
  return [
    `skipped=${skipped}|${c.opening}`,
    `w=${w}|skipped=${skipped}`,
    `end-word=${endWord}|${c.closing}`,
    `first-word=${toks[first]?.norm ?? '-'}|${c.direction}`,
    `w=${w}|${shape}`,
    `class=${cls}|${shape}`,
    `how=${howRead(c)}|${shape}`,
    `shape=${shape}`,
    `words=${bucket(words)}|${shape}`,
    `words=${bucket(words)}|w=${w}`,
    `quoted=${quotedBucket(quotedShare(masked, c))}|${c.direction}`,
    `rule=${rule}|${shape}`,
    `rule=${rule}|class=${cls}`,
    `end=${masked.slice(c.end - 1, c.end)}|${c.direction}`,
  ];
}

/** How the cue's source was read: by the rules' event, by the fallback, or not at all. */
function howRead(c: Candidate): string {
  if (!c.event) return 'no-event';
  if (c.event.speaker) return c.event.how;
  return c.source ? `fallback-${c.source.rule}` : `unresolved-${c.event.how}`;
}

/** Where the cue sits in its sentence: first word, last words, or inside. */
function cuePosition(c: Candidate): string {
  const n = c.sentence.tokens.length;
  if (c.token === 0) return 'first';
  if (c.token >= n - 3) return 'last';
  return c.token < n / 2 ? 'early' : 'late';
}

/** A crude stem: the word without its inflection, so unseen forms share weight ("urges" ~ "urged"). */
function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/u, '');
}

function countWords(masked: string, s: Span): number {
  return (masked.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Share of the span's words that are masked quotation (`xxx`). */
export function quotedShare(masked: string, s: Span): number {
  const words = masked.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((x) => /^x+$/u.test(x)).length / words.length;
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.max(a.end - a.start, b.end - b.start));
}

function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 5) return '3-5';
  if (n <= 10) return '6-10';
  if (n <= 20) return '11-20';
  if (n <= 40) return '21-40';
  return '41+';
}

function quotedBucket(q: number): string {
  if (q === 0) return '0';
  if (q < 0.3) return '<.3';
  if (q < 0.6) return '<.6';
  if (q < 0.95) return '<.95';
  return 'all';
}
