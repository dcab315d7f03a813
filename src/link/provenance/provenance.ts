import type { Article } from '../../model/article.ts';
import { type Provenance, type Quote, quotesByArticle } from '../../model/quote.ts';
import type { Story } from '../../model/story.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { type Alignment, alignQuote, type CandidateSentence } from './alignment/align.ts';
import { diffAlignment } from './alignment/alignment-diff.ts';
import { withConfidence } from './verdict/confidence.ts';
import { isSameSpeaker, type PrimarySource, preparePrimary, speakerKey } from './primaries/primary-source.ts';
import type { SemanticScorer } from './primaries/semantic.ts';
import { type EventRelation, eventDateOf, eventOf, rankPrimaries } from './primaries/primary-choice.ts';
import {
  contextKeys,
  contextSimilarity,
  isNegatedLeadIn,
  isTranslatedQuote,
} from './primaries/quote-context.ts';
import { isRoleOnly, nameRoleByPrimary } from './primaries/role-speaker.ts';
import { nameCarriedByPrimary } from './primaries/carried-speaker.ts';
import { type Term, termize } from './terms.ts';
import { hasStandInRun, hasWordRun } from './alignment/word-run.ts';
import { judgeAlignment } from './verdict/verdict.ts';
import { judgeByMeaning } from './verdict/reported-speech.ts';

/**
 * Provenance: for each quote in a non-primary article of a story that has a primary source, find
 * the primary passage(s) it renders and judge how faithfully. Steps per quote:
 * 1. Gate: no primary in the story → `no_primary`; the primary article's own quotes are left alone.
 * 2. Speaker: restrict candidates to the primary turns of the quote's speaker when known.
 * 3. Retrieve candidate sentences from the primary's BM25 index (per quote sentence), with a prior
 *    from the report's surrounding words (a two-word fragment needs its context to find its passage).
 * 4. Align (align.ts), then judge (verdict.ts); every verdict carries its reasons.
 */

export interface ProvenanceOptions {
  /** Re-rank candidates with the Universal Sentence Encoder (async; see semantic.ts). */
  semantic?: boolean;
  /** A loaded scorer to use instead of loading one (tests, repeated runs). */
  scorer?: SemanticScorer;
}

/** Candidate sentences retrieved per quote sentence, before alignment re-ranks them. */
const CANDIDATES_PER_QUERY = 6;
/** A quote with fewer content words than this is a fragment: the report's context picks its passage. */
const FRAGMENT_MAX_WORDS = 6;
/** Prior weights (in content-word units) of the retrieval score, the report context and USE similarity. */
const PRIOR_RETRIEVAL = 0.2;
const PRIOR_CONTEXT = 0.6;
const PRIOR_SEMANTIC = 0.5;
/** Prior of a sentence giving a fragment's words as one run, light words too: above retrieval and context together. */
const PRIOR_WORD_RUN = 1;
/**
 * Prior of a sentence giving a fragment's words as one run with a figure or hedge changed in its
 * slot: it beats a lone shared word elsewhere, never the speaker's very run.
 */
const PRIOR_STAND_IN_RUN = 0.6;
/** Prior of a sentence in the credited speaker's own turns: it wins ties, not clear differences. */
const PRIOR_OWN_TURN = 0.3;
/**
 * A quote credited to someone the primary does not give the floor to is still judged when its words
 * align this well (the attribution is then likely wrong, not the words); else `no_primary`.
 */
const STRONG_ALIGNMENT = 0.85;
/** Coverage at which words credited to someone else in the primary's own story are still judged. */
const SAME_EVENT_MIN_COVERAGE = 0.6;
/** The attribution rule that credits a quote with no cue of its own to the last speaker. */
const CARRIED_OVER = 'speaker.carry-over';
/**
 * A quote in a report of another event is checked against a primary only when its words are found
 * there this well: the same speaker says similar things at different events, and a few shared words
 * ("common sense") are not the passage.
 */
const OTHER_EVENT_MIN_SCORE = 0.8;
/**
 * An unattributed quote is credited to the primary only on firmer evidence than an attributed one:
 * this coverage, and two content words matched unless every content word matched as itself.
 * ("a good idea" meeting one synonym in a transcript is not enough.)
 */
const UNATTRIBUTED_MIN_COVERAGE = 0.5;
const UNATTRIBUTED_MIN_CONTENT_MATCHES = 2;

interface Plan {
  quote: Quote;
  primary: PrimarySource;
  status: 'covered' | 'unknown' | 'not-covered';
  candidates: CandidateSentence[];
  leadNegated: boolean;
  translated: boolean;
  /** Whether the report tells the primary's event (see eventOf). */
  event: EventRelation;
  /** The primary is not the one of the report's own story: the verdict says so. */
  otherStory: boolean;
}

/** `alignment` and `threshold`: what the judgement was drawn on, for its confidence (confidence.ts). */
function noPrimary(reason: string, alignment: Alignment | null = null, threshold?: number): Provenance {
  const provenance = {
    verdict: 'no_primary' as const,
    primary: [],
    score: 0,
    added: [],
    dropped: [],
    substituted: [],
    reasons: [reason],
  };
  return withConfidence(alignment, provenance, threshold);
}

/**
 * A speaker named only by a role ("the president", "the vice president") is not evidence either
 * way: the attribution stage could not tie it to a person, so the primary's turns are searched as
 * for an unattributed quote.
 */

/**
 * Most of the primary's sentences stand in someone's turn (a transcript), so a sentence in no turn
 * is a question, a header or a caption. A speech whose speaker is not known line by line has few.
 */
const TURN_STRUCTURED_MIN_SHARE = 0.5;
function isTurnStructured(primary: PrimarySource): boolean {
  const inTurns = primary.sentences.filter((s) => s.speakers.size > 0).length;
  return inTurns >= TURN_STRUCTURED_MIN_SHARE * primary.sentences.length;
}

/**
 * The quote's sentences, and the passages an ellipsis joins ("rose by 12 percent … it remains below
 * the 2019 level"): each may render a sentence of its own, which the whole quote's words, dominated
 * by one part, would not retrieve.
 */
function quoteParts(text: string): string[] {
  const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
  return sentences.flatMap((s) => {
    const parts = s.split(ELLIPSIS).filter((p) => /\p{L}/u.test(p));
    return parts.length > 1 ? [s, ...parts] : [s];
  });
}

const ELLIPSIS = /…|\.\s?\.\s?\./;

function planQuote(
  quote: Quote,
  article: Article,
  primary: PrimarySource,
  sentencesOf: (a: Article) => { start: number; end: number }[],
  event: Plan['event'],
  otherStory: boolean,
): Plan {
  // A quote credited to one of the record's named askers (a hearing's member, a court's justice)
  // is looked for in that asker's turns: the record holds their questions, though it states none
  // of them as the primary's statements. Only in a report of the record's own story: the same
  // justices ask at the court's other hearings.
  const asker =
    !otherStory &&
    quote.speaker !== null &&
    !isRoleOnly(quote.speaker) &&
    !isSameSpeaker(quote.speaker, primary.speakers) &&
    isSameSpeaker(quote.speaker, primary.askers)
      ? speakerKey(quote.speaker.name)
      : null;
  const status: Plan['status'] =
    quote.speaker === null || isRoleOnly(quote.speaker) || primary.speakers.size === 0
      ? 'unknown'
      : isSameSpeaker(quote.speaker, primary.speakers) || asker !== null
        ? 'covered'
        : 'not-covered';
  const own = (i: number) =>
    quote.speaker !== null &&
    (asker !== null
      ? primary.sentences[i]!.asker === asker
      : isSameSpeaker(quote.speaker, primary.sentences[i]!.speakers));
  const hasOwn = status === 'covered' && primary.sentences.some((_, i) => own(i));
  // Unattributed quotes are looked for in the turns of the primary's speakers, not its questions.
  const anySpeaker = (i: number) => primary.sentences[i]!.speakers.size > 0;
  // Words the primary's officials did not say (a reporter reading out a third party's remark in a
  // question) are not the primary's: only speakers' turns are searched when the primary has turns.
  const allow = hasOwn ? own : isTurnStructured(primary) ? anySpeaker : undefined;
  const scores = new Map<number, number>();
  const queries = [quote.text, ...quoteParts(quote.text)];
  // The credited speaker's turns are searched first; every speaker's turns too, since a report may
  // credit words to the wrong official (the prior below still prefers the credited speaker's turns).
  const filters = hasOwn && primary.speakers.size > 1 ? [allow, anySpeaker] : [allow];
  for (const q of new Set(queries)) {
    for (const filter of filters) {
      for (const hit of primary.index.search(q, CANDIDATES_PER_QUERY, filter ? { allow: filter } : {})) {
        scores.set(hit.sentence, Math.max(scores.get(hit.sentence) ?? 0, hit.score));
      }
    }
  }
  const terms = termize(quote.text);
  const fragment = terms.filter((t) => !t.light).length < FRAGMENT_MAX_WORDS;
  const ctx = fragment ? contextKeys(article, quote, sentencesOf(article)) : [];
  const top = Math.max(1e-9, ...scores.values());
  const candidates = [...scores.keys()]
    .sort((a, b) => a - b)
    .map((i): CandidateSentence => {
      const s = primary.sentences[i]!;
      const prior =
        PRIOR_RETRIEVAL * (scores.get(i)! / top) +
        PRIOR_CONTEXT * contextSimilarity(primary, i, ctx) +
        (hasOwn && own(i) ? PRIOR_OWN_TURN : 0) +
        (fragment ? runPrior(s.terms, terms) : 0);
      return {
        article: primary.article.id,
        span: { start: s.start, end: s.end },
        terms: s.terms,
        prior,
        position: s.position,
      };
    });
  const leadNegated = isNegatedLeadIn(article.text, quote.start);
  const translated = isTranslatedQuote(article.text, quote.start);
  return { quote, primary, status, candidates, leadNegated, translated, event, otherStory };
}

/** A fragment's word-run prior in one sentence: its very words, or the same run with stand-ins. */
function runPrior(sentence: Term[], quote: Term[]): number {
  if (hasWordRun(sentence, quote)) return PRIOR_WORD_RUN;
  return hasStandInRun(sentence, quote) ? PRIOR_STAND_IN_RUN : 0;
}

function judgePlan(plan: Plan): Provenance {
  const { quote, primary, status, candidates } = plan;
  const text = primary.article.text;
  const terms = termize(quote.text);
  const starts = splitSentences(quote.text).map((s) => terms.findIndex((t) => t.start >= s.start));
  const alignment = alignQuote(terms, candidates, starts, quote.text);
  // "Unsupported" says the report put words in the speaker's mouth: only for a quote the report
  // credits to the speaker itself, not one credited by carrying the last speaker over.
  const mayBeUnsupported =
    status === 'covered' && plan.event !== 'other' && quote.speakerRule !== CARRIED_OVER;
  if (alignment === null) {
    return mayBeUnsupported
      ? withConfidence(null, { ...noPrimary('verdict.nothing-retrieved'), verdict: 'unsupported' })
      : noPrimary('provenance.nothing-aligns-and-speaker-not-in-primary');
  }
  if (plan.event === 'other' && alignment.score < OTHER_EVENT_MIN_SCORE) {
    return noPrimary(
      `provenance.report-of-another-event-and-weakly-aligned: ${alignment.score.toFixed(2)}`,
      alignment,
      OTHER_EVENT_MIN_SCORE,
    );
  }
  // In a report of the primary's own event, words that align firmly are the primary's whoever the
  // report credits ("citing a newspaper, he said it had …"): the attribution is the likelier error.
  const firmInSameEvent =
    plan.event === 'same' && isFirmAlignment(alignment) && alignment.coverage >= SAME_EVENT_MIN_COVERAGE;
  if (status === 'not-covered' && alignment.score < STRONG_ALIGNMENT && !firmInSameEvent) {
    return noPrimary(
      `provenance.speaker-not-in-primary: "${quote.speaker?.name ?? ''}"`,
      alignment,
      STRONG_ALIGNMENT,
    );
  }
  if (status === 'unknown' && !isFirmAlignment(alignment)) {
    return noPrimary(
      `provenance.unattributed-and-weakly-aligned: ${alignment.coverage.toFixed(2)}`,
      alignment,
      UNATTRIBUTED_MIN_COVERAGE,
    );
  }
  const diff = diffAlignment(alignment, quote.text, () => text);
  const judged = judgeAlignment({
    alignment,
    diff,
    quoteText: quote.text,
    primaryNumbers: primary.numbers,
    articleText: () => text,
    leadNegated: plan.leadNegated,
    translated: plan.translated,
  });
  // Someone the primary never gives the floor to, in a report of another event (or one the stories
  // put apart, with no date to tell): words that only resemble the primary's ("I know of no such case" beside "I know of none") are that
  // event's; only the primary's very words would say the report quotes it.
  if (
    status === 'not-covered' &&
    (plan.event === 'other' || (plan.otherStory && plan.event !== 'same')) &&
    judged.verdict !== 'verbatim'
  ) {
    return noPrimary(
      `provenance.speaker-not-in-primary-in-report-of-another-event: "${quote.speaker?.name ?? ''}"`,
      alignment,
    );
  }
  if (judged.verdict === 'unsupported' && !mayBeUnsupported) {
    return noPrimary(
      `provenance.nothing-aligns-and-${status === 'covered' ? 'report-of-another-event' : 'speaker-unknown'}: ${alignment.coverage.toFixed(2)}`,
      alignment,
    );
  }
  const supported = judged.verdict !== 'unsupported';
  return withConfidence(alignment, {
    verdict: judged.verdict,
    primary: supported ? diff.primary : [],
    score: Math.round(alignment.score * 1000) / 1000,
    added: diff.added,
    dropped: supported ? diff.dropped : [],
    substituted: supported ? diff.substituted : [],
    reasons: plan.otherStory
      ? [...judged.reasons, `provenance.primary-of-another-story: ${primary.article.id}`]
      : judged.reasons,
  });
}

function isFirmAlignment(alignment: Alignment): boolean {
  if (alignment.coverage < UNATTRIBUTED_MIN_COVERAGE) return false;
  const content = alignment.quote.flatMap((t, i) => (t.light ? [] : [i]));
  const matches = alignment.segments
    .flatMap((s) => [...s.support.values()])
    .filter((m) => !alignment.quote[m.q]!.light);
  const exact = matches.every((m) => m.kind === 'same' || m.kind === 'inflection');
  return matches.length >= UNATTRIBUTED_MIN_CONTENT_MATCHES || (exact && matches.length === content.length);
}

interface Prepared {
  plans: Plan[][];
  done: Map<string, Provenance>;
  /** The primary articles by id, and their own quotes (a role-only speaker is named from these). */
  primaries: ReadonlyMap<string, Article>;
  primaryQuotes: ReadonlyMap<string, Quote[]>;
  /** Every article by id: a carried-over quote's own sentence is read there. */
  reports: ReadonlyMap<string, Article>;
}

function prepare(quotes: Quote[], articles: Article[], stories: Story[]): Prepared {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentenceCache = new Map<string, { start: number; end: number }[]>();
  const sentencesOf = (a: Article) => {
    let s = sentenceCache.get(a.id);
    if (!s) {
      s = splitSentences(a.text);
      sentenceCache.set(a.id, s);
    }
    return s;
  };
  const storyOf = new Map<string, Story>();
  for (const story of stories)
    for (const a of story.articles) if (!storyOf.has(a) || story.primary) storyOf.set(a, story);
  const primaryIds = new Set(stories.flatMap((s) => (s.primary && byId.has(s.primary) ? [s.primary] : [])));
  const primaries = [...primaryIds].map((id) => preparePrimary(byId.get(id)!, quotes));
  const eventDates = new Map(
    [...primaryIds].map((id) => [id, eventDateOf(byId.get(id)!, storyOf.get(id), byId)] as const),
  );
  const plans: Plan[][] = [];
  const done = new Map<string, Provenance>();
  for (const quote of quotes) {
    const article = byId.get(quote.article);
    if (!article || primaryIds.has(quote.article)) continue;
    const story = storyOf.get(quote.article);
    const ranked = rankPrimaries(quote, story, primaries);
    if (ranked.length === 0) {
      done.set(quote.id, noPrimary('provenance.no-primary-in-the-set'));
      continue;
    }
    plans.push(
      ranked.map((primary) =>
        planQuote(
          quote,
          article,
          primary,
          sentencesOf,
          eventOf(story, primary.article, article, eventDates.get(primary.article.id) ?? null),
          story?.primary !== primary.article.id,
        ),
      ),
    );
  }
  return {
    plans,
    done,
    primaries: new Map([...primaryIds].map((id) => [id, byId.get(id)!])),
    primaryQuotes: quotesByArticle(quotes.filter((q) => primaryIds.has(q.article))),
    reports: byId,
  };
}

/**
 * The judgement against the primary that supports the quote best: a verdict with support beats
 * `unsupported`, which beats `no_primary`; among equals the higher alignment score (the quote's own
 * story's primary first on a tie).
 */
function judgeBest(plans: Plan[]): Provenance {
  const rank = (p: Provenance) => (p.verdict === 'no_primary' ? 0 : p.verdict === 'unsupported' ? 1 : 2);
  let best: Provenance | null = null;
  for (const plan of plans) {
    const judged = judgePlan(plan);
    if (!best || rank(judged) > rank(best) || (rank(judged) === rank(best) && judged.score > best.score))
      best = judged;
  }
  return best!;
}

function finish(quotes: Quote[], prepared: Prepared): Quote[] {
  for (const plans of prepared.plans) prepared.done.set(plans[0]!.quote.id, judgeBest(plans));
  return quotes.map((q) => {
    const judged = prepared.done.get(q.id);
    if (!judged) return q;
    const provenance = judgeByMeaning(q, judged);
    const primary = prepared.primaries.get(provenance.primary[0]?.article ?? '');
    const own = primary ? (prepared.primaryQuotes.get(primary.id) ?? []) : [];
    const named = primary ? nameRoleByPrimary(q, provenance, primary, own) : null;
    if (named) return { ...q, speaker: named, speakerRule: ROLE_NAMED_BY_PRIMARY, provenance };
    const carried = primary
      ? nameCarriedByPrimary(q, provenance, primary, own, prepared.reports.get(q.article))
      : null;
    return carried
      ? { ...q, speaker: carried, speakerRule: CARRIED_NAMED_BY_PRIMARY, provenance }
      : { ...q, provenance };
  });
}

/** The rule that gives a carried-over quote to the primary's speaker its own sentence names. */
const CARRIED_NAMED_BY_PRIMARY = 'speaker.carried-named-by-primary';

/** The rule that names a role-only speaker by the primary the quote's words are found in. */
const ROLE_NAMED_BY_PRIMARY = 'speaker.role-named-by-primary';

/** Add USE similarity to each candidate's prior (a handful of sentences per quote). */
async function addSemanticPriors(plans: Plan[][], scorer: SemanticScorer): Promise<void> {
  for (const plan of plans.flat()) {
    if (plan.candidates.length < 2) continue;
    const text = plan.primary.article.text;
    const sims = await scorer.similarities(
      plan.quote.text,
      plan.candidates.map((c) => text.slice(c.span.start, c.span.end)),
    );
    plan.candidates.forEach((c, i) => {
      c.prior += PRIOR_SEMANTIC * Math.max(0, sims[i] ?? 0);
    });
  }
}

/**
 * Attach `provenance` to every quote of a non-primary article (see the file comment). Lexical,
 * synchronous and deterministic. The semantic re-ranker is asynchronous (the encoder runs in
 * tfjs), so `{semantic: true}` needs attachProvenanceAsync; asking this function for it is a
 * programmer error and throws rather than silently running lexical.
 */
export function attachProvenance(
  quotes: Quote[],
  articles: Article[],
  stories: Story[],
  options: ProvenanceOptions = {},
): Quote[] {
  if (options.semantic) {
    throw new Error('attachProvenance: semantic re-ranking is asynchronous; call attachProvenanceAsync');
  }
  return finish(quotes, prepare(quotes, articles, stories));
}

/** As attachProvenance; with `{semantic: true}` candidates are re-ranked with the sentence encoder. */
export async function attachProvenanceAsync(
  quotes: Quote[],
  articles: Article[],
  stories: Story[],
  options: ProvenanceOptions = {},
): Promise<Quote[]> {
  const prepared = prepare(quotes, articles, stories);
  if (options.semantic) {
    const { loadSemanticScorer } = await import('./primaries/semantic.ts');
    const scorer = options.scorer ?? (await loadSemanticScorer());
    await addSemanticPriors(prepared.plans, scorer);
  }
  return finish(quotes, prepared);
}
