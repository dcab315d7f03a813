/**
 * Who holds a position: the party a speaker speaks for. A country, a capital used for its
 * government ("Moscow said") and a seat of government ("the Kremlin") all stand for the country;
 * a person stands for the country their title names where the articles introduce them ("Ruritanian
 * Trade Minister Ana Varn", "Varn, Ruritania's trade minister"), by majority over every mention;
 * an organisation, or a person without a national title, stands for itself. A speaker that is not
 * a known entity counts only when its words name a country ("Ruritanian officials").
 */
import type { Article } from '../../model/article.ts';
import type { Entity, EntityIndex } from '../../model/entity.ts';
import type { Quote, Speaker } from '../../model/quote.ts';
import {
  isFunctionWord,
  lookupCountryWord,
  lookupDemonym,
  lookupGazetteer,
  lookupPeople,
} from '../../nlp/gazetteer.ts';
import { PARTY_GROUP_NOUNS } from '../../nlp/lexicons/party-groups.ts';
import { METONYMS } from '../../nlp/lexicons/metonyms.ts';
import { NEWS_OUTLETS } from '../../nlp/lexicons/news-outlets.ts';
import { MEDIA_HEADS } from '../../nlp/lexicons/organizations.ts';
import { parseRole } from '../../nlp/roles.ts';

/** Words before or after a name read for its title ("Deputy Trade Minister of Ruritania"). */
const MAX_TITLE_WORDS = 6;
/** How far around a mention the title is looked for, in characters. */
const TITLE_WINDOW_CHARS = 80;

export interface PartyResolver {
  /** The party `speaker` speaks for, or null when the speaker is nobody known. */
  partyOf(speaker: Speaker | null): string | null;
  /** The party a noun phrase at `text[start, end)` of an article names, or null. */
  partyOfPhrase(article: string, start: number, end: number): string | null;
}

export function makePartyResolver(
  articles: readonly Article[],
  entities: EntityIndex,
  quotes: readonly Quote[] = [],
): PartyResolver {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const byId = new Map(entities.entities.map((e) => [e.id, e]));
  const press = pressNames(articles, entities, quotes);
  const askers = interviewers(quotes);
  const memo = new Map<string, string | null>();
  return {
    partyOf(speaker) {
      if (speaker === null) return null;
      const key = speaker.entity ?? `name:${speaker.name}`;
      if (!memo.has(key)) {
        const entity = speaker.entity === null ? undefined : byId.get(speaker.entity);
        const reporter =
          askers.has(key) ||
          press.has(speaker.name.toLowerCase()) ||
          (entity !== undefined && isPress(entity, press, textOf));
        memo.set(key, reporter ? null : entity ? partyOfEntity(entity, textOf) : partyOfWords(speaker.name));
      }
      return memo.get(key)!;
    },
    partyOfPhrase(article, start, end) {
      const surface = textOf.get(article)?.slice(start, end) ?? '';
      if (!/^\p{Lu}/u.test(surface.replace(/^the\s+/iu, ''))) return null;
      const group = partyOfWords(surface);
      if (group !== null) return group;
      const entity = entities.resolve(article, surface, start);
      if (entity === null || isPress(entity, press, textOf)) return null;
      // A place that demands or refuses is its government speaking ("Lendova will not accept").
      return partyOfEntity(entity, textOf) ?? (entity.type === 'place' ? entity.name : null);
    },
  };
}

function partyOfEntity(e: Entity, textOf: Map<string, string>): string | null {
  const place = countryOfName(e.name);
  if (place !== null) return place;
  // A place that is not a country's name or seat (a region, a city) is talked about, not a speaker.
  if (e.type === 'place') return null;
  if (e.type !== 'person') return e.name;
  return countryOfTitles(e, textOf) ?? e.name;
}

/** The country a name stands for: the country itself, its capital, or a seat of its government. */
function countryOfName(name: string): string | null {
  const hit = lookupGazetteer(name);
  if (hit?.country) return hit.country.name;
  if (hit?.kind === 'metonym') {
    const row = METONYMS.find((m) => m.name === hit.name);
    const demonym = row?.standsFor.split(' ')[0];
    return demonym === undefined ? null : (lookupDemonym(demonym)?.name ?? null);
  }
  return null;
}

/** The country most of a person's titles name, or null when none names one. */
function countryOfTitles(e: Entity, textOf: Map<string, string>): string | null {
  const votes = new Map<string, number>();
  for (const m of e.mentions) {
    const text = textOf.get(m.article);
    if (text === undefined) continue;
    const country = titleBefore(text, m.start) ?? titleAfter(text, m.end);
    if (country !== null) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [c, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (best === null || n > votes.get(best)!) best = c;
  }
  return best;
}

/** "Ruritanian Foreign Minister Ana Varn": the country of the title right before the name. */
function titleBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - TITLE_WINDOW_CHARS), at);
  const words = (before.split(/[\n.;:!?«»“”"(),]/u).at(-1) ?? '').trim().split(/\s+/u).filter(Boolean);
  const tail = words.slice(-MAX_TITLE_WORDS);
  for (let i = 0; i < tail.length; i++) {
    const role = parseRole(tail.slice(i).join(' '));
    if (role !== null && role.country !== null && !role.past) return role.country;
  }
  return null;
}

/** "Ana Varn, Ruritania's foreign minister,": the country of an appositive title after the name. */
function titleAfter(text: string, at: number): string | null {
  const after = text.slice(at, at + TITLE_WINDOW_CHARS);
  const m = /^,\s+([^,.;:!?()“”"]+)/u.exec(after);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/u).slice(0, MAX_TITLE_WORDS);
  for (let end = words.length; end > 0; end--) {
    const role = parseRole(words.slice(0, end).join(' '));
    if (role !== null && role.country !== null && !role.past) return role.country;
  }
  return null;
}

/**
 * A party named by words alone: a country's name, or a group noun after a proper adjective
 * ("Ruritanian officials" → Ruritania, "Nordic governments" → the phrase itself). Other unresolved
 * names are not a party.
 */
function partyOfWords(name: string): string | null {
  const direct = countryOfName(name);
  if (direct !== null) return direct;
  const words = name.replace(/^(?:the|its|their|his|her)\s+/iu, '').split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (words.length < 2 || words.length > 3 || !/^\p{Ll}+s$/u.test(last) || !GROUP_NOUNS.has(last))
    return null;
  const modifiers = words.slice(0, -1);
  for (const w of modifiers) {
    const bare = w.replace(/['’]s?$/u, '');
    const c = lookupDemonym(bare) ?? lookupPeople(bare) ?? lookupCountryWord(bare);
    if (c !== null) return c.name;
  }
  return modifiers.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isFunctionWord(w)) ? words.join(' ') : null;
}

/** Plural nouns for a body of people that can hold a position together ("officials", "allies"). */
const GROUP_NOUNS = new Set(PARTY_GROUP_NOUNS.map((g) => g.word));

/**
 * Names of the press: outlets the articles are from, venues quotes were given to ("told RIA"),
 * and media entities. They report stances; they hold none.
 */
function pressNames(
  articles: readonly Article[],
  entities: EntityIndex,
  quotes: readonly Quote[],
): Set<string> {
  const out = new Set<string>();
  for (const a of articles) if (a.outlet) out.add(a.outlet.toLowerCase());
  for (const o of NEWS_OUTLETS) for (const n of [o.name, ...o.aliases]) out.add(n.toLowerCase());
  for (const q of quotes) if (q.venue) out.add(q.venue.toLowerCase());
  for (const e of entities.entities)
    if (e.type === 'media') for (const n of [e.name, ...e.aliases]) out.add(n.toLowerCase());
  return out;
}

const MEDIA_HEAD_WORDS = new Set(MEDIA_HEADS.map((h) => h.word));

/** A name made like an outlet's: ending in a publication word ("Valley Times") or saying "News". */
function isOutletName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return MEDIA_HEAD_WORDS.has(words.at(-1) ?? '') || words.includes('news');
}

/** Words between an outlet's name and a person's that make a newsroom title ("CBS host", "RIA's chief correspondent"). */
const MAX_PRESS_TITLE_WORDS = 3;

/**
 * Whether an entity is the press: an outlet itself, or a person whose title names an outlet
 * right before their name ("CBS host Margaret Hale", "Tribune reporter Jon Fisk").
 */
function isPress(e: Entity, press: ReadonlySet<string>, textOf: Map<string, string>): boolean {
  if (e.type === 'media' || [e.name, ...e.aliases].some((n) => press.has(n.toLowerCase()))) return true;
  if (e.type !== 'person' && e.type !== 'place' && isOutletName(e.name)) return true;
  if (e.type !== 'person') return false;
  return e.mentions.some((m) => {
    const before = (textOf.get(m.article) ?? '').slice(Math.max(0, m.start - TITLE_WINDOW_CHARS), m.start);
    const clause = (before.split(/[\n.;:!?«»“”"(),]/u).at(-1) ?? '').trim();
    const words = clause.split(/\s+/u).filter(Boolean);
    for (let title = 1; title <= MAX_PRESS_TITLE_WORDS && title < words.length; title++) {
      if (!words.slice(-title).every((w) => /^\p{Ll}/u.test(w))) break;
      for (let n = 1; n <= 3 && n + title <= words.length; n++) {
        const outlet = words
          .slice(-title - n, -title)
          .join(' ')
          .replace(/['’]s$/u, '');
        if (press.has(outlet.toLowerCase())) return true;
      }
    }
    return false;
  });
}

/**
 * Speakers whose transcript turns are mostly questions: the interviewer, who asks and holds no
 * stance of their own. Keyed like the resolver's memo (entity id, else the name).
 */
function interviewers(quotes: readonly Quote[]): Set<string> {
  const asked = new Map<string, { questions: number; turns: number }>();
  for (const q of quotes) {
    if (q.kind !== 'transcript' || q.speaker === null) continue;
    const key = q.speaker.entity ?? `name:${q.speaker.name}`;
    const c = asked.get(key) ?? { questions: 0, turns: 0 };
    c.turns++;
    if (/\?[\s"”’»]*$/u.test(q.text)) c.questions++;
    asked.set(key, c);
  }
  return new Set([...asked].filter(([, c]) => c.questions * 2 > c.turns).map(([k]) => k));
}
