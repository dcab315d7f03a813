import { FINITE_AUXILIARIES } from '../../../nlp/lexicons/function-words.ts';
import { IRREGULAR_BASE } from '../../../nlp/lexicons/irregular-forms.ts';
import { hasSense, isPluralNoun, lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import { isCollectiveOfPeople, isPluralOfPeople } from '../../../nlp/wordnet/people.ts';
import { isRelationalAdjective } from '../../../nlp/wordnet/relations.ts';
import { isTimeNoun } from '../../../nlp/wordnet/time-nouns.ts';
import type { SegmentAlignment } from '../alignment/align.ts';
import type { AlignmentDiff } from '../alignment/alignment-diff.ts';
import type { Term } from '../terms.ts';
import { isCloseRendering } from './08-wording-without-evidence.ts';
import { hasEllipsis, type Rule, textOf } from './rule.ts';

/**
 * Words cut from within the quote with no ellipsis to show it, where what they did was to narrow
 * what the kept words are said of. The report then states the claim more widely than the speaker:
 * - a conjunct of a coordination ("2,000 buses and trams" → "2,000 buses"): the figure, or the
 *   predicate, now holds of one member alone;
 * - a restrictive modifier before a kept noun ("trades with sanctioned firms" → "trades with
 *   firms", "the three largest banks" → "the banks"), a comparison after it ("every boat longer
 *   than ten metres" → "every boat"), or a phrase of place or time after it ("the towns in the north have" → "the towns
 *   have"): what the speaker said of some is now said of all (not after a singular noun, where
 *   the phrase only says which one is meant).
 * An open cut ("…") is the reader's to see; a cut at either end of the quote leaves out context,
 * which a fragment may (see docs/verdict-rules.md, conventions).
 */
export const silentCut: Rule = ({ alignment, diff, quoteText, articleText }) => {
  if (hasEllipsis(quoteText)) return [];
  // A re-translation rewords and trims freely: an adjective less is style there (see
  // isCloseRendering). A member of a coordination cut is a claim narrowed, however worded.
  const close = isCloseRendering(alignment, diff);
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const pText = articleText(seg.candidate.article);
    for (const run of innerCuts(seg, diff)) {
      const terms = seg.candidate.terms;
      const cut = pText.slice(terms[run[0]!]!.start, terms[run[run.length - 1]!]!.end);
      if (isConjunctCut(seg, run, pText) || isRelativeConjunctCut(seg, run))
        out.push(`verdict.conjunct-cut: "${cut}" left out (the rest now reads wider)`);
      else if (
        close &&
        (isModifierCut(seg, run) ||
          isCompoundModifierCut(seg, run, pText) ||
          isSuperlativeCut(seg, run) ||
          isPostModifierCut(seg, run, pText) ||
          isComparativeCut(seg, run, pText) ||
          isAttributeCut(seg, run, pText) ||
          isReducedRelativeCut(seg, run, pText) ||
          isRelativeClauseCut(seg, run, pText) ||
          isTimeAdjunctCut(seg, run))
      )
        out.push(`verdict.qualifier-dropped: "${cut}" left out (a restriction cut from inside the quote)`);
      else if (close && isHeadCut(seg, run))
        out.push(`verdict.head-cut: "${cut}" left out (the phrase now names what followed "of")`);
      else if (close && countAt(seg, run) >= 0) {
        const count = pText.slice(terms[run[countAt(seg, run)]!]!.start, terms[run[run.length - 1]!]!.end);
        out.push(`verdict.scope-changed: "${count}" left out (a count cut: the claim now covers them all)`);
      } else if (
        close &&
        isPossessedCut(seg, run, pText) &&
        !keptPossessive(seg, run, alignment.quote, quoteText)
      )
        out.push(`verdict.actor-changed: "${cut}" left out (the possessor now stands for what it had)`);
    }
    const swapped = countMadeDefinite(seg, alignment.quote, diff);
    if (swapped !== null) {
      const terms = seg.candidate.terms;
      const cut = pText.slice(terms[swapped[0]!]!.start, terms[swapped[swapped.length - 1]!]!.end);
      out.push(`verdict.scope-changed: "${cut}" put as a definite or universal determiner (now them all)`);
    }
  }
  return out;
};

/** Personal pronouns that are a clause's subject: a cut ending on one cut that clause's doer. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);

/**
 * A cut within the quote that ends on the subject of the kept verb after it ("Advisers drafted
 * the plan, but I approved it" → "Advisers approved it"): the word kept before the cut,
 * the subject of another clause, now does what the cut pronoun did. The actor changed, with no
 * ellipsis to show it.
 */
export const subjectCut: Rule = ({ alignment, diff, quoteText, articleText }) => {
  if (hasEllipsis(quoteText)) return [];
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const pText = articleText(seg.candidate.article);
    const terms = seg.candidate.terms;
    for (const run of innerCuts(seg, diff)) {
      const doer = terms[run[run.length - 1]!]!;
      const kept = terms[run[0]! - 1]!;
      if (run.length < 2 || !SUBJECT_PRONOUNS.has(doer.norm) || kept.norm === doer.norm) continue;
      // The cut opens on the kept word's own predicate ("Officials gave …"), a content word; one
      // opening on an object pronoun only joins two verbs of one subject ("I support them, I
      // welcome them" → "I support and welcome").
      if (terms[run[0]!]!.light) continue;
      // The cut opens on the words kept after it ("… to fill it again, if you fill it again"):
      // the quote stopped at their first saying, and only its alignment moved to the repeat.
      if (opensWithWordsAfter(terms, run)) continue;
      // The cut held a clause boundary: a comma or a coordinator before the pronoun.
      const cut = pText.slice(terms[run[0]!]!.start, doer.start);
      if (!/,|\b(?:and|but|or|so)\b/u.test(cut)) continue;
      out.push(`verdict.actor-changed: "${textOf(pText, kept)}" now does what "${textOf(pText, doer)}" did`);
    }
  }
  return out;
};

/** The cut run's first words are the words right after it, two or more of them. */
function opensWithWordsAfter(terms: readonly Term[], run: readonly number[]): boolean {
  const after = run[run.length - 1]! + 1;
  let n = 0;
  while (n < run.length && after + n < terms.length && terms[run[n]!]!.norm === terms[after + n]!.norm) n++;
  return n >= 2;
}

const COORDINATORS = new Set(['and', 'or', 'nor']);
/** Light words a noun phrase's conjunct may hold ("and the other members of"). */
const PHRASE_LIGHT = new Set(['the', 'a', 'an', 'other', 'of', 'its', 'their', 'our', 'all']);
/** A modifier cut longer than this is a phrase left out, not a word restricting the next. */
const MODIFIER_MAX_WORDS = 2;

/**
 * Runs of primary terms left out (not reworded) with a matched term on both sides: the quote reads
 * on across them.
 */
function innerCuts(seg: SegmentAlignment, diff: AlignmentDiff): number[][] {
  const lost = diff.unmatchedPrimary.get(seg) ?? new Set<number>();
  const reworded = diff.reworded.get(seg) ?? new Set<number>();
  const runs: number[][] = [];
  for (let p = seg.regionFrom; p < seg.regionTo; p++) {
    if (!lost.has(p) || reworded.has(p)) continue;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === p - 1) last.push(p);
    else runs.push([p]);
  }
  // The quote reads on across the cut only where the words either side of it are next to each other
  // in the quote too: clauses swapped round ("A, and B" → "B, and A") cut nothing between them.
  const quoteAt = new Map<number, number>();
  for (const m of seg.support.values())
    if (!quoteAt.has(m.p) || m.q < quoteAt.get(m.p)!) quoteAt.set(m.p, m.q);
  return runs.filter((r) => {
    const before = quoteAt.get(r[0]! - 1);
    const after = quoteAt.get(r[r.length - 1]! + 1);
    return before !== undefined && after !== undefined && after === before + 1;
  });
}

/**
 * The cut opens on "and"/"or" after a kept content word ("buses and trams"), or on a comma and
 * holds the list's coordinator (", shippers, or brokers"): the other members of a coordination.
 */
function isConjunctCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  const terms = seg.candidate.terms;
  const before = terms[run[0]! - 1]!;
  if (before.light) return false;
  // After a figure the run must be a whole noun phrase of its own ("children under 12 and their
  // carers"), not the figure's second half ("between 40 and 60") or its unit.
  if (before.num !== null && !isNounConjunctAfterFigure(terms, run)) return false;
  const first = terms[run[0]!]!;
  // A conjunct is a noun phrase: a pronoun or an auxiliary after "and" opens a clause of its own.
  const phrase = run.every(
    (p) => !terms[p]!.light || COORDINATORS.has(terms[p]!.norm) || PHRASE_LIGHT.has(terms[p]!.norm),
  );
  if (!phrase) return false;
  if (COORDINATORS.has(first.norm)) return run.length > 1;
  const comma = /^\s*,\s*$/.test(pText.slice(before.end, first.start));
  return comma && run.some((p) => COORDINATORS.has(terms[p]!.norm));
}

/** Most words of a conjunct cut from a relative clause ("pass the course and"). */
const RELATIVE_CONJUNCT_MAX_WORDS = 6;

/**
 * The first conjunct of a relative clause cut with its coordinator ("drivers who pass the course
 * and keep a clean licence will pay less" → "drivers who keep a clean licence"): the
 * clause said which of them, each conjunct a condition they meet, and with one cut the rest now
 * speaks of more of them.
 */
function isRelativeConjunctCut(seg: SegmentAlignment, run: number[]): boolean {
  if (run.length < 2 || run.length > RELATIVE_CONJUNCT_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const before = terms[run[0]! - 1]!;
  const last = terms[run[run.length - 1]!]!;
  if (!RELATIVE_PRONOUNS.has(before.norm) || last.norm !== 'and') return false;
  return run.slice(0, -1).some((p) => !terms[p]!.light) && !run.some((p) => terms[p]!.neg || terms[p]!.hedge);
}

/** A run "and …" holding no figure and ending on a plural noun ("and their carers"). */
function isNounConjunctAfterFigure(terms: readonly Term[], run: readonly number[]): boolean {
  const last = terms[run[run.length - 1]!]!;
  return (
    run.length > 1 &&
    COORDINATORS.has(terms[run[0]!]!.norm) &&
    run.every((p) => terms[p]!.num === null) &&
    isPluralNoun(last.norm)
  );
}

/**
 * One or two classifying modifiers cut right before a kept noun ("sanctioned banks"). Words
 * with rules of their own (intensifiers, quantifiers, hedges, focus words, negations, numbers,
 * names) are theirs to judge; a word repeated next to itself is a stammer.
 */
function isModifierCut(seg: SegmentAlignment, run: number[]): boolean {
  if (run.length > MODIFIER_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const head = terms[run[run.length - 1]! + 1]!;
  if (head.light || head.num !== null || !hasSense(head.norm, 'n')) return false;
  if (run.every((p) => isModifier(terms[p]!) && terms[p]!.stem !== head.stem)) return true;
  // An adverb with the participle it qualifies ("publicly funded", "locally grown") picks out a
  // kind as the participle alone does.
  const [adverb, participle] = run.map((p) => terms[p]!);
  return (
    run.length === 2 &&
    isMannerAdverb(adverb!) &&
    /(?:ed|en)$/.test(participle!.norm) &&
    isModifier(participle!) &&
    participle!.stem !== head.stem
  );
}

/**
 * A hyphenated compound cut right before a kept noun ("the grant for full-time carers" → "for carers",
 * "full-time staff", "low-income families"): such a compound before a noun classifies, saying
 * which kind of it is meant, and the rest now speaks of every kind.
 */
function isCompoundModifierCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  const terms = seg.candidate.terms;
  const head = terms[run[run.length - 1]! + 1]!;
  if (head.light || head.num !== null || !isNounOrUnknown(head.norm)) return false;
  const cut = pText.slice(terms[run[0]!]!.start, terms[run[run.length - 1]!]!.end);
  if (!/^\p{L}+(?:-\p{L}+)+$/u.test(cut)) return false;
  // Its parts are one word: "all" in "all-weather" counts nothing, "high" in "high-rise" grades
  // nothing.
  return run.every((p) => !terms[p]!.name && !terms[p]!.neg && !terms[p]!.hedge);
}

/** An "-ly" adverb of manner WordNet lists, with no rule of its own (not a hedge, focus or degree word). */
function isMannerAdverb(t: Term): boolean {
  if (t.light || t.name || t.neg || t.hedge || t.focus || t.grade !== 0 || t.scope !== null) return false;
  return /ly$/.test(t.norm) && hasSense(t.norm, 'r');
}

/**
 * Prepositions that open a phrase of time saying when a claim holds ("during market hours", "after
 * dark"). Not "until", "since", "within" or "over": they bound how long an act runs ("keep
 * searching until dawn"), which is no restriction of the claim.
 */
const TIME_PREPOSITIONS = new Set(['during', 'after', 'before', 'in']);
/** Most words of a phrase of time cut from inside a quote ("in the last six weeks"). */
const TIME_ADJUNCT_MAX_WORDS = 5;

/**
 * A phrase of time cut from inside the quote, the quote reading on across it ("no lorry may park
 * on the square during market hours, whatever …" → "… on the square, whatever …", "pubs that
 * serve food after midnight will need" → "pubs that serve food will need"): it said when the claim
 * holds, and the rest now holds at all times. The phrase opens on a preposition of time and ends
 * on a noun whose main sense is a time (WordNet's noun.time); a figure in it counts the time ("in
 * the last six weeks"). Words with rules of their
 * own (negations, hedges, focus words, conditions) are theirs to judge.
 */
function isTimeAdjunctCut(seg: SegmentAlignment, run: number[]): boolean {
  if (run.length < 2 || run.length > TIME_ADJUNCT_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const last = terms[run[run.length - 1]!]!;
  if (!TIME_PREPOSITIONS.has(terms[run[0]!]!.norm) || last.light || !isTimeNoun(last.norm)) return false;
  return run.every((p) => {
    const t = terms[p]!;
    return !t.name && !t.neg && !t.hedge && !t.focus && !t.condition;
  });
}

/** Most words of a ranking cut before a noun: a count, the superlative and a modifier. */
const SUPERLATIVE_MAX_WORDS = 3;

/**
 * A superlative cut from before a kept noun, with the count it may carry ("the three largest
 * traders agreed" → "the traders agreed", "the two highest-dose tablets" → "the tablets"): it
 * picked the top of the set, and the rest now speaks of the whole of it. Read on the cut's words
 * after its last light one: a cut that runs from an earlier phrase ("on most nights, but on the
 * coldest nights the pipes freeze" → "on most nights the pipes freeze") loses it all the same.
 */
function isSuperlativeCut(seg: SegmentAlignment, run: number[]): boolean {
  const terms = seg.candidate.terms;
  let from = run.length;
  while (from > 0 && !terms[run[from - 1]!]!.light) from--;
  const tail = run.slice(from);
  if (tail.length === 0 || tail.length > SUPERLATIVE_MAX_WORDS) return false;
  if (!opensNounPhrase(terms, run[run.length - 1]! + 1)) return false;
  if (!tail.some((p) => isSuperlative(terms[p]!.norm))) return false;
  return tail.every((p) => {
    const t = terms[p]!;
    return !t.light && !t.name && !t.neg && !t.hedge && !t.condition && (t.num === null || isSmallCount(t));
  });
}

/** The kept words at `at` are a noun, or a modifier and its noun ("podcast networks"). */
function opensNounPhrase(terms: readonly Term[], at: number): boolean {
  const content = (t: Term | undefined) => t !== undefined && !t.light && t.num === null;
  if (!content(terms[at])) return false;
  return isNounOrUnknown(terms[at]!.norm) || (content(terms[at + 1]) && isNounOrUnknown(terms[at + 1]!.norm));
}

/** A noun, or a word WordNet lacks (a newer coinage: "app", "podcast"), which stands as one. */
function isNounOrUnknown(word: string): boolean {
  if (hasSense(word, 'n')) return true;
  return !hasSense(word, 'a') && !hasSense(word, 'v') && !hasSense(word, 'r');
}

/** An adjective's superlative form ("largest", "highest", "busiest"). */
function isSuperlative(word: string): boolean {
  return /est$/.test(word) && isGradedForm(word, 'est');
}

/**
 * A comparative or superlative of an adjective: WordNet gives it another lemma, or it is the "-ier",
 * "-iest" form of an adjective in "-y" ("busier", "heaviest"), which WordNet's rules leave out.
 */
function isGradedForm(word: string, ending: 'er' | 'est'): boolean {
  if (lemmasOf(word, 'a').some((lemma) => lemma !== word)) return true;
  const base = word.endsWith(`i${ending}`) ? `${word.slice(0, -ending.length - 1)}y` : null;
  return base !== null && hasSense(base, 'a');
}

/** A count of a few members ("two", "3"): no year, no measure. */
function isSmallCount(t: Term): boolean {
  return t.num !== null && /^\d+$/.test(t.num) && Number(t.num) < 1000;
}

/** Most words of a comparison after a noun ("heavier than twelve tonnes in all"). */
const COMPARATIVE_MAX_WORDS = 8;

/**
 * A comparison cut from right after a kept noun ("every lorry heavier than twelve tonnes must use
 * the bypass" → "every lorry must"): an adjective phrase after its noun with "than" can only say which
 * of them, and the rest now speaks of all.
 */
function isComparativeCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  if (run.length < 3 || run.length > COMPARATIVE_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const noun = terms[run[0]! - 1]!;
  const first = terms[run[0]!]!;
  if (noun.light || noun.num !== null || !hasSense(noun.norm, 'n')) return false;
  if (/[^\s]/.test(pText.slice(noun.end, first.start))) return false;
  return /er$/.test(first.norm) && isGradedForm(first.norm, 'er') && terms[run[1]!]!.norm === 'than';
}

/**
 * Prepositions whose phrase after a noun picks out which of them: where, or when, or where to
 * ("exports to Canada", "flights to the islands").
 */
const RESTRICTING_PREPOSITIONS = new Set([
  'in',
  'from',
  'at',
  'on',
  'near',
  'outside',
  'inside',
  'within',
  'to',
]);
/** Words a restricting phrase may hold: its preposition, a determiner and up to two content words. */
const POST_MODIFIER_MAX_WORDS = 4;
const POST_MODIFIER_MAX_CONTENT = 2;

/**
 * A phrase of place or time cut right after a kept noun, the quote reading on to the word after it
 * ("the towns in the north have clinics" → "the towns have clinics"): it said which of them, and
 * the rest now speaks of all. Only a phrase the noun runs into (no comma: "the towns, in the end,"
 * is an aside), opening on a preposition of place or time, short, and of plain words.
 */
function isPostModifierCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  if (run.length > POST_MODIFIER_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const noun = terms[run[0]! - 1]!;
  const first = terms[run[0]!]!;
  // After a singular ("the plant on River Road") the phrase says which one is meant: the claim,
  // cut of it, is still of that one thing, no wider.
  if (noun.light || noun.num !== null || !isPluralNoun(noun.norm)) return false;
  if (!RESTRICTING_PREPOSITIONS.has(first.norm) || /[^\s]/.test(pText.slice(noun.end, first.start)))
    return false;
  // Between a subject and its verb the phrase can only modify the subject; after an object it may
  // as well be the verb's adjunct ("received 300 buses from the fund this spring"), which is no
  // restriction of the noun.
  if (!isFiniteVerbAt(terms, run[run.length - 1]! + 1)) return false;
  const content = run.slice(1).filter((p) => !terms[p]!.light);
  if (content.length === 0 || content.length > POST_MODIFIER_MAX_CONTENT) return false;
  return content.every((p) => {
    const t = terms[p]!;
    return t.num === null && !t.neg && !t.hedge && !t.focus && t.scope === null && !t.condition;
  });
}

/** Prepositions whose phrase after a noun of people says which of them ("families with children"). */
const ATTRIBUTE_PREPOSITIONS = new Set(['with', 'without', 'on', 'under', 'over', 'aged', 'of']);

/** The words of a bound on a measure ("fewer than", "at least"): part of the figure, not content. */
const MEASURE_WORDS = new Set(['fewer', 'more', 'less', 'than', 'least', 'most']);
/** Words an attribute phrase may hold: a measure takes more ("with fewer than 50 staff"). */
const ATTRIBUTE_MAX_WORDS = 6;

/**
 * A phrase of attribute cut right after a plural noun of people or groups, closing their noun phrase
 * ("open it to pupils on free meals, but not to staff" → "… to pupils, but …"):
 * it said which people, and the rest now speaks of all. After such a noun, "on free meals" or
 * "with children" can only say which of them (a verb's adjunct of place or time opens otherwise:
 * "in May", "from the fund"); the phrase must end at a comma, a full stop or a coordinator, or
 * run into the finite verb of which the noun is the subject ("firms with fewer than 50 staff will
 * get a year" → "firms will get a year"). A measure in it ("under 30", "fewer than 50") is content.
 */
function isAttributeCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  if (run.length > ATTRIBUTE_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const noun = terms[run[0]! - 1]!;
  const first = terms[run[0]!]!;
  const last = terms[run[run.length - 1]!]!;
  const next = terms[run[run.length - 1]! + 1];
  if (!ATTRIBUTE_PREPOSITIONS.has(first.norm) || /[^\s]/.test(pText.slice(noun.end, first.start)))
    return false;
  if (noun.light || !isPluralOfPeople(noun.norm)) return false;
  const closes =
    /^\s*[,.;:]/.test(pText.slice(last.end)) ||
    ['and', 'or', 'but'].includes(next?.norm ?? '') ||
    isFiniteVerbAt(terms, run[run.length - 1]! + 1);
  // The figure is content: "aged 75 and over" says which of them by it alone.
  const content = run.slice(1).filter((p) => !terms[p]!.light && !MEASURE_WORDS.has(terms[p]!.norm));
  return closes && content.length > 0 && content.length <= POST_MODIFIER_MAX_CONTENT;
}

/** Most words of a participle phrase after a noun read as its reduced relative clause. */
const REDUCED_RELATIVE_MAX_WORDS = 4;

/**
 * A participle phrase cut from between a plural subject and its finite verb ("cyclists riding
 * at night are at risk" → "cyclists are at risk", "claims lodged before May will be heard" →
 * "claims will be heard"): there it can only be a reduced relative clause ("people who live
 * alone"), which says which of them as the full clause would; the rest now speaks of all.
 */
function isReducedRelativeCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  if (run.length > REDUCED_RELATIVE_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  const noun = terms[run[0]! - 1]!;
  const first = terms[run[0]!]!;
  if (noun.light || noun.num !== null || !isPluralNoun(noun.norm)) return false;
  if (/[^\s]/.test(pText.slice(noun.end, first.start))) return false;
  if (!isParticiple(first.norm) || !isFiniteVerbAt(terms, run[run.length - 1]! + 1)) return false;
  return run.every((p) => {
    const t = terms[p]!;
    return t.num === null && !t.neg && !t.hedge && !t.focus && t.scope === null && !t.condition;
  });
}

/** Pronouns that open a relative clause. */
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which', 'whose', 'whom']);
/** Most words of a relative clause cut from inside a quote ("who joined before the merger"). */
const RELATIVE_MAX_WORDS = 7;
/**
 * Most words of the clause after a counted noun: it defines the set the claim covers and often
 * holds a measure ("any boat that carries more than twelve passengers").
 */
const COUNTED_RELATIVE_MAX_WORDS = 10;

/**
 * A relative clause cut from between a plural (or collective) subject and its finite verb, with no
 * comma before it ("tenants who signed before May will keep the rent" → "tenants will keep the
 * rent", "staff who joined last year would keep it"): a clause so placed restricts, saying which of
 * them, and the rest now speaks of all. A clause set off by commas only describes, and may go.
 */
function isRelativeClauseCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  const terms = seg.candidate.terms;
  const counted = UNIVERSAL_DETERMINERS.has(terms[run[0]! - 2]?.norm ?? '');
  if (run.length < 2 || run.length > (counted ? COUNTED_RELATIVE_MAX_WORDS : RELATIVE_MAX_WORDS))
    return false;
  const noun = terms[run[0]! - 1]!;
  const first = terms[run[0]!]!;
  if (!RELATIVE_PRONOUNS.has(first.norm) || noun.num !== null) return false;
  // A noun a universal determiner counts ("any boat that …", "every pupil who …") is said of all
  // its members, singular as it is; after one the word is a noun even if the stop list holds it.
  if (!counted && (noun.light || (!isPluralNoun(noun.norm) && !isCollectiveOfPeople(noun.norm))))
    return false;
  if (/[^\s]/.test(pText.slice(noun.end, first.start))) return false;
  if (/[,;:]/.test(pText.slice(first.start, terms[run[run.length - 1]!]!.end))) return false;
  // "the boats that were impounded" → "the boats impounded" only reduces the clause, which stays.
  if (run.every((p) => terms[p]!.light)) return false;
  return isFiniteVerbAt(terms, run[run.length - 1]! + 1);
}

/** Determiners that count every member of what their noun names. */
const UNIVERSAL_DETERMINERS = new Set(['any', 'every', 'each', 'no']);

/**
 * Nouns before "of" that only frame what follows ("the question of pay", "the city of Lyon", "a
 * kind of tax"): what the phrase names is its complement all along.
 */
const FRAMING_HEADS = new Set(
  'kind kinds sort sorts type types form issue question matter subject topic idea notion concept city town village county province region island republic kingdom'.split(
    ' ',
  ),
);
/** Most words of a head cut with its "of" ("a single batch of", "the remaining half of"). */
const HEAD_CUT_MAX_WORDS = 4;

/**
 * The head of an "N of M" phrase cut with its "of", the complement kept ("linked to a batch of
 * the cheese" → "linked to the cheese", "the owners of the mill refused" → "the mill refused"):
 * the phrase named the N, a part, a share or a member of the M; now it names the M itself, a
 * wider or another referent. A noun that only frames its complement ("the question of") is exempt.
 */
function isHeadCut(seg: SegmentAlignment, run: number[]): boolean {
  if (run.length < 2 || run.length > HEAD_CUT_MAX_WORDS) return false;
  const terms = seg.candidate.terms;
  if (terms[run[run.length - 1]!]!.norm !== 'of') return false;
  const head = terms[run[run.length - 2]!]!;
  if (head.light || head.name || head.num !== null || FRAMING_HEADS.has(head.norm)) return false;
  if (!hasSense(head.norm, 'n')) return false;
  // Only a determiner and modifiers (adjectives, nouns) may stand before the head.
  return run.slice(0, -2).every((p) => {
    const t = terms[p]!;
    const modifier = hasSense(t.norm, 'a') || hasSense(t.norm, 'n');
    return (t.light || modifier) && !t.neg && !t.hedge && t.num === null;
  });
}

/** Determiners after which a count only numbers a set already fixed ("the two sides" = "the sides"). */
const DEFINITE_DETERMINERS = new Set('the these those its their our his her my your'.split(' '));
/** Words a partitive may hold after its count ("four of the six", "two of our"). */
const PARTITIVE_WORDS = new Set(['of', 'the', 'these', 'those', 'its', 'their', 'our']);

/**
 * A count cut from before the noun it counts, or from a partitive, the quote reading on ("two
 * players used" → "the players used", "in five of the eight wards" → "in the eight wards"): an
 * indefinite cardinal picks some members of a set, and without it the claim is of the whole set.
 * After a definite determiner the count only numbers a set already fixed ("the two sides agreed"
 * → "the sides agreed"), and a year or a month is no count.
 */
function isCountCut(seg: SegmentAlignment, run: number[]): boolean {
  return countAt(seg, run) >= 0;
}

/** Where in the cut run the count stands (see isCountCut), or -1. */
function countAt(seg: SegmentAlignment, run: number[]): number {
  const terms = seg.candidate.terms;
  let c = run.length - 1;
  while (c >= 0 && PARTITIVE_WORDS.has(terms[run[c]!]!.norm)) c--;
  if (c < 0) return -1;
  const count = terms[run[c]!]!;
  if (count.num === null || !/^\d+(?:\.\d+)?$/.test(count.num) || Number(count.num) >= 1000) return -1;
  if (DEFINITE_DETERMINERS.has(terms[run[c]! - 1]?.norm ?? '')) return -1;
  const tail = run.slice(c + 1).map((p) => terms[p]!.norm);
  const next = terms[run[run.length - 1]! + 1]!;
  // A partitive: "four of (the) …"; else the count stands right before the plural it counts.
  if (tail.length > 0) return tail[0] === 'of' ? c : -1;
  if (next.light || next.num !== null || !isPluralNoun(next.norm)) return -1;
  return isClauseSubject(terms, run[run.length - 1]! + 1) ? c : -1;
}

/** Words after a noun within which a subject's verb comes ("ferries on the northern route were late"). */
const SUBJECT_VERB_REACH = 6;

/**
 * Whether the noun at `at` heads a clause's subject: a finite verb follows within a few words of
 * its phrase. A bare plural subject reads of the whole class ("ferries were late"); a bare plural
 * object of a done act only of some ("opened clinics"), so a count cut there widens nothing.
 */
function isClauseSubject(terms: readonly Term[], at: number): boolean {
  for (let k = at + 1; k < terms.length && k <= at + SUBJECT_VERB_REACH; k++)
    if (isFiniteVerbAt(terms, k)) return true;
  return false;
}

/** Determiners that speak of a whole set: put for a count, they widen the claim to all of it. */
const WHOLE_SET_DETERMINERS = new Set(['the', 'all', 'every', 'each', 'both']);

/**
 * A count replaced by a determiner of the whole set ("two players used" → "the players used",
 * "closed three of the five bridges" → "closed all five bridges"): the speaker's count, left out,
 * stood right before the word the quote resumes on, and the quote's own word there is "the" or
 * "all". The primary run left out, or null.
 */
function countMadeDefinite(
  seg: SegmentAlignment,
  quote: readonly Term[],
  diff: AlignmentDiff,
): number[] | null {
  const terms = seg.candidate.terms;
  const matched = new Set([...seg.support.values()].map((m) => m.p));
  for (const [q, m] of seg.support) {
    let j = q - 1;
    while (j >= seg.from && !seg.support.has(j) && WHOLE_SET_DETERMINERS.has(quote[j]!.norm)) j--;
    if (j === q - 1 || (j >= seg.from && !diff.unsupported.has(j) && !seg.support.has(j))) continue;
    const run: number[] = [];
    for (let p = m.p - 1; p >= 0 && run.length < 4 && !matched.has(p); p--) run.unshift(p);
    // Where the whole run is the count phrase, the quote's determiner took its place.
    for (let k = 0; k < run.length; k++)
      if (terms[run[k]!]!.num !== null && isCountCut(seg, run.slice(k))) return run.slice(k);
  }
  return null;
}

/**
 * The head of a possessive phrase cut, the possessor kept ("the council's contractor rejected" →
 * "the council rejected"): "X's Y" names the Y, and without it the possessor stands for what it
 * had, another party or thing. Only a noun phrase is cut: modifiers and the head noun.
 */
function isPossessedCut(seg: SegmentAlignment, run: number[], pText: string): boolean {
  if (run.length > MODIFIER_MAX_WORDS + 1) return false;
  const terms = seg.candidate.terms;
  const owner = terms[run[0]! - 1]!;
  if (owner.light) return false;
  const written = pText.slice(owner.start, owner.end + 1);
  if (!/['’]s?$|['’]s\s$/u.test(written.trimEnd()) && !/s['’]$/u.test(written)) return false;
  const head = terms[run[run.length - 1]!]!;
  if (head.light || head.num !== null || !hasSense(head.norm, 'n')) return false;
  return run.every((p) => {
    const t = terms[p]!;
    return !t.light && !t.neg && !t.hedge && t.num === null && t.scope === null && !t.condition;
  });
}

/** The quote keeps the possessive on the owner ("the hospital's firm"): it still names what was had. */
function keptPossessive(
  seg: SegmentAlignment,
  run: number[],
  quote: readonly Term[],
  quoteText: string,
): boolean {
  const owner = run[0]! - 1;
  for (const [q, m] of seg.support) {
    if (m.p !== owner) continue;
    const t = quote[q]!;
    return /['’]/u.test(quoteText.slice(t.start, t.end + 1));
  }
  return false;
}

/** A present or past participle ("riding", "lodged", "taken", "caught"). */
function isParticiple(word: string): boolean {
  if (IRREGULAR_BASE.has(word)) return true;
  return /(?:ing|ed)$/.test(word) && hasSense(word, 'v');
}

/** Auxiliaries and modals that open a finite verb group ("have", "will", "were", "am"). */
const FINITE_HEADS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, 'am']);

/** The word at `i` opens a finite verb: an auxiliary or modal, or a past form ("lost", "voted"). */
function isFiniteVerbAt(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t) return false;
  if (FINITE_HEADS.has(t.norm)) return true;
  const base = IRREGULAR_BASE.get(t.norm);
  return base !== undefined || (/ed$/.test(t.norm) && hasSense(t.norm, 'v'));
}

function isModifier(t: Term): boolean {
  // A capitalised relational adjective ("European partners") restricts like any other.
  if (t.name && !isRelationalAdjective(t.norm)) return false;
  if (t.light || t.num !== null || t.neg || t.hedge || t.focus || t.scope !== null) return false;
  if (t.grade !== 0 || t.condition || t.norm.includes(' ')) return false;
  // A participle ("sanctioned", "registered") or a relational adjective ("federal", "nuclear")
  // picks out a kind; a qualitative one ("great", "strong") describes, and may go without loss.
  if (/(?:ed|en)$/.test(t.norm) && hasSense(t.norm, 'v')) return true;
  return isRelationalAdjective(t.norm);
}
