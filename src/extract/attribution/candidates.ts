import type { Span } from '../../model/span.ts';
import { VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isSpaceCode } from '../../nlp/space-codes.ts';
import { tokenAtOrAfter } from '../../nlp/tokens.ts';
import { clauseEndBefore } from '../quotes/04-indirect-speech.ts';
import { isDocumentNoun, type SpeechEvent } from '../speakers/02-said-verb.ts';
import type { Sentence, SpeakerRef } from '../speakers/frame.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { findFallbackSource, findPassiveAgent } from './source.ts';

/**
 * One guess at an attribution's content, for the learned model to accept or reject: a cue word of
 * a sentence and a stretch of the sentence it may attribute, read in one of a few ways.
 */
export interface Candidate extends Span {
  sentence: Sentence;
  /** Index in the sentence of the cue's first word. */
  token: number;
  /** The speech act read at the cue (its speaker, subject and how it was found). */
  event: SpeechEvent;
  /** Who said it: the event's speaker, else the source read by attribution/source.ts, else null. */
  source: { speaker: SpeakerRef; rule: string | null } | null;
  /**
   * Content after the cue ("said that …"), before it ("…, she said"), or the whole sentence around
   * it (see addAroundCandidate).
   */
  direction: 'after' | 'before' | 'around';
  /** Where the content starts: right after the cue (and its source), a word or two later, after a "that". */
  opening: 'cue' | `skip${number}` | 'that' | 'sentence';
  closing: Closing;
}

/**
 * speaker.document-not-source: "said in a statement" can leave the rules with "a statement" as the
 * speaker when nobody is named near; a document names no one, so the source is read again.
 */
function isDocument(r: SpeakerRef): boolean {
  return r.entity === null && isDocumentNoun(r.name.split(/\s+/u).at(-1)!.toLowerCase());
}

/**
 * Where a content ends: the sentence end, before the next speech act, at a comma, before a
 * preposition, or (before a passive cue) where its subject ends.
 */
export type Closing = 'sentence' | 'next-cue' | 'comma' | 'phrase' | 'subject';

/** Words after the cue a content may start past ("has been critical of | Trump"). */
const MAX_SKIPPED_WORDS = 2;

/** The opening of a content starting `k` words past the cue, one string each (hashed as a feature per candidate). */
const SKIP_OPENINGS: readonly Candidate['opening'][] = Array.from(
  { length: MAX_SKIPPED_WORDS + 1 },
  (_, k) => (k === 0 ? 'cue' : (`skip${k}` as const)),
);

/** Words between a cue and a "that" still read as its complementizer ("told reporters on Sunday that"). */
const MAX_WORDS_BEFORE_THAT = 10;

/**
 * Every candidate content of the sentence's cue words (`cues`, their token indices in order: the
 * words of the lexicon's verbs and those the model learned, read once per sentence by the caller). Spans are trimmed, non-empty, and never
 * reach outside the sentence.
 */
export function findCandidates(a: FrameAnalysis, s: Sentence, cues: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const { masked } = a.frame;
  const enders = nextPhraseEnders(s);
  const inSourcePhrase = accordingToPhrases(masked, s);
  for (const i of cues) {
    if (inSourcePhrase(i)) continue;
    const tok = s.tokens[i]!;
    const event = a.eventAt(s.index, i);
    // A cue the rules read no speech act at is never reported (its clause would have no cue).
    if (!event) continue;
    // A passive cue's subject is what was reported, not who reported it: its agent is the source.
    const be = passiveAuxiliaryAt(s, i);
    const agent = be >= 0 ? findPassiveAgent(a, s, i) : null;
    // Without an agent a passive verb of saying names no source: its subject is what was reported
    // ("A third case has been reported", "the firms are said to be suppliers"), unless "as"
    // follows ("was quoted as saying"), whose subject is the speaker. Other passives keep their
    // subject, who holds the stance ("insiders are alarmed at", "he is convinced").
    const sourceless =
      be >= 0 &&
      !agent &&
      SPEECH_VERB_FORMS.get(tok.norm)?.class === 'reports' &&
      !RAISING_WORDS.has(s.tokens[i + 1]?.norm ?? '');
    const source = agent
      ? { speaker: agent, rule: 'speaker.passive-agent' }
      : event.speaker && !isDocument(event.speaker)
        ? { speaker: event.speaker, rule: null }
        : sourceless
          ? null
          : findFallbackSource(a, s, i, event);
    // This cue's candidates are out[mine…]: a duplicate is looked for among them, not all of the sentence's.
    const cue: CueReading = { masked, sentence: s, token: i, event, source, be, mine: out.length };
    const cueEnd = Math.max(tok.end, event.cue.end ?? tok.end);
    const subjectAfter = event.subject && event.subject.start >= tok.start ? event.subject.end : 0;
    // "According to X, Y": the content is Y, after the source phrase's comma, never inside X.
    const according = tok.norm === 'according' && s.tokens[i + 1]?.norm === 'to';
    const at = tokenAtOrAfter(s.tokens, Math.max(cueEnd, subjectAfter));
    const next = according ? phraseEndAfter(masked, s, i + 2) : at < s.tokens.length ? at : -1;
    // The complementizer belongs to neither side: "warned that | the coalition …".
    const first = s.tokens[next]?.norm === 'that' ? next + 1 : next;
    if (first >= 0 && s.tokens[first]) {
      const stop = findClauseStop(masked, s.tokens[first]!.start, s.end);
      for (let skip = 0; skip <= (according ? 0 : MAX_SKIPPED_WORDS); skip++) {
        const k = first + skip;
        const at = s.tokens[k];
        if (!at || (stop >= 0 && at.start >= s.tokens[first]!.start + stop)) break;
        const start = skip === 0 && first === next && !according ? Math.max(cueEnd, subjectAfter) : at.start;
        addClosingsAfter(out, cue, a, start, k, enders, SKIP_OPENINGS[skip]!);
      }
    }
    const that = findThatAfter(s, i);
    if (that > 0 && !/[;:“”"]/u.test(masked.slice(tok.end, s.tokens[that]!.start))) {
      const start = s.tokens[that]!.end;
      addClosingsAfter(out, cue, a, start, that + 1, enders, 'that');
    }
    const lead = event.subject && event.subject.start < tok.start ? event.subject.start : tok.start;
    const comma = findTrailingComma(masked.slice(s.start, lead));
    if (comma > 0) addCandidate(out, cue, s.start, s.start + comma, 'before', 'sentence', 'comma');
    addAroundCandidate(out, cue, lead, Math.max(cueEnd, subjectAfter));
    if (TELL_FORMS.has(tok.norm)) dropAddresseeOnly(out, cue.mine, masked);
  }
  return out;
}

/** Words after a passive cue that make its subject the speaker ("was quoted as saying"). */
const RAISING_WORDS: ReadonlySet<string> = new Set(['as']);

/** Forms of "tell", whose first object is the one told, never what was said. */
const TELL_FORMS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

/**
 * A name and nothing more after "told" is its addressee ("…, she told The Morning Ledger."), not a
 * report: out[from…]'s such contents are dropped. A name here is capitalised words, with the
 * lower-case joiners that sit inside names ("Council of Europe", "The Times and Post").
 */
const NAME_ONLY =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*|of|and|for|the|de|on)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*|of|and|for|the|de|on))*[.,;:!?]?$/u;

function dropAddresseeOnly(out: Candidate[], from: number, masked: string): void {
  let kept = from;
  for (let k = from; k < out.length; k++) {
    const c = out[k]!;
    if (c.direction === 'after' && NAME_ONLY.test(masked.slice(c.start, c.end))) continue;
    out[kept++] = c;
  }
  out.length = kept;
}

/** Forms of "be": before a participle cue they make it passive ("is considered", "was named"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The whole sentence as the content of a cue inside it, in two cases no span starting or ending at
 * the cue finds. A report set off by commas holds both halves ("The emails were on work topics, the
 * Times said, including speeches"); the subject of a passive cue is part of what is reported, not
 * its source ("X is considered an asset", "Y was named as the suspect"). `lead` is where the cue's
 * clause starts (its subject before it, else the cue), `after` where the cue and a subject after it
 * end.
 */
function addAroundCandidate(out: Candidate[], cue: CueReading, lead: number, after: number): void {
  const s = cue.sentence;
  if (cue.token === 0) return;
  const { masked, be } = cue;
  const parenthetical =
    findTrailingComma(masked.slice(s.start, lead)) > 0 &&
    /^\s*,\s*[\p{L}\p{N}]/u.test(masked.slice(after, s.end));
  if (parenthetical || be >= 0) addCandidate(out, cue, s.start, s.end, 'around', 'sentence', 'sentence');
  if (be > 0) addPassiveSubject(out, cue, be);
}

/**
 * The first word of the "be" and adverbs before a passive cue ("was | booed", "also was | backed",
 * "have been | applauded"): -1 when the cue is not passive.
 */
function passiveAuxiliaryAt(s: Sentence, cueToken: number): number {
  let k = cueToken - 1;
  while (k >= 0 && VERB_GAP_WORDS.has(s.tokens[k]!.norm) && !BE_FORMS.has(s.tokens[k]!.norm)) k--;
  if (k < 0 || !BE_FORMS.has(s.tokens[k]!.norm)) return -1;
  while (k > 0 && VERB_GAP_WORDS.has(s.tokens[k - 1]!.norm)) k--;
  return k;
}

/**
 * The subject of a passive cue is what was reported, its agent the source ("Clinton | was booed",
 * "The proposal | has drawn criticism from …", "Sanders | was supported by majorities"): the words
 * from the clause start (the sentence's, or after the last comma, semicolon or colon) to the
 * auxiliaries at `be`.
 */
function addPassiveSubject(out: Candidate[], cue: CueReading, be: number): void {
  const s = cue.sentence;
  const end = s.tokens[be]!.start;
  let start = s.start;
  for (let k = end - 1; k > s.start; k--)
    if (CLAUSE_MARKS.has(cue.masked.charCodeAt(k))) {
      start = k + 1;
      break;
    }
  addCandidate(out, cue, start, end, 'before', 'sentence', 'subject');
}

/** Marks that open a clause a passive subject may start after: , ; : — */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([44, 59, 58, 0x2014]);

/** The first "that" among the MAX_WORDS_BEFORE_THAT words after token `i` (-1 when none): only those are read. */
function findThatAfter(s: Sentence, i: number): number {
  const last = Math.min(i + MAX_WORDS_BEFORE_THAT, s.tokens.length - 1);
  for (let k = i + 1; k <= last; k++) if (s.tokens[k]!.norm === 'that') return k;
  return -1;
}

/**
 * The words of each "according to …" phrase up to its comma ("According to early results of exit
 * polls released on Monday, …"): they name the source, so a cue word among them ("results",
 * "released") is no speech act of its own, and a content read from it would begin inside the
 * source. Answers whether token `k` lies in such a phrase.
 */
function accordingToPhrases(masked: string, s: Sentence): (k: number) => boolean {
  const ranges: [number, number][] = [];
  s.tokens.forEach((t, k) => {
    if (t.norm !== 'according' || s.tokens[k + 1]?.norm !== 'to') return;
    const end = phraseEndAfter(masked, s, k + 2);
    ranges.push([k + 2, end < 0 ? s.tokens.length : end]);
  });
  return (k) => ranges.some(([from, to]) => k >= from && k < to);
}

/** The first token after a comma, semicolon or colon at or after token `from` (-1 when none is). */
function phraseEndAfter(masked: string, s: Sentence, from: number): number {
  for (let k = Math.max(from, 1); k < s.tokens.length; k++)
    if (/[,;:]/u.test(masked.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start))) return k;
  return -1;
}

/** Words before a content's end that may close a short object ("attacked Machado | in tweets"). */
const PHRASE_ENDERS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'since',
  'after',
  'during',
  'for',
  'with',
  'by',
  'before',
  'while',
  'when',
  'because',
  'as',
]);

/**
 * For each token index k, the first token after k that is a phrase ender (-1 when none): read
 * once per sentence, where each closing looked for it from its own start.
 */
function nextPhraseEnders(s: Sentence): number[] {
  const n = s.tokens.length;
  // A plain array: a typed one this long keeps its store off the heap, costly to allocate per sentence.
  const out = new Array<number>(n + 1);
  out[n] = -1;
  if (n > 0) out[n - 1] = -1;
  for (let k = n - 2; k >= 0; k--) out[k] = PHRASE_ENDERS.has(s.tokens[k + 1]!.norm) ? k + 1 : out[k + 1]!;
  return out;
}

/** Words after the comma that make the rest a clause of its own, not a trailing source. */
const CLAUSE_OPENERS = /^\s*(?:and|but|or|while|as|which|who|because|so)\b/iu;

/**
 * Where the content of a trailing attribution ends ("Talks will resume, | officials said"): the
 * last comma with only the source's words after it. Not when those words open a clause of their
 * own (", and organizers said"), nor when the content would be a quotation closed by its own
 * comma and its speaker ("“…,” the mayor's spokesman, | Tomas Reil, said"): the direct quote stands
 * for that. A clause with a quoted phrase inside it (A cashier who “steals” is held to account,
 * | she said) is content.
 */
function findTrailingComma(before: string): number {
  const comma = lastCommaBeforeWords(before);
  if (comma <= 0 || CLAUSE_OPENERS.test(before.slice(comma + 1))) return -1;
  if (/[,.!?][”"’»][^”"’»]{0,60}$/u.test(before.slice(0, comma))) return -1;
  return comma;
}

/** Most source words' characters after a trailing comma (past the spaces right after it). */
const MAX_TRAILING_CHARACTERS = 80;
const SOURCE_CHARACTER = /[\p{L}\s’'-]/u;

/**
 * `before.search(/,\s*[\p{L}\s’'-]{0,80}$/u)`, read backwards from the last comma: only it can be
 * followed by such characters alone (a comma is none of them), so the regex's scan from every
 * comma of the sentence is not needed. Counted by code point, as the regex counts.
 */
function lastCommaBeforeWords(before: string): number {
  const comma = before.lastIndexOf(',');
  if (comma < 0) return -1;
  let i = comma + 1;
  while (i < before.length && isSpaceCode(before.charCodeAt(i))) i++;
  let count = 0;
  while (i < before.length) {
    const c = before.charCodeAt(i);
    let width = 1;
    if (c < 128) {
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!letter && c !== 39 && c !== 45 && !isSpaceCode(c)) return -1;
    } else {
      const point = before.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      if (!SOURCE_CHARACTER.test(before.slice(i, i + width))) return -1;
    }
    if (++count > MAX_TRAILING_CHARACTERS) return -1;
    i += width;
  }
  return comma;
}

/** What every candidate of one cue shares, and where its candidates begin in the output. */
interface CueReading {
  masked: string;
  sentence: Sentence;
  token: number;
  event: SpeechEvent;
  source: Candidate['source'];
  /** Where the "be" of a passive cue starts (passiveAuxiliaryAt), -1 for an active one. */
  be: number;
  mine: number;
}

/**
 * Adds the candidate of the cue over masked[start, end), trimmed to words, unless it holds no word
 * or the cue has one of that span already. Written out (the keys in the order the spread of two
 * objects had), with no closure or list per cue.
 */
function addCandidate(
  out: Candidate[],
  cue: CueReading,
  start: number,
  end: number,
  direction: Candidate['direction'],
  opening: Candidate['opening'],
  closing: Closing,
): void {
  const span = trimToWords(cue.masked, start, end);
  if (!span) return;
  for (let k = cue.mine; k < out.length; k++)
    if (out[k]!.start === span.start && out[k]!.end === span.end) return;
  out.push({
    start: span.start,
    end: span.end,
    direction,
    opening,
    closing,
    sentence: cue.sentence,
    token: cue.token,
    event: cue.event,
    source: cue.source,
  });
}

/**
 * The candidates of a content starting at `from` (token `k`) after the cue, by the ways it may end,
 * in this order: at the sentence end, before the next speech act, at the first comma, or before
 * the first preposition or subordinator after a word.
 */
function addClosingsAfter(
  out: Candidate[],
  cue: CueReading,
  a: FrameAnalysis,
  from: number,
  k: number,
  enders: readonly number[],
  opening: Candidate['opening'],
): void {
  const { masked, sentence: s } = cue;
  addCandidate(out, cue, from, s.end, 'after', opening, 'sentence');
  const next = a
    .eventsOf(s.index)
    .find((e) => e.token > cue.token && e.speaker !== null && e.cue.start > from);
  if (next) addCandidate(out, cue, from, clauseEndBefore(masked, from, next), 'after', opening, 'next-cue');
  const comma = findCommaBefore(masked, from, s.end);
  if (comma > from) addCandidate(out, cue, from, comma, 'after', opening, 'comma');
  const ender = enders[k] ?? -1;
  if (ender > 0) addCandidate(out, cue, from, s.tokens[ender]!.start, 'after', opening, 'phrase');
}

/** Marks that end the words a content may skip to: , ; : “ ” " ( */
const CLAUSE_STOPS: ReadonlySet<number> = new Set([44, 59, 58, 0x201c, 0x201d, 34, 40]);

/** Offset from `from` of the first clause stop in masked[from, to), or -1 (read by code, no slice per cue). */
function findClauseStop(masked: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (CLAUSE_STOPS.has(masked.charCodeAt(k))) return k - from;
  return -1;
}

/** The first comma or semicolon followed by a space within masked[from, to) (-1 when none); no slice per closing. */
function findCommaBefore(masked: string, from: number, to: number): number {
  for (let k = from; k + 1 < to; k++) {
    const c = masked.charCodeAt(k);
    if ((c === 44 || c === 59) && isSpaceCode(masked.charCodeAt(k + 1))) return k;
  }
  return -1;
}

/**
 * The span shrunk past spaces and punctuation on its left and spaces on its right; null when it
 * holds no word. Read by code: every candidate of every cue is trimmed.
 */
function trimToWords(text: string, start: number, end: number): Span | null {
  while (start < end && isLeadingTrim(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) if (isWordCharacter(text, i)) return { start, end };
  return null;
}

/** Trimmed off a span's left: white space and , ; : . — – - (`/[\s,;:.—–-]/`). */
function isLeadingTrim(c: number): boolean {
  return (
    c === 44 || c === 59 || c === 58 || c === 46 || c === 45 || c === 0x2014 || c === 0x2013 || isSpaceCode(c)
  );
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A letter or digit at text[i]; ASCII (nearly every span's first word) by code, no string made. */
function isWordCharacter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHARACTER.test(text[i]!);
}
