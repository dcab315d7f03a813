import type { Entity } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { givenNameGender } from '../../nlp/gazetteer.ts';
import { GENDER_OF_PRONOUN, GENDER_OF_TITLE, type Gender } from '../../nlp/lexicons/gender-cues.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { overlapsSortedSpans } from '../../nlp/sorted-spans.ts';

/**
 * A person's grammatical gender from the corpus, only so that "she" is never resolved to a man
 * the articles call "he" (and vice versa). Three kinds of evidence, summed with weights:
 * a gendered title before a mention ("Mrs Petrova"), the given name in compromise's name lists
 * ("Eliska"), and third-person pronouns whose only possible antecedent is that person. Unknown
 * stays unknown: attribution treats it as compatible with both.
 */

/** A title is deliberate and unambiguous: it outweighs a stray pronoun or two. */
const TITLE_WEIGHT = 3;
/** Name lists are right for most names but carry unisex and transliterated exceptions. */
const GIVEN_NAME_WEIGHT = 2;
/** One pronoun whose sentence so far names only this person. */
const PRONOUN_WEIGHT = 1;
/**
 * The winning side needs at least this many times the other's score: a person with three "he"
 * and one "she" (a misread sentence) is male; one of each is unknown. Not tuned on data.
 */
const MIN_GENDER_RATIO = 2;

const PRONOUN_PATTERN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/giu;
/** The same words, asked once of a whole text (no `g`: a test keeps no position between texts). */
const ANY_PRONOUN = new RegExp(PRONOUN_PATTERN.source, 'iu');
const TITLE_BEFORE = /(\p{L}+)\.?\s+$/u;
/** How far back a title is looked for before a mention ("Mrs " is 4 characters). */
const TITLE_LOOKBACK_CHARS = 16;

interface PersonSpan extends Span {
  id: string;
}

type Scores = Map<string, { male: number; female: number }>;

/** Entity id → gender, for the person entities whose evidence is clear. */
export function inferGenders(
  entities: readonly Entity[],
  textOf: (article: string) => string,
): Map<string, Gender> {
  const scores: Scores = new Map();
  const byArticle = new Map<string, PersonSpan[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    addGivenNameEvidence(scores, e);
    for (const m of e.mentions) {
      const list = byArticle.get(m.article) ?? [];
      list.push({ start: m.start, end: m.end, id: e.id });
      byArticle.set(m.article, list);
    }
  }
  for (const [article, people] of byArticle) {
    const text = textOf(article);
    people.sort((a, b) => a.start - b.start);
    addTitleEvidence(scores, text, people);
    addPronounEvidence(scores, text, people);
  }
  const out = new Map<string, Gender>();
  for (const [id, s] of scores) {
    if (s.male > 0 && s.male >= MIN_GENDER_RATIO * s.female) out.set(id, 'male');
    else if (s.female > 0 && s.female >= MIN_GENDER_RATIO * s.male) out.set(id, 'female');
  }
  return out;
}

function vote(scores: Scores, id: string, gender: Gender, weight: number): void {
  const s = scores.get(id) ?? { male: 0, female: 0 };
  s[gender] += weight;
  scores.set(id, s);
}

/** The first word of a full name ("Eliska Varn") in the given-name lists. */
function addGivenNameEvidence(scores: Scores, e: Entity): void {
  const words = e.name.split(/\s+/u);
  if (words.length < 2) return;
  const g = givenNameGender(words[0]!);
  if (g !== null) vote(scores, e.id, g, GIVEN_NAME_WEIGHT);
}

/** "Mrs Petrova", "Sir Edmund Crale": a gendered title right before, or opening, a mention. */
function addTitleEvidence(scores: Scores, text: string, people: readonly PersonSpan[]): void {
  for (const p of people) {
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, p.start - TITLE_LOOKBACK_CHARS), p.start));
    const first = /^\p{L}+/u.exec(text.slice(p.start, p.end))?.[0];
    const g =
      (before ? GENDER_OF_TITLE.get(before[1]!.toLowerCase()) : undefined) ??
      (first && first.length < p.end - p.start ? GENDER_OF_TITLE.get(first.toLowerCase()) : undefined);
    if (g !== undefined) vote(scores, p.id, g, TITLE_WEIGHT);
  }
}

/**
 * "Brannik said that he …": a gendered pronoun refers to a person in play, and votes only when
 * exactly one is: the people named before it in its sentence plus whoever an earlier pronoun of
 * the sentence stood for; a sentence opening with a pronoun continues the previous sentence's one
 * person. Names and pronouns inside quotation marks are skipped ("“I will meet Minister Varn,” he
 * said": Varn is quoted, the narrator's "he" is someone else).
 */
function addPronounEvidence(scores: Scores, text: string, people: readonly PersonSpan[]): void {
  // A text with no such pronoun gives no vote: its sentences and quotations are not read.
  if (!ANY_PRONOUN.test(text)) return;
  const quoted = quotedSpans(text);
  const isQuoted = (at: number) => overlapsSortedSpans(quoted, at, at + 1);
  const outside = people.filter((p) => !isQuoted(p.start));
  let prev: ReadonlySet<string> = new Set();
  for (const s of splitSentences(text)) {
    const inSentence = outside.filter((p) => p.start >= s.start && p.end <= s.end);
    const inPlay = new Set<string>();
    for (const m of text.slice(s.start, s.end).matchAll(PRONOUN_PATTERN)) {
      const at = s.start + m.index;
      if (isQuoted(at)) continue;
      for (const p of inSentence) if (p.end <= at) inPlay.add(p.id);
      if (inPlay.size === 0 && !inSentence.some((p) => p.start < at)) for (const id of prev) inPlay.add(id);
      // A pronoun whose antecedent is unknown still stands for someone: later ones are ambiguous.
      if (inPlay.size === 0) inPlay.add(UNKNOWN_REFERENT);
      if (inPlay.size !== 1 || inPlay.has(UNKNOWN_REFERENT)) continue;
      vote(scores, [...inPlay][0]!, GENDER_OF_PRONOUN.get(m[0].toLowerCase())!, PRONOUN_WEIGHT);
    }
    for (const p of inSentence) inPlay.add(p.id);
    prev = inPlay;
  }
}

/** Stands in the set of people in play for a pronoun whose antecedent is not known. */
const UNKNOWN_REFERENT = '';

const LINE_FEED = 0x0a;
const STRAIGHT_QUOTE = 0x22;
/** “ « „ and ” », by character code: the scan reads every character of every article. */
const isOpeningMark = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x201e;
const isClosingMark = (c: number): boolean => c === 0x201d || c === 0xbb;

/** Spans inside double quotation marks (curly, guillemets or straight); a line break closes one. */
function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LINE_FEED) {
      if (open >= 0) out.push({ start: open, end: i });
      open = -1;
    } else if (open < 0 && (isOpeningMark(c) || c === STRAIGHT_QUOTE)) open = i;
    else if (open >= 0 && (isClosingMark(c) || c === STRAIGHT_QUOTE)) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}
