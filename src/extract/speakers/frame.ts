/**
 * The text one round of attribution reads (a Frame: sentences, tokens, quotations masked) and
 * the speaker record attribution produces. Mention finding lives in clause.ts.
 */
import type { Entity, EntityIndex, EntityType } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { OPENING_MARK_CLASS } from '../../nlp/lexicons/quote-marks.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { type Token, tokenize } from '../../nlp/tokens.ts';

/** A speaker as attribution found it: the canonical entity when the index knows the mention. */
export interface SpeakerRef extends Span {
  name: string;
  entity: string | null;
  type: EntityType | null;
  /** The words in the text that named the speaker ("U.S. President Donald Trump", "the minister"). */
  surface: string;
  /** Other names of the entity, for matching a later role noun. */
  aliases: readonly string[];
  /** The entity's grammatical gender as the corpus shows it (Entity.gender), for pronoun agreement. */
  gender?: 'male' | 'female';
}

/** The speaker an indexed entity is, as named in the text by `surface` at `span`. */
export function speakerRefOf(e: Entity, surface: string, span: Span): SpeakerRef {
  return {
    name: e.name,
    entity: e.id,
    type: e.type,
    surface,
    aliases: e.aliases,
    ...(e.gender === undefined ? {} : { gender: e.gender }),
    start: span.start,
    end: span.end,
  };
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

/**
 * The text one round of attribution reads. `masked` equals `text` except that the letters and
 * digits inside this frame's quotations are replaced by `x`: the sentence splitter then never
 * breaks inside a quotation, and no name or verb inside one is taken for the narrator's.
 */
export interface Frame {
  articleId: string;
  text: string;
  masked: string;
  from: number;
  to: number;
  entities: EntityIndex;
  sentences: Sentence[];
  /** Who "I" and "we" are in this frame: the enclosing quote's or transcript turn's speaker. */
  self: SpeakerRef | null;
}

/** Replace letters and digits inside the given spans by `x`, keeping length and punctuation. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/[\p{L}\p{N}]/gu, 'x'));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Sentences of `masked[from, to)` with their tokens, tokenised once for the whole range. The
 * entity index is wrapped in a per-frame cache: attribution asks about the same mention from
 * several rules (subject, antecedent search, venue), and a look-up may cost a scan of the corpus.
 */
export function buildFrame(base: Omit<Frame, 'sentences'>): Frame {
  const slice = restoreQuoteInitials(base.masked.slice(base.from, base.to), base.text, base.from);
  const spans = joinInitialsBreaks(
    slice,
    splitSentences(slice).map((s) => ({ start: s.start, end: s.end })),
  ).map((s) => ({ start: s.start + base.from, end: s.end + base.from }));
  const tokens = tokenize(base.masked, base.from, base.to);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    sentences.push({ ...s, index: sentences.length, tokens: tokens.slice(first, t) });
  }
  return { ...base, entities: cacheResolve(base.entities), sentences };
}

/** A sentence ending in two or three initials not after "the" ("for J.P.", not "in the U.S."). */
const ENDS_IN_INITIALS = /(?<!\bthe\s)(?<![\p{L}.])(?:\p{Lu}\.){2,3}\s*$/u;

/**
 * speaker.initials-not-a-stop: "a spokesman for J.P. Morgan and Co said" is split after "J.P."
 * by a full-stop splitter; personal initials run on into a capitalised surname, so the two pieces
 * are one sentence (across a line wrap, not a paragraph's indent). A country's initials take "the"
 * ("in the U.S. The bank said") and still end one.
 */
function joinInitialsBreaks(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    const joins =
      prev &&
      ENDS_IN_INITIALS.test(text.slice(prev.start, prev.end)) &&
      /^\s*\p{Lu}\p{Ll}/u.test(text.slice(prev.end, s.end)) &&
      /^[ \t]*\n?$/u.test(text.slice(prev.end, s.start));
    if (prev && joins) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push({ ...s });
  }
  return out;
}

/**
 * An opening mark and the first masked letter after it; a straight apostrophe opens too, for
 * papers that print quotations as ''…'' or '…'.
 */
const MASKED_QUOTE_OPENING = new RegExp(`${OPENING_MARK_CLASS}\\s*x`, 'gu');

/**
 * For sentence splitting only: the first masked letter of a quotation gets its capital back
 * (`Kessmark. “Xxx …”`), so a quotation that opens a sentence starts one and the sentence before
 * does not run into it; letters after full stops inside the quotation stay `x` and split nothing.
 */
function restoreQuoteInitials(slice: string, text: string, from: number): string {
  return slice.replace(MASKED_QUOTE_OPENING, (m: string, at: number) =>
    /[\p{Lu}\p{N}]/u.test(text.charAt(from + at + m.length - 1)) ? `${m.slice(0, -1)}X` : m,
  );
}

/**
 * Keyed by article, then surface, then offset in nested maps: a joined string key was built and
 * hashed afresh on every look-up (the strings already exist and keep their hashes).
 */
function cacheResolve(index: EntityIndex): EntityIndex {
  type Hit = ReturnType<EntityIndex['resolve']>;
  const cache = new Map<string, Map<string, Map<number | undefined, Hit>>>();
  return {
    entities: index.entities,
    resolve: (article, surface, offset) => {
      let bySurface = cache.get(article);
      if (!bySurface) cache.set(article, (bySurface = new Map()));
      let byOffset = bySurface.get(surface);
      if (!byOffset) bySurface.set(surface, (byOffset = new Map()));
      let hit = byOffset.get(offset);
      if (hit === undefined) {
        hit = index.resolve(article, surface, offset);
        byOffset.set(offset, hit);
      }
      return hit;
    },
  };
}

/** The sentence holding position `pos`, or the nearest one before it. */
export function sentenceAt(frame: Frame, pos: number): Sentence | null {
  let lo = 0;
  let hi = frame.sentences.length - 1;
  let best: Sentence | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = frame.sentences[mid]!;
    if (s.start <= pos) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The characters between two tokens of a sentence. */
export function gapBetween(frame: Frame, s: Sentence, a: number, b: number): string {
  return frame.masked.slice(s.tokens[a]!.end, s.tokens[b]!.start);
}
