import type { EntityType } from '../../model/entity.ts';
import {
  type GazetteerEntry,
  isCommonWord,
  isFamilyName,
  isFunctionWord,
  isGivenName,
  isLexiconPlace,
  isPlainAdjective,
  lookupCountryWord,
  lookupDemonym,
  lookupGazetteer,
  lookupPeople,
  gazetteerLengths,
  MAX_GAZETTEER_WORDS,
  mayStartGazetteerName,
} from '../../nlp/gazetteer.ts';
import { ARTICLES } from '../../nlp/lexicons/function-words.ts';
import {
  BODY_NAME_PREPOSITIONS,
  MEDIA_HEADS,
  ORGANIZATION_HEAD_WORDS,
  PLACE_HEADS,
} from '../../nlp/lexicons/organizations.ts';
import {
  EVENT_HEADS,
  LOCATIVES,
  MEDIA_DESCRIPTORS,
  NAME_SPEECH_VERBS as SPEECH_VERBS,
  ORG_DESCRIPTORS,
  REGION_NOUNS,
  TREATY_HEADS,
} from '../../nlp/lexicons/entity-cues.ts';
import { DESCRIPTOR_NOUNS, isPartyMembersNoun } from '../../nlp/lexicons/role-nouns.ts';
import { TRANSCRIPT_LABEL_ROLES } from '../../nlp/lexicons/transcript-labels.ts';
import { isRoleModifier, matchOffice } from '../../nlp/roles.ts';
import { isClosedClassWord, isNameDespiteOpener, opensHiddenSentence } from './openers.ts';
import type { Run } from './runs.ts';
import type { Word, WordsByStart } from './words.ts';

/**
 * Turns one capitalised run into typed mentions. The cascade, first match wins for each part:
 * 1. a leading article or sentence-initial common words are dropped ("The", "Meanwhile");
 * 2. the whole run is a gazetteer name ("Russian Federation", "White House");
 * 3. the whole run ends in a head word that types it ("UN Charter", "Congo River", "Time Magazine");
 * 4. left to right: a title and the name after it ("US Secretary of State Anne Ward"), a known
 *    given name and what follows ("Marta Kowalska"), the longest gazetteer name, else a chunk of
 *    unknown capitalised words typed by its context (chunkType).
 */
export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
}

export interface RunContext {
  words: readonly Word[];
  /** The words' surfaces, for office-phrase matching. */
  texts: readonly string[];
  /** Lower-case forms of words the article also writes in lower case. */
  lowerWords: { has(norm: string): boolean };
  /** Index of the word starting at each offset. */
  byStart: WordsByStart;
}

const ORG_HEADS = ORGANIZATION_HEAD_WORDS;
const PLACE_HEAD_WORDS = new Set(PLACE_HEADS.map((h) => h.word));
const MEDIA_HEAD_WORDS = new Set(MEDIA_HEADS.map((h) => h.word));
const ROMAN_NUMERAL = /^[IVX]+$/u;
const PARTY_NOUNS = new Set(DESCRIPTOR_NOUNS.map((d) => d.noun));
/** A person's name after a title is at most this many words ("Maria del Carmen Ortiz"). */
const MAX_NAME_WORDS = 4;
function span(words: readonly Word[], from: number, to: number, type: EntityType, rule: string): RawMention {
  return { start: words[from]!.start, end: words[to - 1]!.end, type, rule };
}

function surfaceOf(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ');
}

/** The gazetteer row the words [from, to) name together, looked up only when their skeleton is a key. */
function gazetteerEntryOf(words: readonly Word[], from: number, to: number): GazetteerEntry | null {
  const n = to - from;
  return gazetteerLengths(words, from, n)[0] === n ? lookupGazetteer(surfaceOf(words, from, to)) : null;
}

/** The longest gazetteer name starting at `i` and ending by `to`, with its length. */
export function longestGazetteer(words: readonly Word[], i: number, to: number) {
  const first = words[i];
  if (first === undefined || !(mayStartGazetteerName(first.text) || first.norm === 'the')) return null;
  // Only the lengths whose skeleton is a gazetteer key are looked up (most n-grams open no name).
  for (const n of gazetteerLengths(words, i, Math.min(MAX_GAZETTEER_WORDS, to - i))) {
    const entry = lookupGazetteer(surfaceOf(words, i, i + n));
    if (entry !== null) return { entry, length: n };
  }
  return null;
}

/** A common word (by lexicon, an -ly adverb, or written in lower case elsewhere in the article). */
function isCommonCapital(w: Word, ctx: RunContext): boolean {
  return isCommonWord(w.text) || /\p{Ll}ly$/u.test(w.text) || ctx.lowerWords.has(w.norm);
}

/** "Photo:", "Question:": a single word opening a line and followed by a colon is a label. */
function isLabel(ctx: RunContext, i: number): boolean {
  const next = ctx.words[i + 1];
  return ctx.words[i]!.sentenceStart && (next === undefined || next.gap.startsWith(':'));
}

/** Words between an office and the office that closes its title ("Chief Harbour Officer"). */
const MAX_TITLE_INNER_WORDS = 2;

/**
 * A title at `i`: optional modifiers, an optional country word, an office phrase and an optional
 * "of [the] Country". Returns the index after it and where the office itself starts.
 */
export function matchTitleAt(ctx: RunContext, i: number, to: number) {
  const { words, texts } = ctx;
  let k = i;
  while (k < to && isRoleModifier(words[k]!.text)) k++;
  let office = matchOffice(texts, k);
  let countryAt = -1;
  if (office === null && k + 1 < to && lookupCountryWord(words[k]!.text) !== null) {
    office = matchOffice(texts, k + 1);
    if (office !== null) countryAt = k++;
  }
  if (office === null || k + office.length > to) return null;
  let end = k + office.length;
  // "Chief Harbour Officer Ana Ruiz": a second office a word or two on, with no given name
  // between, closes the same title; the words between say which officer.
  for (let q = end + 1; q <= end + MAX_TITLE_INNER_WORDS && q < to; q++) {
    if (isGivenName(words[q - 1]!.text)) break;
    const closing = matchOffice(texts, q);
    if (closing !== null && !closing.row.honorific && q + closing.length < to) {
      end = q + closing.length;
      break;
    }
  }
  if (words[end]?.norm === 'of') {
    const c = words[end + 1]?.norm === 'the' ? end + 2 : end + 1;
    if (c < to && lookupCountryWord(words[c]!.text) !== null) end = c + 1;
    else end = findHolderAfterBody(words, c, to) ?? end;
  }
  return { from: i, end, officeAt: k, countryAt, honorific: office.row.honorific };
}

/**
 * "Director of Public Prosecutions Ana Ruiz": an office's "of" phrase names its body, which runs
 * up to the holder's given name; a given name with a word after it, past the body's first word,
 * starts the holder's name. Returns where the holder starts, or null when no given name does.
 */
function findHolderAfterBody(words: readonly Word[], bodyAt: number, to: number): number | null {
  for (let g = bodyAt + 1; g + 1 < to; g++) if (isGivenName(words[g]!.text)) return g;
  return null;
}

/** Whole-run typing by its last word (or the head before "of"); null when no head types it. */
function headType(
  words: readonly Word[],
  from: number,
  to: number,
): { type: EntityType; rule: string } | null {
  if (to - from < 2) return null;
  const last = words[to - 1]!.norm;
  if (TREATY_HEADS.has(last)) return { type: 'treaty', rule: 'treaty.head' };
  if (EVENT_HEADS.has(last) || (ROMAN_NUMERAL.test(words[to - 1]!.text) && words[to - 2]!.norm === 'war')) {
    return { type: 'event', rule: 'event.head' };
  }
  if (MEDIA_HEAD_WORDS.has(last)) return { type: 'media', rule: 'media.head' };
  for (let k = from; k < to; k++) {
    const isHead =
      k === to - 1 || words[k + 1]!.norm === 'of' || BODY_NAME_PREPOSITIONS.has(words[k + 1]!.norm);
    if (!isHead) continue;
    if (ORG_HEADS.has(words[k]!.norm) || (k < to - 1 && ORG_HEADS.has(singular(words[k]!.norm))))
      return { type: 'organization', rule: 'organization.head' };
    if (PLACE_HEAD_WORDS.has(words[k]!.norm)) return { type: 'place', rule: 'place.head' };
  }
  return null;
}

/** Mentions in one run (see the cascade above). */
export function classifyRun(ctx: RunContext, run: Run): RawMention[] {
  const { words } = ctx;
  let from = run.from;
  const to = run.to;
  if (ARTICLES.has(words[from]!.norm)) {
    const withArticle = gazetteerEntryOf(words, from, to);
    const without = from + 1 < to ? gazetteerEntryOf(words, from + 1, to) : null;
    if (withArticle !== null && without === null)
      return [span(words, from, to, withArticle.type, `gazetteer.${withArticle.kind}`)];
    from++;
  }
  if (from < to && (words[from]!.sentenceStart || from > run.from || opensHiddenSentence(words, from))) {
    const all = words.slice(from, to);
    const allCommon = all.every((w) => isCommonCapital(w, ctx));
    if (
      allCommon &&
      headType(words, from, to) === null &&
      longestGazetteer(words, from, to) === null &&
      !matchTitleAt(ctx, from, to)
    ) {
      return [];
    }
    while (from < to && isDroppable(ctx, from, to)) from++;
  }
  if (from >= to) return [];
  const whole = gazetteerEntryOf(words, from, to);
  if (whole !== null) return [span(words, from, to, whole.type, `gazetteer.${whole.kind}`)];
  const head = headType(words, from, to);
  if (head !== null && !matchTitleAt(ctx, from, to)) return [span(words, from, to, head.type, head.rule)];
  return segmentRun(ctx, from, to);
}

/** A run-initial word to drop: a common word or label at a sentence start, never a name clue. */
function isDroppable(ctx: RunContext, i: number, to: number): boolean {
  const w = ctx.words[i]!;
  if (ARTICLES.has(w.norm)) return true;
  if (matchTitleAt(ctx, i, to) !== null || longestGazetteer(ctx.words, i, to) !== null) return false;
  if (lookupDemonym(w.text) !== null || lookupPeople(w.text) !== null) return false;
  if (to - i === 1 && isLabel(ctx, i)) return true;
  // "In Kessmark, …": a sentence-initial preposition is never a given name, whatever a name list says.
  if (isClosedClassWord(w)) return !isNameDespiteOpener(ctx.words, i, to);
  if (isGivenName(w.text) && to - i > 1) return false;
  // "Centers for Disease Control": a body's head before its "of", "for" or "on" phrase is its name.
  if (isHeadBeforeConnector(ctx.words, i, to)) return false;
  return isCommonCapital(w, ctx);
}

/** A body's head word followed, inside the run, by the preposition that continues its name. */
function isHeadBeforeConnector(words: readonly Word[], i: number, to: number): boolean {
  const next = words[i + 1]?.norm;
  if (next === undefined || i + 2 >= to) return false;
  return (next === 'of' || BODY_NAME_PREPOSITIONS.has(next)) && ORG_HEADS.has(singular(words[i]!.norm));
}

/** "centers" → "center": heads are listed in the singular. */
function singular(norm: string): string {
  return norm.endsWith('s') && !norm.endsWith('ss') ? norm.slice(0, -1) : norm;
}

function segmentRun(ctx: RunContext, from: number, to: number): RawMention[] {
  const { words } = ctx;
  const out: RawMention[] = [];
  let i = from;
  while (i < to) {
    const title = matchTitleAt(ctx, i, to);
    if (title !== null) {
      i = emitTitled(ctx, title, to, out);
      continue;
    }
    if (isGivenName(words[i]!.text) && i + 1 < to && matchOffice(ctx.texts, i + 1) === null) {
      let j = i + 1;
      while (j < to && j - i < MAX_NAME_WORDS && !ORG_HEADS.has(words[j]!.norm)) j++;
      out.push(span(words, i, j, 'person', 'person.given-name'));
      i = j;
      continue;
    }
    // "Republican Ana Lund": a party noun in apposition before a given name labels the person and
    // is no part of the name (a body's name has no given name after it: "Republican Harbor Council").
    if (PARTY_NOUNS.has(words[i]!.norm) && isPartyLabelBeforeName(ctx, i, to)) {
      i++;
      continue;
    }
    const gaz = longestGazetteer(words, i, to);
    if (gaz !== null) {
      out.push(span(words, i, i + gaz.length, gaz.entry.type, `gazetteer.${gaz.entry.kind}`));
      i += gaz.length;
      continue;
    }
    if (lookupPeople(words[i]!.text) !== null && to - i === 1) {
      out.push(span(words, i, i + 1, 'place', 'country.people'));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && matchTitleAt(ctx, j, to) === null && longestGazetteer(words, j, to) === null) j++;
    if (j - i === 1 && lookupDemonym(words[i]!.text) !== null) {
      if (words[j]?.norm === 'side') out.push(span(words, i, j + 1, 'place', 'country.side'));
    } else if (j - i > 1 || !isNeverAloneName(words[i]!)) {
      const typed = chunkType(ctx, i, j, from);
      out.push(span(words, i, j, typed.type, typed.rule));
    }
    i = j;
  }
  return out;
}

/** A given name and at least one more name word after the party noun at `i`, no office between. */
function isPartyLabelBeforeName(ctx: RunContext, i: number, to: number): boolean {
  return i + 2 < to && isGivenName(ctx.words[i + 1]!.text) && matchOffice(ctx.texts, i + 2) === null;
}

/** A lone word that is no name: a function word, a plain adjective or a bare head word ("Ministry"). */
function isNeverAloneName(w: Word): boolean {
  if (w.upper) return false;
  return (
    isFunctionWord(w.text) ||
    isPlainAdjective(w.text) ||
    ORG_HEADS.has(w.norm) ||
    PLACE_HEAD_WORDS.has(w.norm)
  );
}

/** Emits a title's role, its country and the titled person; returns the index after the name. */
function emitTitled(
  ctx: RunContext,
  title: NonNullable<ReturnType<typeof matchTitleAt>>,
  to: number,
  out: RawMention[],
): number {
  const { words } = ctx;
  const texts = ctx.texts;
  let j = title.end;
  while (
    j < to &&
    j - title.end < MAX_NAME_WORDS &&
    matchOffice(texts, j) === null &&
    !ORG_HEADS.has(words[j]!.norm)
  )
    j++;
  if (title.countryAt >= 0 && lookupGazetteer(words[title.countryAt]!.text)?.kind === 'country') {
    out.push(span(words, title.countryAt, title.countryAt + 1, 'place', 'gazetteer.country'));
  }
  const roleFrom = title.from;
  if (j > title.end) {
    out.push(span(words, roleFrom, title.end, 'person', title.honorific ? 'role.honorific' : 'role.title'));
    out.push(span(words, title.end, j, 'person', 'person.titled'));
  } else if (!title.honorific) {
    out.push(span(words, roleFrom, title.end, 'person', 'role.noun'));
  }
  return Math.max(j, title.end);
}

/** Words in a speaker label: a given and family name, up to a long compound name. */
const MIN_LABEL_NAME_WORDS = 2;
const MAX_LABEL_NAME_WORDS = 4;

/**
 * "Anna Berg: We will …" — a whole capitalised run of two to four words opening a line and
 * followed by a colon is a transcript turn label, and a turn is spoken by a person. Generic
 * labels ("Question:", "Read More:") are in the transcript-label table and are not names.
 */
function isTurnLabel(ctx: RunContext, i: number, j: number, runFrom: number): boolean {
  const { words } = ctx;
  const first = words[i]!;
  const after = words[j];
  if (i !== runFrom || j - i < MIN_LABEL_NAME_WORDS || j - i > MAX_LABEL_NAME_WORDS) return false;
  if (!(i === 0 || first.gap.includes('\n'))) return false;
  if (after === undefined || !/^[ \u00a0]*[:：]/u.test(after.gap)) return false;
  return !TRANSCRIPT_LABEL_ROLES.has(surfaceOf(words, i, j).toLowerCase());
}

/** The type of a chunk of unknown capitalised words, from the words around its run. */
function chunkType(
  ctx: RunContext,
  i: number,
  j: number,
  runFrom: number,
): { type: EntityType; rule: string } {
  const { words } = ctx;
  const before = words[runFrom - 1];
  const after = words[j];
  const single = j - i === 1;
  const w = words[i]!;
  if (single && /^\p{Lu}[\p{Ll}\d]+\p{Lu}/u.test(w.text))
    return { type: 'organization', rule: 'organization.camel-case' };
  if (i === runFrom && before !== undefined && !before.cap) {
    if (ORG_DESCRIPTORS.has(before.norm)) return { type: 'organization', rule: 'organization.descriptor' };
    if (MEDIA_DESCRIPTORS.has(before.norm)) return { type: 'media', rule: 'media.descriptor' };
  }
  if (isTurnLabel(ctx, i, j, runFrom)) return { type: 'person', rule: 'person.turn-label' };
  // "House Democrats said": a party noun in the plural heads a group of members, never a person's
  // name, however a speech verb after it reads.
  if (isPartyMembersNoun(words[j - 1]!.text)) return { type: 'other', rule: 'name.party-members' };
  const saidAfter = after !== undefined && SPEECH_VERBS.has(after.norm);
  if (saidAfter && ((j - i >= 2 && j - i <= 3) || (single && isFamilyName(w.text)))) {
    return { type: 'person', rule: 'person.speech-verb' };
  }
  const surface = surfaceOf(words, i, j);
  if (isLexiconPlace(surface)) return { type: 'place', rule: 'place.lexicon' };
  if (i === runFrom && before !== undefined && LOCATIVES.has(before.norm))
    return { type: 'place', rule: 'place.locative' };
  if (after !== undefined && REGION_NOUNS.has(after.norm))
    return { type: 'place', rule: 'place.region-noun' };
  return { type: 'other', rule: 'name.capitalised' };
}
