import { firstTermTags } from '../../nlp/compromise.ts';
import type { Article } from '../../model/article.ts';
import type { EntityType } from '../../model/entity.ts';
import { nameKey } from '../../nlp/alias-keys.ts';
import type { AliasMention } from '../../nlp/aliases.ts';
import {
  isCommonWord,
  isFamilyName,
  isGivenName,
  isLexiconPlace,
  isPlainAdjective,
  lookupGazetteer,
} from '../../nlp/gazetteer.ts';
import { phraseSkeleton } from '../../nlp/names.ts';
import { wordFilterOf } from '../../nlp/word-filter.ts';
import { scanLowerCaseWords } from './lower-case-words.ts';

/**
 * Corpus-wide rules over the recogniser's mentions, before alias clustering: what one article
 * cannot tell but the set can. Each returns new mentions (never edits its input):
 * 1. dropCommonCapitals — a lone capitalised word that only ever opens a sentence and is a common
 *    word ("Firmness does not mean …", "Governments change …") is no name;
 * 2. typeCorpusPlaces — an untyped name the corpus uses as a place somewhere (a dateline, "X and
 *    <place>", "X’s government") is a place everywhere;
 * 3. linkDemonyms — "Kaldorian" joins "Kaldoria" when the corpus shows Kaldoria as a place;
 * 4. linkShortForms — "Corvel" joins "Corvel News Agency" when that is the one longer name it opens;
 * 5. typeSpeakingNames (speaking-names.ts) — "Ekwueme said" types "Obi Ekwueme" and "Ekwueme" persons.
 */
export type CorpusMention = AliasMention & { key?: string };

const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Text before a word that makes it the first of its sentence, line or quotation. */
const SENTENCE_INITIAL = /(?:^|[.!?:;]\s+|\n\s*|\s[-–—]\s+)[“"‘'«(]*$/u;
/** Characters before a mention read to decide whether it opens a sentence. */
const LOOKBACK_CHARS = 24;

/** Suffixes of English common nouns that names rarely carry ("Firmness", "Governments", "Dockworkers"). */
const COMMON_NOUN_SUFFIX =
  /(?:ness|ment|ments|tion|tions|sion|sions|ity|ities|ship|ism|ers|ists|ance|ence)$/u;
/** Tags compromise guesses for a word that is not a noun: a verb, adjective or adverb is no name. */
const NON_NOUN_TAGS = new Set(['Verb', 'Adjective', 'Adverb']);

function isSentenceInitial(text: string, start: number): boolean {
  return SENTENCE_INITIAL.test(text.slice(Math.max(0, start - LOOKBACK_CHARS), start));
}

/**
 * Which of `wanted` the corpus writes as lower-case words. Only the candidates' forms are kept:
 * a set of every lower-case word of a large corpus cost more than reading the texts.
 */
function lowerCaseWordsAmong(texts: Iterable<string>, wanted: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (wanted.size === 0) return out;
  // Words are cut out of the text only when the filter lets them through (a few in a hundred).
  const filter = wordFilterOf(wanted);
  for (const t of texts)
    scanLowerCaseWords(t, (start, end) => {
      if (!filter.mayHaveRange(t, start, end)) return;
      const w = t.slice(start, end);
      if (wanted.has(w)) out.add(w);
    });
  return out;
}

/** The forms `isWrittenLowerCase` looks for. */
function lowerCaseForms(lower: string): string[] {
  return [lower, lower.replace(/s$/u, ''), `${lower}s`];
}

const GUESS_CACHE = new Map<string, boolean>();

/** compromise's guess for the lower-cased word is a verb, adjective or adverb ("Subscribe", "Central"). */
function isGuessedNonNoun(lower: string): boolean {
  let hit = GUESS_CACHE.get(lower);
  if (hit === undefined) {
    // The first term's tags, read off the document: `.json()` would serialise every field first.
    const tags = firstTermTags(lower);
    hit = tags.some((t) => NON_NOUN_TAGS.has(t)) && !tags.includes('Noun');
    GUESS_CACHE.set(lower, hit);
  }
  return hit;
}

/** A name clue that keeps a word however it is placed: a gazetteer row, a name list, a lexicon place. */
function hasNameEvidence(word: string): boolean {
  return lookupGazetteer(word) !== null || isGivenName(word) || isFamilyName(word) || isLexiconPlace(word);
}

/** The word or its singular/plural written in lower case somewhere in the corpus. */
function isWrittenLowerCase(lower: string, lowers: ReadonlySet<string>): boolean {
  return lowerCaseForms(lower).some((form) => lowers.has(form));
}

/**
 * 1. Untyped one-word mentions whose every occurrence in the corpus opens a sentence, line or
 * quotation (where English capitalises any word) and that read as common words: written in
 * lower case elsewhere, a common-noun suffix, or a non-noun by compromise's guess. A capitalised
 * word seen once mid-sentence is a name and stays; so do acronyms. Being met only in page chrome
 * was tried and dropped: rails carry bare place names as section labels ("Congo").
 */
export function dropCommonCapitals(
  mentions: readonly CorpusMention[],
  articles: readonly Article[],
): CorpusMention[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates = new Map<string, CorpusMention[]>();
  const blocked = new Set<string>();
  for (const m of mentions) {
    if (!WORD.test(m.surface) || isAcronym(m.surface)) continue;
    const key = m.surface.toLowerCase();
    const text = byId.get(m.article)?.text ?? '';
    if (m.type !== 'other' || !isSentenceInitial(text, m.start)) blocked.add(key);
    else {
      const list = candidates.get(key) ?? [];
      list.push(m);
      candidates.set(key, list);
    }
  }
  const open = [...candidates].filter(
    ([lower, list]) => !blocked.has(lower) && !hasNameEvidence(list[0]!.surface),
  );
  const lowers = lowerCaseWordsAmong(
    articles.map((a) => a.text),
    new Set(open.flatMap(([lower]) => lowerCaseForms(lower))),
  );
  const drop = new Set<CorpusMention>();
  for (const [lower, list] of open) {
    if (isWrittenLowerCase(lower, lowers) || COMMON_NOUN_SUFFIX.test(lower) || isGuessedNonNoun(lower))
      for (const m of list) drop.add(m);
  }
  return mentions.filter((m) => !drop.has(m));
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

/** A dateline: "TARVO, March 14 (Wire) -" or "…, Tarvo, 13 March 2026". */
const DATELINE_AFTER =
  /^,\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\b/u;
/** "X’s government", "X’s capital": only a country or region has one. */
const COUNTRY_POSSESSION_AFTER =
  /^['’]s\s+(?:government|capital|president|prime minister|foreign minister|foreign ministry|border|embassy|parliament|army|economy)\b/iu;
/** "the capital, X", "capital X", "the capital of X": a place, whatever else it is. */
const CAPITAL_BEFORE = /\bcapital(?:\s+of)?,?\s+$/iu;
/** "X and Y" or "X or Y" where the other is a place: coordinated names share a type. */
const COORDINATION = /^\s+(?:and|or)\s+$/u;

/**
 * 2. Surfaces typed `other` that the corpus shows as places: a dateline, "the capital X",
 * "X’s government", coordination with a place ("between Lendova and Kaldoria"), or a mention
 * some rule already typed as a place. Every untyped mention of that surface becomes a place.
 */
export function typeCorpusPlaces(
  mentions: readonly CorpusMention[],
  textOf: (id: string) => string,
): CorpusMention[] {
  const places = new Set<string>();
  const byArticle = new Map<string, CorpusMention[]>();
  for (const m of mentions) {
    if (m.type === 'place') places.add(phraseSkeleton(m.surface));
    const list = byArticle.get(m.article) ?? [];
    list.push(m);
    byArticle.set(m.article, list);
  }
  for (const [article, list] of byArticle) {
    const text = textOf(article);
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++) {
      const m = sorted[i]!;
      if (m.type !== 'other') continue;
      const after = text.slice(m.end, m.end + 40);
      const before = text.slice(Math.max(0, m.start - 20), m.start);
      const coordinated = [sorted[i - 1], sorted[i + 1]].some(
        (o) =>
          o !== undefined &&
          o.type === 'place' &&
          COORDINATION.test(o.end <= m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start)),
      );
      if (
        DATELINE_AFTER.test(after) ||
        COUNTRY_POSSESSION_AFTER.test(after) ||
        CAPITAL_BEFORE.test(before) ||
        coordinated
      )
        places.add(phraseSkeleton(m.surface));
    }
  }
  return mentions.map((m) =>
    m.type === 'other' && places.has(phraseSkeleton(m.surface))
      ? { ...m, type: 'place' as EntityType, rule: 'place.corpus' }
      : m,
  );
}

/** Demonym endings after a country name: Lendova → Lendovan, Brazil → Brazilian, Taiwan → Taiwanese. */
const DEMONYM_SUFFIXES = ['n', 'an', 'ian', 'ese', 'i'] as const;

/**
 * 3. A capitalised word that is a place name plus a demonym ending ("Kaldorian" ← "Kaldoria") is
 * that place's adjective: it joins the place's entity and is typed as it. Only when the root is a
 * place in the corpus, is not a gazetteer row (those have their own demonyms) and the word is no
 * given name ("Christian").
 */
export function linkDemonyms(mentions: readonly CorpusMention[]): CorpusMention[] {
  const placeKeyOf = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'place' && WORD.test(m.surface) && lookupGazetteer(m.surface) === null)
      placeKeyOf.set(m.surface.toLowerCase(), m.key ?? nameKey(m.surface));
  return mentions.map((m) => {
    if (!WORD.test(m.surface) || m.type === 'person') return m;
    // The root first: a suffix and a map look-up rule out nearly every word before the look-ups.
    const root = demonymRoot(m.surface.toLowerCase(), placeKeyOf);
    if (root === null || lookupGazetteer(m.surface) !== null || isGivenName(m.surface)) return m;
    return { ...m, type: 'place' as EntityType, rule: 'place.demonym', key: root };
  });
}

function demonymRoot(word: string, placeKeyOf: ReadonlyMap<string, string>): string | null {
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const key = placeKeyOf.get(word.slice(0, -suffix.length));
    if (key !== undefined) return key;
  }
  return null;
}

/** Types a bare name may stand for: a "Vessa" is its river, a "Corvel" its agency; not its treaty. */
const SHORTENABLE_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'media', 'place', 'government']);

/**
 * 4. An untyped name that opens exactly one longer name of the corpus ("Corvel" → "Corvel News
 * Agency", "Vessa" → "Vessa River") is that entity. Never for a gazetteer row or a person's name
 * ("Washington" stays apart from "George Washington"), a place for a body named after it (the
 * short form must be untyped), a word in page chrome, nor when two longer names start with it.
 */
export function linkShortForms(
  mentions: readonly CorpusMention[],
  isInChrome: (m: CorpusMention) => boolean,
): CorpusMention[] {
  const longer = new Map<string, Map<string, CorpusMention>>();
  for (const m of mentions) {
    if (!SHORTENABLE_TYPES.has(m.type) || m.rule.startsWith('role.')) continue;
    const words = m.surface.split(/\s+/u);
    if (words.length < 2) continue;
    const first = phraseSkeleton(words[0]!);
    const forms = longer.get(first) ?? new Map<string, CorpusMention>();
    forms.set(phraseSkeleton(m.surface), m);
    longer.set(first, forms);
  }
  return mentions.map((m) => {
    if (m.type !== 'other' || m.key !== undefined || !WORD.test(m.surface)) return m;
    // Only a word that opens exactly one longer name can shorten one: the costlier tests below
    // (compromise's guess above all) are asked of those few words, not of every untyped one.
    const forms = longer.get(phraseSkeleton(m.surface));
    if (forms === undefined || forms.size !== 1) return m;
    // A rail label in page chrome ("Congo") has no sentence around it to say which name it shortens.
    if (isInChrome(m)) return m;
    if (lookupGazetteer(m.surface) !== null || isGivenName(m.surface) || isFamilyName(m.surface)) return m;
    // "Congo" is a country of its own, not short for the "Congo River".
    if (isLexiconPlace(m.surface)) return m;
    // "the Democratic administration": an adjective opens many names and stands for none of them.
    // compromise's guess comes last: it runs its whole tagger on the word.
    if (isCommonWord(m.surface) || isPlainAdjective(m.surface) || isGuessedNonNoun(m.surface.toLowerCase()))
      return m;
    const target = [...forms.values()][0]!;
    return { ...m, type: target.type, rule: 'alias.short-form', key: target.key ?? nameKey(target.surface) };
  });
}
