import type { Entity, EntityIndex } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { isRoleAnswer, matchOffice, parseRole } from '../../nlp/roles.ts';
import { type Frame, type SpeakerRef, speakerRefOf } from './frame.ts';

/**
 * speaker.role-holder: "the president", "the surgeon general", "the head of state" — the person
 * the article itself names with that office ("President of Kaldor Ilsa Varn", "Surgeon General
 * Ilsa Varn"). Reports name the office holder once and refer back by office. With several
 * holders, the one the article names most often is its subject (counted by name: role phrases
 * the index bound to someone are not evidence of who the article is about).
 */
export function findTitledHolder(frame: Frame, m: Span & { surface: string }): SpeakerRef | null {
  const query = parseRole(m.surface);
  const queryWords = m.surface
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .split(/\s+/u);
  if (query?.honorific) return null;
  const portfolio = portfolioOf(m.surface, query);
  let best: { e: Entity; named: number; placed: boolean } | null = null;
  let tie = false;
  for (const { e, mentions } of peopleOf(frame.entities).get(frame.articleId) ?? []) {
    const mine = mentions.filter((x) => /^\p{Lu}/u.test(frame.text.slice(x.start, x.end)));
    const titles = mine.map((x) => isTitledAt(frame.text, x.start, query, queryWords, portfolio));
    if (!titles.some(Boolean)) continue;
    // speaker.role-place: "the Florida senator" is the senator titled with Florida, before any other.
    const placed = titles.includes('placed');
    if (best && placed !== best.placed) {
      if (best.placed) continue;
      best = null;
    }
    if (best && mine.length === best.named) tie = true;
    if (!best || mine.length > best.named) {
      best = { e, named: mine.length, placed };
      tie = false;
    }
  }
  if (!best || tie) return null;
  return speakerRefOf(best.e, m.surface, m);
}

/**
 * Per entity list, per article: the people it names and where. Built once per list (keyed on the
 * list, which a frame shares with its index, so wrappers of one index share the table).
 */
const PEOPLE_BY_ARTICLE = new WeakMap<readonly Entity[], Map<string, { e: Entity; mentions: Span[] }[]>>();

function peopleOf(index: EntityIndex): Map<string, { e: Entity; mentions: Span[] }[]> {
  let byArticle = PEOPLE_BY_ARTICLE.get(index.entities);
  if (byArticle) return byArticle;
  byArticle = new Map();
  for (const e of index.entities) {
    if (e.type !== 'person') continue;
    const here = new Map<string, Span[]>();
    for (const m of e.mentions) {
      const list = here.get(m.article);
      if (list) list.push(m);
      else here.set(m.article, [m]);
    }
    for (const [article, mentions] of here) {
      const list = byArticle.get(article);
      if (list) list.push({ e, mentions });
      else byArticle.set(article, [{ e, mentions }]);
    }
  }
  PEOPLE_BY_ARTICLE.set(index.entities, byArticle);
  return byArticle;
}

/**
 * The capitalised words a role query puts before its office, lower case: "Transport" in "the
 * Transport Secretary", "Health" in "the Health Minister". They name which secretary or minister,
 * so a title without them holds another office of the same noun. A query with a country or a
 * place is told apart by those instead; an office that is itself several words ("the Prime
 * Minister") has no such words.
 */
/**
 * Offices a government fills one per portfolio. Before other offices a capital is the holder's
 * party or state ("the Democratic senator"), which a title need not repeat.
 */
const PORTFOLIO_ROLES: ReadonlySet<string> = new Set(['secretary', 'minister', 'officer', 'commissioner']);

function portfolioOf(surface: string, query: ReturnType<typeof parseRole>): string[] {
  if (!query || query.country !== null || query.place || !PORTFOLIO_ROLES.has(query.role)) return [];
  const words = surface
    .replace(/^the\s+/iu, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  for (let k = words.length - 1; k > 0; k--) {
    if (parseRole(words.slice(k).join(' '))?.role !== query.role) continue;
    const before = words.slice(0, k);
    return before.every((w) => /^\p{Lu}/u.test(w)) ? before.map((w) => w.toLowerCase()) : [];
  }
  return [];
}

/** Abbreviated titles and the word a later reference uses ("Dr Ruiz" … "the doctor"). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['dr', 'doctor'],
  ['prof', 'professor'],
]);

/** Words before a name searched for its title ("Deputy Secretary of Harbours"). */
const MAX_TITLE_WORDS = 6;

/**
 * Whether the words right before a name give it the office asked for: an office phrase that
 * answers the role ("US President" for "the president", "President of Kaldor" for "the head of
 * state"), or the asked words themselves ("Surgeon General" for "the surgeon general").
 * 'placed' when the title names the place the query names ("Florida Sen." for "the Florida senator").
 */
function isTitledAt(
  text: string,
  at: number,
  query: ReturnType<typeof parseRole>,
  queryWords: readonly string[],
  portfolio: readonly string[],
): boolean | 'placed' {
  const before = text.slice(Math.max(0, at - 80), at);
  if (!/\s$/u.test(before) && before !== '') return false;
  // A full stop after a short word is an abbreviation's ("Sen.", "Gov."), part of the title.
  const words = (before.split(/[\n;:!?«»“”"]|(?<!(?:^|[\s(])\p{L}{1,3})\./u).at(-1) ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  const tail = words.slice(-MAX_TITLE_WORDS);
  // "Dr Ana Ruiz" is titled "the doctor": an abbreviated title reads as its word.
  const lower = tail.map((w) => {
    const low = w.toLowerCase().replace(/\.$/u, '');
    return TITLE_ABBREVIATIONS.get(low) ?? low;
  });
  if (
    !query &&
    queryWords.length <= lower.length &&
    queryWords.every((w, i) => lower[lower.length - queryWords.length + i] === w)
  )
    return true;
  if (!query || !endsAsTitle(tail)) return false;
  // speaker.role-portfolio: "the Transport Secretary" is not a union's "general secretary".
  if (portfolio.some((w) => !lower.includes(w))) return false;
  for (let i = 0; i < tail.length; i++) {
    const binding = parseRole(tail.slice(i).join(' '));
    if (!binding || !isRoleAnswer(binding, query)) continue;
    // A title naming another place ("Vermont Sen.") is not "the Florida senator".
    if (query.place && binding.place) return binding.place === query.place ? 'placed' : false;
    return true;
  }
  return false;
}

/**
 * A title runs up to the name: its last word is capitalised ("Indiana Gov.", "President of
 * Kaldor") or ends an office ("spokesman", "chief executive"). "The governor said Democrats …"
 * puts a verb between the office and the next name, which is then no title holder.
 */
function endsAsTitle(tail: readonly string[]): boolean {
  const last = tail.at(-1);
  if (last === undefined) return false;
  if (/^\p{Lu}/u.test(last)) return true;
  return tail.some((_, j) => matchOffice(tail, j)?.length === tail.length - j);
}
