import { FINITE_AUXILIARIES } from '../../../nlp/lexicons/function-words.ts';
import type { SegmentAlignment } from '../alignment/align.ts';
import { type Term, termize } from '../terms.ts';
import { WITHHOLDING_VERBS } from '../../../nlp/lexicons/conditions.ts';
import { isTimeNoun } from '../../../nlp/wordnet/time-nouns.ts';
import { isFigureWord } from './09-focus-and-approximation.ts';
import { hasEllipsis, isSentenceCapital, quoteTermsOf, type Rule, textOf, windowRangeOf } from './rule.ts';

/**
 * The quantifiers of the quote against those of the passage it renders: one of another rank put in
 * ("most of our allies" → "all of our allies"), one dropped ("virtually all" → "all") or one added
 * ("farmers" → "all farmers"). The passage is the aligned region widened by as many words as the
 * quote has before its first and after its last match, so a quantifier the report swapped at the
 * very start of the quote is still compared.
 */
export const scopeChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const quote = quoteTermsOf(seg, alignment.quote);
    const q = quote.filter(
      (t, i) =>
        t.scope !== null &&
        (quote[i + 1]?.num ?? null) === null &&
        !SPAN_OPENERS.has(quote[i - 1]?.norm ?? ''),
    );
    const window = renderedOf(seg);
    const p = window.filter((t, i) => t.scope !== null && (window[i + 1]?.num ?? null) === null);
    // The same word matched where the passage reads it otherwise ("the most productive" is a
    // superlative; a quote opening on "most productive" lost only the article) is no swap.
    const sameWord = new Set(
      [...seg.support.values()]
        .filter((m) => seg.candidate.terms[m.p]?.norm === alignment.quote[m.q]?.norm)
        .map((m) => m.q),
    );
    // A quantifier matched, as a WordNet synonym, to a word of the passage that quantifies nothing
    // and negates nothing ("the complete set" → "the entire set") says what that word said ("not" →
    // "none" is a quantifier, not a synonym).
    const synonymOfPlainWord = new Set(
      [...seg.support.values()]
        .filter((m) => {
          const said = seg.candidate.terms[m.p];
          return m.kind === 'synonym' && said !== undefined && said.scope === null && !said.neg;
        })
        .map((m) => m.q),
    );
    // Each quantifier of the passage vouches for one of the quote: "are always logged … for
    // night shifts" holds one universal, "are always logged … for all night shifts" two,
    // and the second is a quantifier the report added.
    const vouchers = new Map<number, number>();
    for (const x of p) vouchers.set(x.scope!, (vouchers.get(x.scope!) ?? 0) + 1);
    if (hasNegatedAny(window) && !hasIndefinite(quote))
      vouchers.set(NONE_RANK, (vouchers.get(NONE_RANK) ?? 0) + 1);
    const vouched = (t: Term): boolean => {
      const left = vouchers.get(t.scope!) ?? 0;
      if (left > 0) vouchers.set(t.scope!, left - 1);
      return left > 0;
    };
    const own = (t: Term): boolean =>
      sameWord.has(alignment.quote.indexOf(t)) || synonymOfPlainWord.has(alignment.quote.indexOf(t));
    // The quote's own words matched as said take their passage word first.
    for (const t of q) if (sameWord.has(alignment.quote.indexOf(t))) vouched(t);
    const unmatched = q.filter((t) => !own(t) && !vouched(t));
    const lost = diff.unmatchedPrimary.get(seg) ?? new Set<number>();
    const terms = seg.candidate.terms;
    // A quantifier right before the quote's first word counts the noun the quote opens on ("Most
    // schools will reopen" → "Schools will reopen", "Some of our allies" → "Our allies"): the quote
    // states it of all of them.
    // An article the report put before that noun ("A couple of ministers" → "The ministers") does
    // not count it.
    // A quantifier set off by punctuation ("above all: no country …") ends its own phrase.
    const opening =
      seg.from === 0 &&
      seg.regionFrom > 0 &&
      opensOnRegion(seg, alignment.quote) &&
      !punctuatedBeforeRegion(seg, articleText(seg.candidate.article))
        ? [quantifierBefore(seg)]
        : [];
    const dropped = [...lost, ...opening].filter(
      (i) =>
        terms[i]!.scope !== null &&
        !q.some((t) => t.scope === terms[i]!.scope) &&
        !(terms[i]!.scope === NONE_RANK && hasNegatedAny(quote) && !hasIndefinite(window)) &&
        terms[i]!.norm !== 'certain' &&
        isQuantifying(seg, i) &&
        !isUniversalOfDefinite(terms, i),
    );
    const swapped = unmatched.filter(
      (t) =>
        !(t.scope === ALL_RANK && p.length === 0 && countsDefiniteNoun(seg, alignment.quote, t)) &&
        !isRateUnit(seg, alignment.quote, t) &&
        !isFloatedFromSubject(seg, alignment.quote, t, articleText(seg.candidate.article)),
    );
    // A share cut before the noun it took its part of ("half of the budget" → "the budget"): the
    // quote now speaks of the whole. Not where the quote gives a share or figure of its own.
    const openingShare = opening.length > 0 ? [shareBefore(seg)] : [];
    const keepsShare = quote.some((t) => isShareTerm(t) || t.num !== null);
    const droppedShares = keepsShare
      ? []
      : [...lost, ...openingShare].filter((i) => i >= 0 && isShareTerm(terms[i]!) && isQuantifying(seg, i));
    dropped.push(...droppedShares.filter((i) => !dropped.includes(i)));
    const narrowing = hasEllipsis(quoteText)
      ? null
      : restrictorCut(seg, lost, articleText(seg.candidate.article));
    const adjunct = hasEllipsis(quoteText) ? null : restrictingAdjunctCut(seg, lost);
    if (adjunct !== null) {
      out.push(`verdict.scope-changed: "${adjunct}" left out (the claim now holds in every case)`);
      continue;
    }
    if (narrowing !== null) {
      out.push(
        `verdict.scope-changed: "${narrowing.said}" → "${narrowing.reported}" (the words that narrowed it left out)`,
      );
      continue;
    }
    if (swapped.length === 0 && dropped.length === 0) continue;
    const before = [...p.map((t) => t.norm), ...dropped.map((i) => terms[i]!.norm)];
    const after = swapped.map((t) => textOf(quoteText, t));
    out.push(
      `verdict.scope-changed: "${[...new Set(before)].join(', ') || '—'}" → "${after.join(', ') || '—'}"`,
    );
  }
  return out;
};

/** Nouns of occasion a prepositional adjunct restricts a claim to ("in the worst cases"). */
const OCCASION_NOUNS = new Set(['cases', 'circumstances', 'instances', 'situations', 'occasions']);
/** The most words between the preposition and the noun of such an adjunct ("in the very worst cases"). */
const ADJUNCT_MAX_TERMS = 4;

/**
 * A restricting adjunct cut from inside the quote ("a fine and, in the worst cases, a ban" → "a
 * fine and a ban"): "in" + a noun of occasion names the
 * cases the claim holds in; without it the claim holds in all of them. The whole adjunct is left
 * out between matched words, with no ellipsis (an open cut is the reader's to see).
 */
function restrictingAdjunctCut(seg: SegmentAlignment, lost: ReadonlySet<number>): string | null {
  const terms = seg.candidate.terms;
  const matched = [...seg.support.values()].map((m) => m.p);
  const first = Math.min(...matched);
  const last = Math.max(...matched);
  for (let i = first + 1; i < last; i++) {
    if (terms[i]!.norm !== 'in' || !lost.has(i)) continue;
    for (let j = i + 1; j <= Math.min(last - 1, i + ADJUNCT_MAX_TERMS + 1); j++) {
      if (!lost.has(j)) break;
      if (OCCASION_NOUNS.has(terms[j]!.norm))
        return terms
          .slice(i, j + 1)
          .map((t) => t.norm)
          .join(' ');
    }
  }
  return null;
}

/*
 * "certain" left out is no quantifier dropped: it marks the members as ones the speaker has in mind
 * ("certain obstacles have emerged"), and the bare plural left ("obstacles have emerged") still
 * says some did. Only put against another quantifier ("certain" → "all") does it count.
 */

/** The rank of "none", "nobody", "nothing". */
const NONE_RANK = 0;
/** The indefinites a negation before them makes "none" of ("not … any" = "none", "not … anyone" = "nobody"). */
const NEGATIVE_POLARITY_INDEFINITES = new Set(['any', 'anyone', 'anybody', 'anything']);

/**
 * A negation with an indefinite after it in its clause ("will not close any of the schools"): the
 * negated existential, which "none"/"no" says in one word ("will close none of the schools").
 */
function hasNegatedAny(terms: readonly Term[]): boolean {
  return terms.some(
    (t, i) =>
      NEGATIVE_POLARITY_INDEFINITES.has(t.norm) &&
      terms.slice(0, i).some((n) => n.neg && n.clause === t.clause),
  );
}

/**
 * An "any" word on the side that says "none": the two are not one negated existential said two
 * ways ("many of them don't have any relevance" → "none of them have any relevance" keeps "any" and
 * puts "none" where "many" stood).
 */
function hasIndefinite(terms: readonly Term[]): boolean {
  return terms.some((t) => NEGATIVE_POLARITY_INDEFINITES.has(t.norm));
}

/** Modifiers that stress a universal rather than narrow what it counts ("every single day"). */
const EMPHATIC_MODIFIERS = new Set(['single', 'last', 'possible', 'conceivable', 'imaginable']);
/** The most words a cut restrictor is taken to span ("every border crossing" → "every crossing"). */
const RESTRICTOR_MAX_TERMS = 3;

/**
 * A universal keeps its word but loses what narrowed the set it counts: "every border crossing"
 * → "every crossing", "all the coastal towns" → "all the towns". What holds of every member of a set does
 * not hold of every member of a wider one, so cutting a restrictive modifier between the quantifier
 * (past "of the") and its noun widens the claim. Words set off by punctuation, figures (the number
 * rules read them) and emphatic modifiers ("every single") are no such restriction; an open cut
 * ("every … race") is the reader's to see, as for the silent cuts of verdict/11-silent-cut.ts.
 */
function restrictorCut(
  seg: SegmentAlignment,
  lost: ReadonlySet<number>,
  primaryText: string,
): { said: string; reported: string } | null {
  const terms = seg.candidate.terms;
  const anchors = seg.anchors;
  for (let k = 0; k < anchors.length; k++) {
    if (terms[anchors[k]!.p]!.scope !== ALL_RANK || anchors[k]!.kind !== 'same') continue;
    let j = k;
    while (
      anchors[j + 1] &&
      anchors[j + 1]!.q === anchors[j]!.q + 1 &&
      anchors[j + 1]!.p === anchors[j]!.p + 1 &&
      PARTITIVE_WORDS.has(terms[anchors[j + 1]!.p]!.norm)
    )
      j++;
    const x = anchors[j]!;
    const y = anchors[j + 1];
    if (!y || y.q !== x.q + 1 || y.p <= x.p + 1 || y.p - x.p - 1 > RESTRICTOR_MAX_TERMS) continue;
    const cut = terms.slice(x.p + 1, y.p);
    if (cut.some((t, i) => !lost.has(x.p + 1 + i) || t.num !== null || t.scope !== null)) continue;
    if (!cut.some((t) => !t.light && t.grade === 0 && !EMPHATIC_MODIFIERS.has(t.norm))) continue;
    if (/[,;:.!?()\u2014\u2013]/.test(primaryText.slice(terms[x.p]!.end, terms[y.p]!.start))) continue;
    const from = terms[anchors[k]!.p]!.start;
    return {
      said: primaryText.slice(from, terms[y.p]!.end),
      reported: [...terms.slice(anchors[k]!.p, x.p + 1), terms[y.p]!].map((t) => t.norm).join(' '),
    };
  }
  return null;
}

/**
 * "All of the schools will reopen" → "The schools will all reopen": a quantifier floated off its
 * noun to stand after the auxiliary or the subject pronoun ("will all", "they both") still counts
 * the subject, so it is no swap when the passage counted that subject with one of the same rank,
 * before the region in the same sentence. Only a floated quantifier: one before a noun counts that
 * noun, which the window already compares.
 */
function isFloatedFromSubject(
  seg: SegmentAlignment,
  quote: readonly Term[],
  quantifier: Term,
  primaryText: string,
): boolean {
  const i = quote.indexOf(quantifier);
  const before = quote[i - 1];
  const after = quote[i + 1];
  if (!before || !after || PARTITIVE_WORDS.has(after.norm) || after.scope !== null) return false;
  if (!FLOAT_HOSTS.has(before.norm)) return false;
  const terms = seg.candidate.terms;
  for (let j = seg.regionFrom - 1; j >= 0; j--) {
    if (/[.!?;]/.test(primaryText.slice(terms[j]!.end, terms[j + 1]!.start))) return false;
    if (terms[j]!.scope === quantifier.scope) return true;
  }
  return false;
}

/** Words a quantifier floats after: an auxiliary or copula ("will all"), a subject pronoun ("we both"). */
const FLOAT_HOSTS = new Set(
  'is are was were be been will would shall should can could may might must has have had do does did we you they'.split(
    ' ',
  ),
);

/** Words after which a quantifier measures a span or a rank ("the next few weeks"). */
const SPAN_OPENERS = new Set(['next', 'last', 'past', 'first', 'coming', 'previous', 'final']);

/** The universal rank: "all", "every", "each". */
const ALL_RANK = 6;
/** Words between a quantifier and the noun it counts ("most of the people", "many of our allies"). */
const PARTITIVE_WORDS = new Set(['of', 'the', 'our', 'their', 'these', 'those', 'its', 'your', 'his', 'her']);

/**
 * A left-out quantifier narrowed a noun the report kept ("most farmers" → "farmers", "virtually all"
 * → "all"): the next word after it, past "of the", is one the quote renders. One that stood for a
 * phrase the report dropped whole ("most of them inherited …") leaves nothing it counted behind.
 */
function isQuantifying(seg: SegmentAlignment, i: number): boolean {
  const terms = seg.candidate.terms;
  // "the next few months", "the first few days": a stretch of time or a rank, not a share of a set.
  if (SPAN_OPENERS.has(terms[i - 1]?.norm ?? '')) return false;
  // "nearly 2,000", "nearly tripled" bound a figure: the number rules read it.
  const next = terms[i + 1];
  if (next && (next.num !== null || isFigureWord(next))) return false;
  let j = i + 1;
  while (j < terms.length && PARTITIVE_WORDS.has(terms[j]!.norm)) j++;
  const matched = new Set([...seg.support.values()].map((m) => m.p));
  if (j < terms.length && isPartitiveOfAntecedent(terms, i, j, matched)) return true;
  // A plural pronoun the quote keeps is the set itself ("the majority of those who marched" →
  // "those who marched"), as a noun is.
  for (let k = i + 1; k < j; k++) if (matched.has(k) && ANAPHORIC_PLURALS.has(terms[k]!.norm)) return true;
  return j < terms.length && matched.has(j) && (!terms[j]!.light || terms[j]!.scope !== null);
}

/** Plural pronouns a partitive takes its part of, pointing back at a noun said before. */
const ANAPHORIC_PLURALS = new Set(['them', 'those', 'these']);

/**
 * "some of them" after a noun the quote keeps ("the volunteers have been wonderful, but some of
 * them are tiring" → "the volunteers are tiring"): the pronoun stands for that noun, so the
 * partitive counts it though the pronoun itself is no quote word. Only after "of", only where a
 * quote word is matched before the quantifier (the antecedent the quote now speaks of whole), and
 * only where the partitive is the subject of a finite clause of its own (a finite auxiliary right
 * after it): a partitive in an appended phrase without a verb ("several faults, most of them
 * left by the contractor") describes the noun's members in passing, and a loose rendering may fold it in.
 */
function isPartitiveOfAntecedent(
  terms: readonly Term[],
  i: number,
  j: number,
  matched: ReadonlySet<number>,
): boolean {
  if (j === i + 1 || terms[j - 1]!.norm !== 'of' || !ANAPHORIC_PLURALS.has(terms[j]!.norm)) return false;
  if (!FINITE_AUXILIARIES.has(terms[j + 1]?.norm ?? '')) return false;
  return !matched.has(j) && [...matched].some((p) => p < i);
}

/** The quote's first word the passage supports is its first, or only articles stand before it. */
function opensOnRegion(seg: SegmentAlignment, quote: readonly Term[]): boolean {
  let i = seg.from;
  while (i < seg.to && !seg.support.has(i) && DEFINITE_WORDS.has(quote[i]!.norm)) i++;
  return seg.support.has(i);
}

/**
 * A share of a whole, other than a quantifier: a fraction ("half", "a third", "two thirds", "a
 * quarter") or a ratio ("one in five"), read as a figure or a word.
 */
function isShareTerm(t: Term): boolean {
  if (t.scope !== null) return false;
  return (
    /(?:^|\s)(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/.test(t.norm) ||
    / (?:in|out of) /.test(t.norm)
  );
}

/** The share before the region, past partitive words ("half of the …"), or -1. */
function shareBefore(seg: SegmentAlignment): number {
  const terms = seg.candidate.terms;
  let j = seg.regionFrom - 1;
  while (j > 0 && !isShareTerm(terms[j]!) && PARTITIVE_WORDS.has(terms[j]!.norm)) j--;
  return j >= 0 && isShareTerm(terms[j]!) ? j : -1;
}

/** Punctuation between the region's first word and the word before it: a phrase ended there. */
function punctuatedBeforeRegion(seg: SegmentAlignment, primaryText: string): boolean {
  const terms = seg.candidate.terms;
  const before = terms[seg.regionFrom - 1]!;
  return /[.,;:!?\u2014\u2013()]/.test(primaryText.slice(before.end, terms[seg.regionFrom]!.start));
}

/** The term before the region, past partitive words ("some of our …"): a quantifier there counts it. */
function quantifierBefore(seg: SegmentAlignment): number {
  const terms = seg.candidate.terms;
  let j = seg.regionFrom - 1;
  while (j > 0 && terms[j]!.scope === null && PARTITIVE_WORDS.has(terms[j]!.norm)) j--;
  return terms[j]!.scope !== null ? j : seg.regionFrom - 1;
}

/**
 * "the details" already means all of them: "every detail" in its place widens nothing. The noun the
 * quantifier counts (the next content word of the quote, past "of the") renders a passage word
 * that stood after "the" (or "these", "those"); a "the" elsewhere in the passage says nothing.
 */
function countsDefiniteNoun(seg: SegmentAlignment, quote: readonly Term[], quantifier: Term): boolean {
  let i = quote.indexOf(quantifier) + 1;
  while (i < seg.to && (PARTITIVE_WORDS.has(quote[i]!.norm) || quote[i]!.light)) i++;
  const m = seg.support.get(i);
  if (!m) return false;
  const terms = seg.candidate.terms;
  for (let j = m.p - 1; j >= Math.max(0, m.p - 3); j--) {
    const w = terms[j]!.norm;
    // "half of the ships", "one of the ships": the passage spoke of a part of them.
    if (DEFINITE_WORDS.has(w)) return terms[j - 1]?.norm !== 'of';
    if (!terms[j]!.light) return false;
  }
  return false;
}

const DEFINITE_WORDS = new Set(['the', 'these', 'those']);

/**
 * "each" or "every" before the noun of a rate where the passage has "per" before that noun ("a
 * grant per tonne" → "… for each tonne"), or "a" before a unit of time right after what is counted
 * ("nine thousand parcels a day" → "… each day"): the universal is the rate's distributive, the
 * same share of each unit, and widens nothing. "a school" → "every school" is no rate, nor is
 * "within a week" → "within each week".
 */
function isRateUnit(seg: SegmentAlignment, quote: readonly Term[], quantifier: Term): boolean {
  if (!DISTRIBUTIVES.has(quantifier.norm)) return false;
  const m = seg.support.get(quote.indexOf(quantifier) + 1);
  if (!m) return false;
  const terms = seg.candidate.terms;
  const article = terms[m.p - 1]?.norm ?? '';
  if (article === 'per') return true;
  const counted = terms[m.p - 2];
  return article === 'a' && counted !== undefined && !counted.light && isTimeNoun(terms[m.p]!.norm);
}

const DISTRIBUTIVES = new Set(['each', 'every']);

/**
 * "the whole region", "all of the schools": a definite noun already means all of it, so cutting
 * the universal ("the region", "the schools") narrows nothing, as adding one widens nothing.
 */
function isUniversalOfDefinite(terms: readonly Term[], i: number): boolean {
  if (terms[i]!.scope !== ALL_RANK) return false;
  const next = terms[i + 1]?.norm === 'of' ? terms[i + 2] : terms[i + 1];
  return DEFINITE_WORDS.has(terms[i - 1]?.norm ?? '') || DEFINITE_WORDS.has(next?.norm ?? '');
}

/**
 * A condition dropped from within the quote: the passage it renders holds more condition cues ("if",
 * "unless", "pending") than the quote, and the words of the condition are among those left out.
 */
export const conditionDropped: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const out: string[] = [];
  alignment.segments.forEach((seg, k) => {
    const reworded = diff.reworded.get(seg) ?? new Set<number>();
    const lost = new Set([...(diff.unmatchedPrimary.get(seg) ?? [])].filter((p) => !reworded.has(p)));
    // Between two quoted passages the words the report skipped are inside the quote too: the opening
    // of the later passage's sentence ("If he is a respectable person, he will not") counts.
    // A paragraph break in the quote is where one quoted paragraph ends and the next begins.
    const previous = alignment.segments[k - 1];
    const between = previous
      ? quoteText.slice(alignment.quote[previous.to - 1]!.end, alignment.quote[seg.from]!.start)
      : '';
    if (previous && previous.candidate.position < seg.candidate.position && !/\n\s*\n/.test(between))
      for (let p = 0; p < seg.regionFrom; p++) lost.add(p);
    const terms = seg.candidate.terms;
    // A quote sentence made whole where its source sentence went on to a condition, or opened on one.
    for (const p of conditionAroundSentence(seg, k, alignment.segments.length, quoteText, alignment.quote))
      lost.add(p);
    // A quote that keeps a condition of its own ("only as long as") kept the condition, however worded.
    // A "when" clause of a general statement states a condition too ("when the field is level"), and
    // a quote that keeps "until" keeps the bound of its negation.
    if (
      quoteTermsOf(seg, alignment.quote).some(
        (t) => t.condition || t.norm === 'when' || t.norm === 'whenever' || t.norm === 'until',
      )
    )
      return;
    const at = [...lost].sort((a, b) => a - b).find((p) => isConditionCue(terms, p));
    // The rest of the earlier passage's sentence, after its last quoted word, is cut off behind an
    // ellipsis as well ("we have grounded two pilots, pending the flight-recorder review. Nobody
    // else …" → "we have grounded two pilots … Nobody else …").
    const tail = previous && !/\n\s*\n/.test(between) ? conditionAfter(previous, seg) : null;
    if (at === undefined && tail !== null) {
      out.push(`verdict.condition-dropped: "${tail}" left out of the report`);
      return;
    }
    if (at === undefined) return;
    let end = at;
    while (end + 1 < terms.length && lost.has(end + 1)) end++;
    const text = articleText(seg.candidate.article).slice(terms[at]!.start, terms[end]!.end);
    out.push(`verdict.condition-dropped: "${text}" left out of the report`);
  });
  return out;
};

/**
 * A condition in the words the report skipped after an earlier quoted passage's last word: to the
 * later passage's first word where both are of one sentence, else to the earlier sentence's end.
 */
function conditionAfter(previous: SegmentAlignment, seg: SegmentAlignment): string | null {
  const terms = previous.candidate.terms;
  const end = previous.candidate === seg.candidate ? seg.regionFrom : terms.length;
  for (let p = previous.regionTo; p < end; p++) {
    if (!isConditionCue(terms, p)) continue;
    let last = p;
    while (last + 1 < end && terms[last + 1]!.clause === terms[p]!.clause) last++;
    return `${terms
      .slice(p, last + 1)
      .map((t) => t.norm)
      .join(' ')}`;
  }
  return null;
}

/**
 * The terms of a condition the report cut at the edge of a quote it presents as a whole sentence:
 * the quote ends on a full stop where its source sentence went on, right after the last quoted
 * word, with a condition ("We will lower the tax provided that …" → "We will lower the tax."), or
 * the quote opens capitalised, or on an ellipsis, where its source sentence opened on a condition
 * clause ("Assuming the weather holds, the launch is on Friday." → "The launch is on Friday."). A
 * lower-case fragment, or one left open, keeps no such claim and is exempt.
 */
function conditionAroundSentence(
  seg: SegmentAlignment,
  k: number,
  segments: number,
  quoteText: string,
  quote: readonly Term[],
): number[] {
  const terms = seg.candidate.terms;
  const out: number[] = [];
  const last = quote[seg.to - 1];
  // A whole sentence: capitalised and closed (a lower-case fragment may carry the sentence's full
  // stop inside its closing mark, as American style prints it).
  const whole = /^\s*["“‘']?\p{Lu}/u.test(quoteText);
  const closes =
    whole &&
    k === segments - 1 &&
    last !== undefined &&
    /^[\s"”’']*[.!?]["”’']*\s*$/u.test(quoteText.slice(last.end));
  if (closes) {
    let j = seg.regionTo;
    while (j < terms.length && (terms[j]!.light || restrictsCondition(terms, j)) && !isConditionCue(terms, j))
      j++;
    if (isConditionCue(terms, j)) for (let p = j; p < terms.length; p++) out.push(p);
  }
  const first = quote[seg.from];
  // An opening ellipsis says as much the other way: words stood before these, and the report cut
  // them from inside the quote ("… we welcome you" for "if you choose, we welcome you").
  const opens =
    k === 0 &&
    seg.from === 0 &&
    first !== undefined &&
    (isSentenceCapital(quoteText.slice(first.start, first.end)) ||
      /^[\s"“‘']*(?:…|\.\.\.)/u.test(quoteText.slice(0, first.start)));
  if (opens && seg.regionFrom > 0) {
    let j = 0;
    // Opening adverbials stack before the main clause: a stance or hedge phrase may come first
    // ("In our view, unless …, the bogs should be restored").
    while (
      j < seg.regionFrom &&
      (terms[j]!.light || terms[j]!.hedge || restrictsCondition(terms, j)) &&
      !isConditionCue(terms, j)
    )
      j++;
    if (j < seg.regionFrom && isConditionCue(terms, j)) for (let p = j; p < seg.regionFrom; p++) out.push(p);
  }
  return out;
}

/**
 * A condition cue that sets a condition: "even if" concedes instead (what follows holds whether or
 * not it is met), so cutting it leaves the claim as it was.
 */
function isConditionCue(terms: readonly Term[], p: number): boolean {
  if (terms[p]?.norm === 'once') return opensClause(terms, p + 1) && terms[p - 1]?.norm !== 'at';
  if (terms[p]?.norm === 'until' || terms[p]?.norm === 'till')
    return isNegatedBefore(terms, p) || isWithheldBefore(terms, p) || isAlternativeBound(terms, p);
  if (isInvertedCondition(terms, p)) return true;
  if (isFrontedWhere(terms, p)) return true;
  return terms[p]?.condition === true && terms[p - 1]?.norm !== 'even';
}

/**
 * "Where a tenant asks, the landlord must reply": a "where" clause put before the main clause of its
 * sentence, with a subject of its own, limits the main clause to the cases it names, as "if" does
 * ("in any case where"). Elsewhere "where" asks or relates ("where the river bends").
 */
function isFrontedWhere(terms: readonly Term[], p: number): boolean {
  if (terms[p]?.norm !== 'where' && terms[p]?.norm !== 'wherever') return false;
  const next = terms[p + 1]?.norm ?? '';
  const ownSubject = opensClause(terms, p + 1) || INDEFINITE_SUBJECTS.has(next);
  if (p === 0) return ownSubject;
  // After a coordinator ("but where someone is hurt, we will act") "where" can relate to no noun:
  // it opens a clause put before a main clause of its own, which must follow in a clause after it.
  if (!ownSubject || !CLAUSE_COORDINATORS.has(terms[p - 1]!.norm)) return false;
  const clause = terms[p]!.clause;
  return terms.some(
    (t, j) => j > p && t.clause !== clause && terms[j - 1]!.clause !== t.clause && opensClause(terms, j),
  );
}

/** Determiners and pronouns that open the subject of a "where" clause besides the definite ones. */
const INDEFINITE_SUBJECTS = new Set('a an any someone somebody anyone anybody'.split(' '));
/** Coordinators a fronted "where" clause may follow. */
const CLAUSE_COORDINATORS = new Set(['but', 'and', 'yet', 'so']);

/** Words that open a question: an auxiliary inverted after one asks, it sets no condition. */
const QUESTION_WORDS = new Set('what which who whom whose when where why how whether'.split(' '));

/**
 * A condition set by inversion: "should" before its subject, as "if" would open the clause ("we
 * would reopen the office should the fighting stop" = "if the fighting stopped"). Inside a sentence
 * a modal before a subject is nothing else but a question's ("what should the council do").
 * ("were" and "had" invert so too, "had we known", but before a subject they are as often the main
 * verb, "the results were the best", and are left out.)
 */
function isInvertedCondition(terms: readonly Term[], p: number): boolean {
  if (terms[p]?.norm !== 'should' || p === 0 || !opensClause(terms, p + 1)) return false;
  return !QUESTION_WORDS.has(terms[p - 1]!.norm);
}

/**
 * "will not issue a permit until the review is done": a negation bounded by "until" holds only
 * until then, so "until" sets the condition of the act ("not until" = "only when"); cutting it turns
 * "not yet" into "never". After a clause that does not negate, "until" only bounds a time ("we will
 * keep searching until dawn").
 */
function isNegatedBefore(terms: readonly Term[], p: number): boolean {
  const clause = terms[p]!.clause;
  for (let j = p - 1; j >= 0 && terms[j]!.clause === clause; j--) if (terms[j]!.neg) return true;
  return false;
}

/**
 * "open until May, or until the fund runs out": a second end put as an alternative to the first
 * ("or until") is a condition on the time stated: what is said to last until May lasts only as long
 * as the other has not come first. Cut, the first bound reads as sure.
 */
function isAlternativeBound(terms: readonly Term[], p: number): boolean {
  return terms[p - 1]?.norm === 'or' && p >= 2;
}

/** Verbs of withholding by their words, longest first: a phrasal verb is matched whole. */
const WITHHOLDING = WITHHOLDING_VERBS.map(({ verb }) =>
  termize(verb).map((t, k) => (k === 0 ? t.stem : t.norm)),
);

/**
 * "we should hold back the aid until the vote is rerun": a verb of withholding is a negation of the
 * act in the verb itself (not give it yet), so "until" after it in its clause sets a condition as
 * "not … until" does (`WITHHOLDING_VERBS`).
 */
function isWithheldBefore(terms: readonly Term[], p: number): boolean {
  const clause = terms[p]!.clause;
  for (let j = p - 1; j >= 0 && terms[j]!.clause === clause; j--)
    if (
      WITHHOLDING.some((words) =>
        words.every((w, k) => (k === 0 ? terms[j]!.stem : terms[j + k]?.norm) === w),
      )
    )
      return true;
  return false;
}

/**
 * Words that open a clause's subject. "once" before one is a subordinator, a condition to be met
 * first ("the ferry will sail once the harbour is dredged"); before anything else it counts occasions
 * ("once a week", "once again") or is "at once".
 */
const SUBJECT_OPENERS = new Set(
  'the this that these those our their its his her my your we they he she it you i'.split(' '),
);

function opensClause(terms: readonly Term[], p: number): boolean {
  return SUBJECT_OPENERS.has(terms[p]?.norm ?? '');
}

/**
 * "only" right before a condition cue makes the condition the sole one ("but only if the night
 * stays calm"): it opens the condition clause, as a light word would. ("even if" concedes, and stays out.)
 */
function restrictsCondition(terms: readonly Term[], j: number): boolean {
  return terms[j]!.norm === 'only' && terms[j + 1]?.condition === true;
}

/**
 * The primary terms a segment renders: its window (widened by the quote's unmatched words at either
 * end), widened to every passage word the quote matched: a quote opening on light
 * words ("in all of them the clinics …") matches them before the region its content words found,
 * and a quantifier among them ("in most of them") is one the quote renders.
 */
function renderedOf(seg: SegmentAlignment): Term[] {
  const { from, to } = windowRangeOf(seg);
  const matched = [...seg.support.values()].map((m) => m.p);
  const first = Math.min(from, ...matched);
  const last = Math.max(to, ...matched.map((p) => p + 1));
  return seg.candidate.terms.slice(first, last);
}

/** Words of a main clause that speaks of what will come ("will", "won't", "'ll", "shall", "going to"). */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  'wo',
  "won't",
  'won’t',
  'shall',
  "'ll",
  '’ll',
  'll',
  'going',
]);

/**
 * A condition told as a certainty: the passage's "if" is "when" in the quote, before a main clause
 * about what will come ("If the strike ends, the depots will reopen within days" → "When the strike ends, …"):
 * "when" takes for granted that the strike will end, which the speaker left open. A general
 * statement in the present keeps its condition ("when the field is level, we win": whenever), and
 * is left alone, as conditionDropped leaves it.
 */
export const conditionMadeCertain: Rule = ({ alignment }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    for (let i = Math.max(0, seg.from - 1); i < seg.to; i++) {
      if (alignment.quote[i]!.norm !== 'when') continue;
      const own = seg.support.get(i);
      // The passage word the quote's "when" stands for: matched to it, or right before the word
      // the quote's next supported word is matched to.
      let j = i + 1;
      while (j < seg.to && !seg.support.has(j)) j++;
      const next = seg.support.get(j);
      const cue = own ? terms[own.p] : next ? terms[next.p - 1] : undefined;
      if (cue?.norm !== 'if') continue;
      if (!alignment.quote.slice(j, seg.to).some((t) => FUTURE_WORDS.has(t.norm))) continue;
      out.push('verdict.condition-made-certain: "if" → "when" before a future clause');
      break;
    }
  }
  return out;
};
