/**
 * Claims: numeric and date statements grouped across articles by the quantity they state, and
 * judged for agreement with their hedges taken into account. A statement joins the group whose
 * members measure the same thing (same kind and unit, subject or clause words shared); a group
 * stated by one article only is kept with `agree: null`, so a figure with a single source says so.
 */
import type { Claim, ClaimStatement } from '../../model/analysis.ts';
import type { Article } from '../../model/article.ts';
import { type Quote, quotesByArticle } from '../../model/quote.ts';
import type { Story } from '../../model/story.ts';
import {
  affinity,
  agreement,
  datesCompatible,
  FULL_DATE_CHARS,
  REWORDED_CONTEXT,
  sameWord,
  shared,
  subjectOf,
  wordKey,
} from './compare.ts';
import { periodsFit } from './anchors.ts';
import { findMentions, mentionNeed, storyMates, type Word, wordsOf } from './mentions.ts';
import { findStatements, type FoundStatement } from './statements.ts';

/**
 * A name found in more articles than this (and than COMMON_NAME_SHARE of them) names no owner:
 * a regulator every filing cites, the wire service, a country half the set is about.
 */
const COMMON_NAME_MIN_ARTICLES = 5;
const COMMON_NAME_SHARE = 0.02;
/**
 * … and a name found in more articles than this names no owner however large the set (2% of
 * 5,000): a feed's recurring subjects (a market, a central bank) otherwise stayed "owners" as
 * the set grew, and every statement naming one was weighed against all their groups. Reuters,
 * all 19k articles: claims CPU 30 → 19 s, conflicts 41.4% → 38.5% of multi-article groups.
 */
const COMMON_NAME_MAX_ARTICLES = 100;

/** The most articles a name may be found in and still tell one owner from another. */
export function getCommonNameLimit(articles: number): number {
  return Math.min(COMMON_NAME_MAX_ARTICLES, Math.max(COMMON_NAME_MIN_ARTICLES, COMMON_NAME_SHARE * articles));
}

/**
 * Drop from each statement the names too common in the set to tell one owner from another. A list
 * many statements share (a sentence's names, an article's lead) stays one list, and one that
 * loses no name stays itself: a copy per statement was held through the whole grouping.
 */
function keepSalientNames(found: readonly FoundStatement[][]): void {
  const df = new Map<string, number>();
  for (const list of found) {
    for (const n of new Set(list.flatMap((s) => s.names))) df.set(n, (df.get(n) ?? 0) + 1);
  }
  const limit = getCommonNameLimit(found.length);
  const kept = new Map<string[], string[]>();
  for (const list of found)
    for (const s of list) {
      let names = kept.get(s.names);
      if (names === undefined) {
        const salient = s.names.filter((n) => df.get(n)! <= limit);
        names = salient.length === s.names.length ? s.names : salient;
        kept.set(s.names, names);
      }
      s.names = names;
    }
}

/** The affinity a statement needs to join a group none of whose articles is in its story. */
const OTHER_STORY_SCORE = 4;

/**
 * Two figures of different articles whose sentences both name someone, but nobody in common
 * ("Cyclops Corp" / "Wrather Corp"), belong to different owners. A sentence naming nobody ("the
 * company said") leaves it open.
 */
function ownersDiffer(a: FoundStatement, b: FoundStatement): boolean {
  if (a.statement.article === b.statement.article) return false;
  return a.names.length > 0 && b.names.length > 0 && shared(a.names, b.names) === 0;
}

/**
 * A group of statements with what `fits` asks of it kept as sets, so it need not walk the
 * members: the distinct date values, each article's one value. Most groups never get a second
 * member (a figure one article states), so a group of one is its member's number alone and the
 * sets start with the second: a group's two sets and two growable lists were most of what the
 * grouping held beside the statements (5,000 Reuters articles: 7.8 KB per article, 3.3 KB now; see
 * docs/memory.md). (Whether a group has a member of a story, the group index tells: see
 * `GroupIndex.isOfStory`.)
 */
interface Group {
  /** Each member's number (`WordKeys.of`, its index in `Grouping.statements`), in joining order. */
  members: number[];
  /** The distinct date values, once two members are in; else the one member's. */
  dateValues: Set<string> | null;
  /** Each article's first value, once two members are in; else the one member's. */
  valueOfArticle: Map<string, ClaimStatement['value']> | null;
}

/** Every statement grouped so far, by member number, and the groups. */
interface Grouping {
  statements: FoundStatement[];
  groups: Group[];
}

function join(grouping: Grouping, g: Group, member: number): void {
  const s = grouping.statements[member]!;
  if (g.members.length === 1) {
    const first = grouping.statements[g.members[0]!]!.statement;
    g.dateValues = new Set([String(first.value)]);
    g.valueOfArticle = new Map([[first.article, first.value]]);
  }
  g.members.push(member);
  if (g.dateValues === null || g.valueOfArticle === null) return;
  g.dateValues.add(String(s.statement.value));
  if (!g.valueOfArticle.has(s.statement.article))
    g.valueOfArticle.set(s.statement.article, s.statement.value);
}

/**
 * Whether `s` may join group `g` at all. Dates join only a group every member of which they fit
 * ("2025" is no conflict with "--08-15", but "2025-03" would be): a group of dates is one date.
 * A figure joins no group holding another figure of its own article: an article does not
 * contradict itself, so two values in one report are two quantities ("2.6 pct" and "9.4 pct").
 * (Members of one article in a group all have one value, since each joined through this test.)
 */
function fits(s: FoundStatement, g: Group, statements: readonly FoundStatement[]): boolean {
  const value = s.statement.value;
  // A figure of another period is another quantity: third-quarter profit is not nine-month profit;
  // nor is one of another owner: two reports that each name whose it is name the same one.
  for (const n of g.members) {
    const m = statements[n]!;
    if (!periodsFit(s.period, m.period) || ownersDiffer(s, m)) return false;
  }
  const first = statements[g.members[0]!]!.statement;
  if (s.kind === 'date') {
    const values = g.dateValues ?? [String(first.value)];
    return [...values].every((v) => datesCompatible(String(value), v));
  }
  if (g.valueOfArticle === null) return first.article !== s.statement.article || first.value === value;
  return !g.valueOfArticle.has(s.statement.article) || g.valueOfArticle.get(s.statement.article) === value;
}

/**
 * The claims of a set of articles, from the quotes already found in them (for speakers) and the
 * stories (a single-sourced figure lists the mentions of its subject in its story's other reports).
 * `found` (optional) holds each article's `findStatements`, in the order of `articles`, when a
 * caller read them already (the per-article part, on worker threads); grouping is corpus-wide.
 */
export function buildClaims(
  articles: readonly Article[],
  quotes: readonly Quote[],
  stories: readonly Story[] = [],
  found: FoundStatement[][] = findAllStatements(articles, quotes),
): Claim[] {
  keepSalientNames(found);
  const grouping: Grouping = { statements: [], groups: [] };
  const { statements, groups } = grouping;
  const index = new GroupIndex();
  const wordKeys = new WordKeys();
  const storyOf = new Map<string, string>();
  for (const st of stories) for (const a of st.articles) storyOf.set(a, st.id);
  articles.forEach((article, i) => {
    const story = storyOf.get(article.id);
    for (const s of found[i]!) {
      const member = wordKeys.of(s);
      statements.push(s);
      const bound = wordKeys.query(s);
      let best = -1;
      let bestScore = 0;
      // In creation order, as a scan of every group would meet them: the first best group wins.
      const listing = index.keysOf(s, story);
      for (const gi of index.candidates(listing)) {
        const g = groups[gi]!;
        const ofStory = index.isOfStory(gi);
        // The least score that can change the choice: above the best so far, and for a group of
        // another story at least OTHER_STORY_SCORE. Scores are whole numbers; a member whose
        // bound is below it is not scored, which leaves every choice as scoring all would.
        const needed = Math.max(bestScore + 1, ofStory ? 1 : OTHER_STORY_SCORE);
        let score = 0;
        for (const n of g.members) {
          const m = statements[n]!;
          const b = bound(m, n);
          if (mostAffinity(b) >= needed && mayHaveAffinity(s, b)) score = Math.max(score, affinity(s, m));
        }
        // Reports of another story need more in common: one shared word ("countries") is chance,
        // and someone both name as the quantity's owner (a company, a country).
        if (
          !ofStory &&
          (score < OTHER_STORY_SCORE || !g.members.some((n) => shared(s.names, statements[n]!.names) > 0))
        )
          score = 0;
        // `fits` walks every member, so it is asked only of a group that would win.
        if (score > bestScore && fits(s, g, statements)) [best, bestScore] = [gi, score];
      }
      if (best < 0) {
        best = groups.length;
        groups.push({ members: [member], dateValues: null, valueOfArticle: null });
      } else join(grouping, groups[best]!, member);
      index.add(listing, best);
    }
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Each article's stories, found once: asking every story per claim grew with the corpus squared.
  const storiesOf = new Map<string, Story[]>();
  for (const st of stories) for (const a of st.articles) storiesOf.set(a, [...(storiesOf.get(a) ?? []), st]);
  const matesOf = (article: string): Set<string> => storyMates(storiesOf.get(article) ?? [], article);
  const words = new MatesWords();
  return groups.map(({ members }, i) => {
    const g = members.map((n) => statements[n]!);
    return {
      id: `claim-${i + 1}`,
      subject: subjectOf(g),
      kind: g[0]!.kind,
      statements: [...g.map((s) => s.statement), ...mentionsFor(g, matesOf, byId, words)],
      agree: agreement(g),
    };
  });
}

/** Each article's statements, read with its own quotes. */
function findAllStatements(articles: readonly Article[], quotes: readonly Quote[]): FoundStatement[][] {
  // Each article with its own quotes: filtering all of the corpus's per article grew with its square.
  const quotesOf = quotesByArticle(quotes);
  return articles.map((a) => findStatements(a, quotesOf.get(a.id) ?? []));
}

/**
 * The words of the story mates' articles, kept for the articles read last: groups come in article
 * order, so the next single-sourced figures ask mostly of the same stories' articles, and each
 * article's words are read once while it is asked for rather than once per asking article. A
 * bounded number of articles' words is kept, so memory does not follow the corpus.
 */
class MatesWords {
  private readonly read = new Map<string, ArticleWords>();

  of(article: Article): ArticleWords {
    let read = this.read.get(article.id);
    if (read) {
      // Read again: it moves to the end of the map, the last to be dropped.
      this.read.delete(article.id);
    } else {
      const words = wordsOf(article);
      read = { words, keys: new Set(words.map((w) => wordKey(w.stem))) };
      if (this.read.size >= MATES_WORDS_ARTICLES) this.read.delete(this.read.keys().next().value!);
    }
    this.read.set(article.id, read);
    return read;
  }
}

/**
 * An article's words, and their keys (`wordKey`): a subject word can only be matched where its
 * key is, so an article lacking the keys of enough subject words has no mention of it.
 */
interface ArticleWords {
  words: Word[];
  keys: Set<string>;
}

/** Articles whose words `MatesWords` keeps: a few stories' worth. */
const MATES_WORDS_ARTICLES = 256;

/**
 * The groups a new statement may join, found through keys that select few groups whatever the
 * corpus size: a group of its own story, or one with a member naming an owner it names (a
 * group of another story needs one, see `buildClaims`). Keys carry the kind, and the unit where
 * a kind's values compare only in one unit, since a group holds one kind (and then one unit):
 * `affinity` is 0 across them. Keying on shared words instead made a common word ("company",
 * "pct") pull in a share of the whole corpus per statement, so grouping grew with its square
 * (20,000 Reuters articles: minutes).
 */
class GroupIndex {
  /**
   * Each key's number, by unit class, then story or owner name: a group keeps the numbers of its
   * keys, where one string per key and statement (unit, story or name joined) was kept per group.
   */
  private readonly ids = new Map<string, { story: Map<string, number>; name: Map<string, number> }>();
  private keys = 0;
  /** Key number → group numbers, each once (none yet: undefined). */
  private readonly byKey: (number[] | undefined)[] = [];
  /** Group number → the key numbers it is listed under, so a joining member adds it to a list once. */
  private readonly listedUnder: number[][] = [];
  /** Per group, the last query that listed it: each once without a set per query. */
  private listedAt = new Int32Array(1024);
  /** Per group, the last query that listed it under its story key (see `isOfStory`). */
  private storyListedAt = new Int32Array(1024);
  private queries = 0;

  /**
   * The numbers of the keys of a statement of `story`: its story's first, then one per owner name
   * (by `wordKey`, which `sameWord` names share), each key carrying its unit class (`unitClass`).
   * A new key is numbered as it is met.
   */
  keysOf(s: FoundStatement, story: string | undefined): number[] {
    const unit = unitClass(s);
    let ofUnit = this.ids.get(unit);
    if (ofUnit === undefined) this.ids.set(unit, (ofUnit = { story: new Map(), name: new Map() }));
    const numberOf = (map: Map<string, number>, key: string): number => {
      let n = map.get(key);
      if (n === undefined) map.set(key, (n = this.keys++));
      return n;
    };
    // Sized once: a new group keeps this list, and a list grown by `push` makes room for 17.
    const names = [...new Set(s.names.map(wordKey))];
    const keys = new Array<number>(names.length + 1);
    keys[0] = numberOf(ofUnit.story, story ?? '');
    names.forEach((name, i) => (keys[i + 1] = numberOf(ofUnit.name, name)));
    return keys;
  }

  /** Lists `group` under a joining statement's keys (`keysOf`, each once); a new group keeps `keys` as its list. */
  add(keys: number[], group: number): void {
    if (group >= this.listedAt.length) {
      const grow = (list: Int32Array): Int32Array<ArrayBuffer> => {
        const grown = new Int32Array(2 * list.length);
        grown.set(list);
        return grown;
      };
      this.listedAt = grow(this.listedAt);
      this.storyListedAt = grow(this.storyListedAt);
    }
    const listed = this.listedUnder[group];
    if (listed === undefined) this.listedUnder[group] = keys;
    for (const key of keys) {
      if (listed !== undefined) {
        if (listed.includes(key)) continue;
        listed.push(key);
      }
      // A list starts at its one group: most keys (a story's, a rare owner's) list few.
      const list = this.byKey[key];
      if (list) list.push(group);
      else this.byKey[key] = [group];
    }
  }

  /** Group numbers in ascending (creation) order, each once. */
  candidates(keys: readonly number[]): Int32Array {
    const query = ++this.queries;
    const out: number[] = [];
    for (const g of this.byKey[keys[0]!] ?? []) this.storyListedAt[g] = query;
    for (const key of keys)
      for (const g of this.byKey[key] ?? []) {
        if (this.listedAt[g] === query) continue;
        this.listedAt[g] = query;
        out.push(g);
      }
    return Int32Array.from(out).sort();
  }

  /**
   * Whether a group the last `candidates` listed has a member of the asking statement's story: it
   * is listed under the story key (`keysOf` puts it first) exactly then, since a group's
   * members share one unit class, the one its keys carry.
   */
  isOfStory(group: number): boolean {
    return this.storyListedAt[group] === this.queries;
  }
}

/**
 * Counts compare across near-synonym nouns and durations across time units, so neither keys on
 * its unit; every other kind groups one unit only.
 */
function unitClass(s: FoundStatement): string {
  return s.kind === 'count' || s.kind === 'duration' ? s.kind : `${s.kind} ${s.statement.unit}`;
}

/** Upper bounds of `shared(subject)` and `shared(context)` between two statements; same calendar day. */
interface SharedBound {
  subject: number;
  context: number;
  sameDay: boolean;
  /** The member has no subject words. */
  subjectless: boolean;
}

/** `list`, or a copy twice as long when `need` entries do not fit. */
function withRoom(list: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= list.length) return list;
  const grown = new Int32Array(Math.max(need, 2 * list.length));
  grown.set(list);
  return grown;
}

/**
 * Every group member's subject and clause word keys (`wordKey`) as numbers, each once, kept in
 * flat arrays by member number (`of` hands them out in joining order): subject keys from
 * `starts[n]`, clause keys from `splits[n]`, up to `starts[n + 1]`. A new statement bounds what
 * it can share with a member by a few look-ups, and `affinity` is computed only for members that
 * can pass its thresholds: one chance word in common is the usual case. Flat arrays, not a record
 * per member, since every member of every candidate group is read once per statement.
 */
class WordKeys {
  private readonly ids = new Map<string, number>();
  private keys = new Int32Array(4096);
  private starts = new Int32Array(1024);
  private splits = new Int32Array(1024);
  private subjectless = new Uint8Array(1024);
  private members = 0;
  /**
   * The asking statement's stems per key number, subject and clause apart: flat arrays indexed by
   * key, not maps, since every member of every candidate group reads them once per key it has.
   * Reset after each statement (see `query`), so only its own keys are ever non-zero.
   */
  private subjectStems = new Int32Array(256);
  private contextStems = new Int32Array(256);
  /** The key numbers the last statement counted: the only non-zero entries. */
  private readonly counted: number[] = [];

  private id(key: string): number {
    let n = this.ids.get(key);
    if (n === undefined) this.ids.set(key, (n = this.ids.size));
    return n;
  }

  /** Keeps a statement's keys as the next member; returns its member number. */
  of(s: FoundStatement): number {
    const subject = new Set(s.subject.map((stem) => this.id(wordKey(stem))));
    const context = new Set(s.context.map((stem) => this.id(wordKey(stem))));
    const n = this.members++;
    this.starts = withRoom(this.starts, n + 2);
    this.splits = withRoom(this.splits, n + 1);
    if (this.subjectless.length <= n) {
      const grown = new Uint8Array(2 * this.subjectless.length);
      grown.set(this.subjectless);
      this.subjectless = grown;
    }
    let at = this.starts[n]!;
    this.keys = withRoom(this.keys, at + subject.size + context.size);
    for (const id of subject) this.keys[at++] = id;
    this.splits[n] = at;
    for (const id of context) this.keys[at++] = id;
    this.starts[n + 1] = at;
    this.subjectless[n] = s.subject.length === 0 ? 1 : 0;
    return n;
  }

  /**
   * For a new statement, the bound of what it shares with member `n` (statement `m`): a stem of
   * it can only match a member's stem with the same key (see `sameWord`), so the number of its
   * stems behind each key the member has bounds the words `shared` counts, subject and clause
   * apart. The bound is valid until `query` is asked for the next statement.
   */
  query(s: FoundStatement): (m: FoundStatement, n: number) => SharedBound {
    for (const n of this.counted) this.subjectStems[n] = this.contextStems[n] = 0;
    this.counted.length = 0;
    if (this.subjectStems.length < this.ids.size) {
      const size = Math.max(this.ids.size, 2 * this.subjectStems.length);
      [this.subjectStems, this.contextStems] = [new Int32Array(size), new Int32Array(size)];
    }
    const [subjectStems, contextStems] = [this.subjectStems, this.contextStems];
    const count = (stems: readonly string[], into: Int32Array): void => {
      for (const stem of stems) {
        const n = this.ids.get(wordKey(stem));
        if (n === undefined) continue;
        into[n]!++;
        this.counted.push(n);
      }
    };
    count(s.subject, subjectStems);
    count(s.context, contextStems);
    const day = String(s.statement.value);
    const fullDay = s.kind === 'date' && day.length === FULL_DATE_CHARS;
    const { keys, starts, splits, subjectless } = this;
    // One bound object reused: it is read before the next member's is asked for.
    const b: SharedBound = { subject: 0, context: 0, sameDay: false, subjectless: false };
    return (m, n) => {
      let subject = 0;
      let context = 0;
      const split = splits[n]!;
      const end = starts[n + 1]!;
      for (let i = starts[n]!; i < split; i++) subject += subjectStems[keys[i]!]!;
      for (let i = split; i < end; i++) context += contextStems[keys[i]!]!;
      b.subject = subject;
      b.context = context;
      b.sameDay = fullDay && String(m.statement.value) === day;
      b.subjectless = subjectless[n] === 1;
      return b;
    };
  }
}

/**
 * The most `affinity` can be given the bounds: `sameQuantity` scores a figure by twice its subject
 * words and its clause words, a date by its clause words and 2 more on the same calendar day, and
 * `rewordedCount` by clause words alone.
 */
function mostAffinity(b: SharedBound): number {
  return 2 * b.subject + b.context + (b.sameDay ? 2 : 0);
}

/** Whether `affinity(s, m)` can be above 0 given the bounds: the thresholds of `sameQuantity` and `rewordedCount`. */
function mayHaveAffinity(s: FoundStatement, b: SharedBound): boolean {
  if (s.kind === 'date') return b.sameDay || b.context >= 2;
  if (s.kind === 'count') return (b.subject >= 1 && b.context >= 1) || b.context >= REWORDED_CONTEXT;
  if (s.subject.length === 0 && b.subjectless) return b.context >= 2;
  if (s.subject.length === 0 || b.subjectless) return b.context >= 3;
  return b.subject >= 2 || (b.subject >= 1 && b.context >= 1);
}

/** Figure-less mentions of a single-sourced figure's subject in the other reports of its story. */
function mentionsFor(
  g: readonly FoundStatement[],
  matesOf: (article: string) => Set<string>,
  byId: ReadonlyMap<string, Article>,
  words: MatesWords,
): ClaimStatement[] {
  const first = g[0]!;
  if (first.kind === 'date' || g.some((s) => s.statement.article !== first.statement.article)) return [];
  // findMentions finds nothing for a subject of one word, without reading the article.
  if (first.subject.length < 2) return [];
  const need = mentionNeed(first.subject);
  const out: ClaimStatement[] = [];
  for (const id of matesOf(first.statement.article)) {
    const article = byId.get(id);
    if (!article) continue;
    const read = words.of(article);
    if (first.subject.filter((stem) => read.keys.has(wordKey(stem))).length < need) continue;
    out.push(...findMentions(article, first.subject, sameWord, first.statement.unit, () => read.words));
  }
  return out;
}
