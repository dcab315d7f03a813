import type { Period } from '../analyze/claims/anchors.ts';
import type { KeyTerms } from '../analyze/positions/issues.ts';
import type { DatedClause } from '../analyze/timeline.ts';
import { makeInterner } from '../model/interner.ts';
import type { Quote } from '../model/quote.ts';
import type { QuotedSpan } from '../model/span.ts';
import type { ArticleStatements } from './article-passes.ts';

/**
 * The results of a pass that wait for a corpus stage (dated clauses, claims' figures, positions'
 * key terms), made smaller as each comes in. A message from a worker thread carries its own copy
 * of every string, so the same stem or word was held once per statement; here each distinct
 * string is kept once. Values that many statements have alike and nobody changes are shared:
 * the periods of figures (mostly none) and the flags of key-term runs. Every value stays equal,
 * in the same order, and the corpus stages only read them, so their results do not change.
 */
export interface ResultCompactor {
  /** `text` is the article's: a clause's text that is a part of it becomes a slice of it. */
  dated(clauses: DatedClause[], text?: string): DatedClause[];
  statements(read: ArticleStatements): ArticleStatements;
  /** `text` is the article's: a quote's text that is a part of it becomes a slice of it. */
  quotes(quotes: Quote[], text?: string): Quote[];
  keyTerms(terms: KeyTerms[]): KeyTerms[];
}

export function makeResultCompactor(): ResultCompactor {
  const intern = makeInterner();
  const internAll = <T extends string | null>(list: T[]): T[] => {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s !== null) list[i] = intern(s) as T;
    }
    return list;
  };
  const internSet = (set: Set<string>): Set<string> => new Set([...set].map(intern));
  const sharedPeriod = sharedBy((p: Period) => `${[...p.spans].join(' ')}|${[...p.years].join(' ')}`);
  const sharedFlags = sharedBy((list: boolean[]) => list.map((b) => (b ? '1' : '0')).join(''));
  // Lists of stems read, never changed in place: equal ones (a sentence's names for each of its
  // figures, a clause's words) are one list.
  const sharedStems = sharedBy((list: string[]) => list.join('\u0000'));

  return {
    dated(clauses, text) {
      for (const c of clauses) {
        c.date = intern(c.date);
        c.evidence.article = intern(c.evidence.article);
        if (text !== undefined) c.evidence.text = sliceOf(text, c.evidence);
        c.words = internSet(c.words);
      }
      return clauses;
    },
    statements(read) {
      for (const f of read.claimStatements) {
        const st = f.statement;
        st.article = intern(st.article);
        st.text = intern(st.text);
        st.unit = intern(st.unit);
        st.subject = intern(st.subject);
        if (typeof st.value === 'string') st.value = intern(st.value);
        if (st.hedge !== null) st.hedge = intern(st.hedge);
        if (st.speaker !== undefined) st.speaker = intern(st.speaker);
        f.kind = intern(f.kind) as typeof f.kind;
        f.subject = sharedStems(internAll(f.subject));
        f.context = sharedStems(internAll(f.context));
        f.names = sharedStems(internAll(f.names));
        f.period = sharedPeriod(f.period);
      }
      for (const reading of read.spanReadings.values())
        if (reading !== null) reading.stance = intern(reading.stance) as typeof reading.stance;
      return read;
    },
    quotes(quotes, text) {
      // Each quote's article, kind and rules came as copies of their own.
      for (const q of quotes) {
        if (text !== undefined) q.text = sliceOf(text, q);
        q.article = intern(q.article);
        q.kind = intern(q.kind) as typeof q.kind;
        q.rule = intern(q.rule);
        if (q.speakerRule !== null) q.speakerRule = intern(q.speakerRule);
        if (q.venue !== null) q.venue = intern(q.venue);
        if (typeof q.venueRule === 'string') q.venueRule = intern(q.venueRule);
        if (q.speaker !== null) {
          q.speaker.name = intern(q.speaker.name);
          if (q.speaker.entity !== null) q.speaker.entity = intern(q.speaker.entity);
        }
      }
      return quotes;
    },
    keyTerms(terms) {
      for (const k of terms) {
        k.terms = internSet(k.terms);
        k.names = internSet(k.names);
        k.words = new Map([...k.words].map(([t, w]) => [intern(t), intern(w)]));
        for (const run of k.runs) {
          internAll(run.stems);
          internAll(run.surface);
          run.classifying = sharedFlags(run.classifying);
          run.relational = sharedFlags(run.relational);
        }
      }
      return terms;
    },
  };
}

/**
 * A span's text as a slice of the article's text when it is that part of it: V8 keeps a slice of
 * 13 characters or more as a reference into its parent, which the articles keep anyway, where a
 * copy sent by a worker is a string of its own.
 */
function sliceOf(text: string, span: QuotedSpan): string {
  const part = text.slice(span.start, span.end);
  return part === span.text ? part : span.text;
}

/** The first value seen of each key, given for every later equal one (`keyOf` says which are equal). */
function sharedBy<T>(keyOf: (value: T) => string): (value: T) => T {
  const seen = new Map<string, T>();
  return (value) => {
    const key = keyOf(value);
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, value);
    return value;
  };
}
