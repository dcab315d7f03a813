import { FINITE_AUXILIARIES } from '../../../nlp/lexicons/function-words.ts';
import type { Verdict } from '../../../model/quote.ts';
import { HESITATIONS } from '../../../nlp/lexicons/hesitations.ts';
import { negationChanged, negationMadeAbsolute } from './01-negation.ts';
import { currencyChanged, figuresSwapped, numberChanged, numberUnitChanged } from './02-number.ts';
import {
  glossHardened,
  hedgeChanged,
  intensifierAdded,
  loadedWordAdded,
  wordingHardened,
} from './03-wording.ts';
import { qualifierAdded, sentenceAdded } from './04-additions.ts';
import { actorChanged } from './05-actor.ts';
import { verbFrameChanged } from './06-verb-frame.ts';
import { conditionDropped, conditionMadeCertain, scopeChanged } from './07-scope-condition.ts';
import {
  actorsSwapped,
  evidenceOfGap,
  evidenceOfRewording,
  nameAdded,
  wordAdded,
  wordingWithoutEvidence,
} from './08-wording-without-evidence.ts';
import { focusWordChanged, numberBoundChanged, rangeNarrowed } from './09-focus-and-approximation.ts';
import { possessedForPronoun, pronounChanged } from './10-pronoun.ts';
import { silentCut, subjectCut } from './11-silent-cut.ts';
import { relativeClauseCut } from './16-relative-cut.ts';
import { relativeTimeMoved } from './22-relative-time.ts';
import { figureMoved } from './figure-moved.ts';
import { coverageWithFigureSlots } from './figure-slots.ts';
import { echoDenied } from './12-echo-denied.ts';
import { rolesSwapped } from './13-roles-swapped.ts';
import { pronounRolesSwapped } from './17-pronoun-roles.ts';
import { modifiersSwapped } from './18-modifiers-swapped.ts';
import { oppositeRelation } from './14-opposite-relation.ts';
import { coordinatorChanged } from './19-coordinator-changed.ts';
import { negatedUniversalChanged } from './20-negated-universal.ts';
import { conjunctAdded } from './21-conjunct-added.ts';
import { negatedAnyForDefinite } from './23-negated-any-for-definite.ts';
import { patientMadeAgent } from './15-patient-made-agent.ts';
import { phaseChanged } from './24-phase-changed.ts';
import { perfectOutOfTimeClause } from './25-perfect-out-of-time-clause.ts';
import { subjectBorrowed } from './26-subject-borrowed.ts';
import { placeWidened } from './27-place-widened.ts';
import { closingWordsReplaced, openingWordsReplaced } from './28-closing-words-replaced.ts';
import { compoundCut } from './29-compound-cut.ts';
import { equalMadeUnequal } from './30-equal-made-unequal.ts';
import { hasEllipsis, type JudgeInput, type Rule, wordsSkippedBetween } from './rule.ts';
import type { Alignment } from '../alignment/align.ts';
import type { Term } from '../terms.ts';
import type { TextOf } from '../alignment/alignment-diff.ts';

export type { JudgeInput } from './rule.ts';

/**
 * The decision rules that turn an alignment into a verdict. Each `altered` rule is a named function
 * returning the reasons it found (empty when it does not fire); the verdict records every reason
 * with its rule name, e.g. `verdict.intensifier-added: "decisively"`.
 */

/**
 * Below this weighted coverage the primary does not support the quote. Calibrated on invented
 * near-miss pairs (unrelated sentences sharing two or three words score 0.15–0.3) and on heavily
 * re-translated quotes, which stay above 0.4.
 */
export const UNSUPPORTED_COVERAGE = 0.35;
/**
 * Fragments (a few words) have a lower floor: one matched head word of three is evidence when the
 * rest is a qualifier the report added ("fraud" + "on an industrial scale").
 */
export const UNSUPPORTED_COVERAGE_FRAGMENT = 0.25;
const FRAGMENT_MAX_CONTENT_WORDS = 3;

export interface Judgement {
  verdict: Verdict;
  reasons: string[];
}

/** The altered rules, in the order their reasons are listed. */
export const ALTERED_RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'negation', rule: negationChanged },
  { name: 'negation-absolute', rule: negationMadeAbsolute },
  { name: 'opposite-relation', rule: oppositeRelation },
  { name: 'number', rule: numberChanged },
  { name: 'figures-swapped', rule: figuresSwapped },
  { name: 'figure-moved', rule: figureMoved },
  { name: 'number-unit', rule: numberUnitChanged },
  { name: 'currency', rule: currencyChanged },
  { name: 'number-bound', rule: numberBoundChanged },
  { name: 'range', rule: rangeNarrowed },
  { name: 'focus', rule: focusWordChanged },
  { name: 'intensifier', rule: intensifierAdded },
  { name: 'hedge', rule: hedgeChanged },
  { name: 'hardened', rule: wordingHardened },
  { name: 'gloss-hardened', rule: glossHardened },
  { name: 'loaded', rule: loadedWordAdded },
  { name: 'qualifier', rule: qualifierAdded },
  { name: 'sentence', rule: sentenceAdded },
  { name: 'actor', rule: actorChanged },
  { name: 'verb-frame', rule: verbFrameChanged },
  { name: 'phase', rule: phaseChanged },
  { name: 'perfect-out-of-time-clause', rule: perfectOutOfTimeClause },
  { name: 'scope', rule: scopeChanged },
  { name: 'place-widened', rule: placeWidened },
  { name: 'coordinator', rule: coordinatorChanged },
  { name: 'negated-universal', rule: negatedUniversalChanged },
  { name: 'negated-any', rule: negatedAnyForDefinite },
  { name: 'conjunct-added', rule: conjunctAdded },
  { name: 'condition', rule: conditionDropped },
  { name: 'condition-certain', rule: conditionMadeCertain },
  { name: 'silent-cut', rule: silentCut },
  { name: 'subject-cut', rule: subjectCut },
  { name: 'relative-cut', rule: relativeClauseCut },
  { name: 'relative-time', rule: relativeTimeMoved },
  { name: 'word-added', rule: wordAdded },
  { name: 'name-added', rule: nameAdded },
  { name: 'actors-swapped', rule: actorsSwapped },
  { name: 'roles-swapped', rule: rolesSwapped },
  { name: 'subject-borrowed', rule: subjectBorrowed },
  { name: 'pronoun-roles', rule: pronounRolesSwapped },
  { name: 'modifiers-swapped', rule: modifiersSwapped },
  { name: 'patient-made-agent', rule: patientMadeAgent },
  { name: 'pronoun', rule: pronounChanged },
  { name: 'possessed', rule: possessedForPronoun },
  { name: 'echo-denied', rule: echoDenied },
  { name: 'wording', rule: wordingWithoutEvidence },
  { name: 'closing-words', rule: closingWordsReplaced },
  { name: 'opening-words', rule: openingWordsReplaced },
  { name: 'compound-cut', rule: compoundCut },
  { name: 'equal-made-unequal', rule: equalMadeUnequal },
];

/** Every quote word matched to the same word, in order, with nothing skipped on either side. */
function isVerbatim(input: JudgeInput): boolean {
  const { alignment, diff, quoteText, articleText } = input;
  if (diff.unsupported.size > 0) return false;
  // An ellipsis marks words the report cut: what is left is not a contiguous run of the source.
  if (hasEllipsis(quoteText)) return false;
  if (opensInsideClause(alignment, quoteText, articleText)) return false;
  if (skipsFalseStart(alignment) || skipsWordsBetween(alignment)) return false;
  // A quote opening or closing inside a hyphened compound ("self-employed") cuts a word.
  if (compoundCut(input).length > 0) return false;
  for (const seg of alignment.segments) {
    if (seg.anchors.length !== seg.to - seg.from) return false;
    if (seg.anchors.some((a) => a.kind !== 'same')) return false;
    for (let k = 1; k < seg.anchors.length; k++)
      if (seg.anchors[k]!.p !== seg.anchors[k - 1]!.p + 1) return false;
    // A figure written another way ("3bn" / "3 billion"), or its currency as a sign on one side and
    // a word on the other ("€3 billion" / "3 billion euros"), is the same figure, not the same words.
    const pText = articleText(seg.candidate.article);
    const signBefore = (text: string, at: number) => (/[$£€¥]/.test(text[at - 1] ?? '') ? text[at - 1] : '');
    const written = (text: string, t: Term) =>
      text
        .slice(t.start, t.end)
        .toLowerCase()
        .replace(/[\s,]+/g, '');
    for (const a of seg.anchors) {
      const qt = alignment.quote[a.q]!;
      const pt = seg.candidate.terms[a.p]!;
      if (qt.num === null) continue;
      if (signBefore(quoteText, qt.start) !== signBefore(pText, pt.start)) return false;
      if (written(quoteText, qt) !== written(pText, pt)) return false;
    }
  }
  return true;
}

/** The longest false start a restart is taken to drop ("It's —", "we went, um,"). */
const FALSE_START_MAX = 4;

/**
 * Where the quote moves on to another stretch of the primary, the words it skipped there are a
 * false start the report tidied away when the stretch it resumes at opens with their first word
 * again ("… by noon. It's — it is not enough" → "… by noon. It is not enough"): the speaker
 * restarted, the report kept only the restart. (Stitching a passage from elsewhere that says
 * something else keeps the words as said, unless the earlier one was cut short: skipsWordsBetween.)
 */
function skipsFalseStart(alignment: Alignment): boolean {
  const segs = alignment.segments;
  for (let k = 1; k < segs.length; k++) {
    const prev = segs[k - 1]!;
    const seg = segs[k]!;
    const last = prev.anchors[prev.anchors.length - 1];
    const first = seg.anchors[0];
    if (!last || !first || prev.candidate.article !== seg.candidate.article) continue;
    const terms = seg.candidate.terms;
    const from = prev.candidate === seg.candidate ? last.p + 1 : 0;
    const skipped = terms.slice(from, first.p).filter((t) => !HESITATIONS.has(t.norm));
    if (skipped.length === 0 || skipped.length > FALSE_START_MAX) continue;
    if (skipped[0]!.stem === terms[first.p]!.stem) return true;
  }
  return false;
}

/**
 * Words of the speaker left out at the end of a quoted passage the quote runs on from with no
 * ellipsis (see wordsSkippedBetween): the quote closes a sentence the speaker went on with, however
 * exactly each passage is copied.
 */
function skipsWordsBetween(alignment: Alignment): boolean {
  const segs = alignment.segments;
  for (let k = 1; k < segs.length; k++)
    if (wordsSkippedBetween(segs[k - 1]!, segs[k]!).some((t) => !HESITATIONS.has(t.norm))) return true;
  return false;
}

/** Words that open a clause: a quote may start right after one and still start a sentence. */
const CLAUSE_OPENERS = new Set(
  'and but or nor so yet because since then now well yes no oh look also plus still though although while'.split(
    ' ',
  ),
);

/**
 * A quote capitalised as a sentence start where the speaker's clause had begun before it, with no
 * pause between ("it's something has to happen" → "Something has to happen"): the report cut a false
 * start out of the clause and re-cut the sentence, a tidied rendering rather than the words as said.
 * Cutting after punctuation ("it's — Canada is …"), after a conjunction ("And I'd like …") or after
 * the complementizer "that" ("said that we will …") is not.
 */
function opensInsideClause(alignment: Alignment, quoteText: string, articleText: TextOf): boolean {
  const seg = alignment.segments[0];
  const first = alignment.quote[0];
  if (!seg || !first || seg.from !== 0 || seg.regionFrom === 0) return false;
  const terms = seg.candidate.terms;
  const at = terms[seg.regionFrom]!;
  const before = terms[seg.regionFrom - 1]!;
  const source = articleText(seg.candidate.article);
  if (!/^\p{Lu}/u.test(quoteText.slice(first.start, first.end))) return false;
  if (/^\p{Lu}/u.test(source.slice(at.start, at.end))) return false;
  // A source in lower case (a video's automatic captions, even "i") marks no sentence starts: read
  // in the words around, where prose has a capital within a sentence or two.
  const around = source.slice(
    terms[Math.max(0, seg.regionFrom - CASE_WINDOW)]!.start,
    terms[Math.min(terms.length - 1, seg.regionFrom + CASE_WINDOW)]!.end,
  );
  if (!/\p{Lu}/u.test(around)) return false;
  if (before.clause !== at.clause || !/^\s+$/.test(source.slice(before.end, at.start))) return false;
  if (before.norm === 'that' && NOUN_PHRASE_OPENERS.has(at.norm)) return false;
  // "I have to say the delay troubles me" → "The delay troubles me": a verb of saying takes its
  // clause with the "that" left out, and the clause is whole as said.
  if (SAYING_VERBS.has(before.norm) && NOUN_PHRASE_OPENERS.has(at.norm)) return false;
  return !CLAUSE_OPENERS.has(before.norm) && !before.hedge;
}

/** Words either side of a quote's first word read for a capital letter (see opensInsideClause). */
const CASE_WINDOW = 20;

/** Verbs of saying whose clause may follow with no "that" ("I must say the …", "I'll admit we …"). */
const SAYING_VERBS = new Set('say admit confess add repeat stress insist'.split(' '));

/**
 * Words that open a noun phrase of their own. "that" before one cannot be its determiner, so it is
 * the complementizer, which opens a clause ("confirm that the council will …" → "The council
 * will …" is the clause whole, as said).
 */
const NOUN_PHRASE_OPENERS = new Set(
  'i we you he she they it my our your his her its their the a an this these those some all every each no many most few'.split(
    ' ',
  ),
);

/**
 * Judge an aligned quote: `unsupported` under the coverage floor, `altered` when any altered rule
 * fires, `verbatim` when word for word, else `paraphrase`. (`no_primary` is decided before
 * alignment, by the orchestrator.)
 */
export function judgeAlignment(input: JudgeInput): Judgement {
  const content = input.alignment.quote.filter((t) => !t.light).length;
  // A whole sentence ("The vaccines will have to be reformulated.") is no fragment, however short;
  // nor is a clause with a finite verb of its own after its first word that ends in a full stop
  // ("the rolls are now accurate.") or opens as a sentence ("Rents are expected to fall", its stop
  // left outside the marks): it states something, as a sentence does.
  const closed = /[.!?]["”’]?\s*$/u.test(input.quoteText);
  const opensSentence = /^\s*\p{Lu}/u.test(input.quoteText);
  const finite = input.alignment.quote.slice(1).some((t) => FINITE_AUXILIARIES.has(t.norm));
  const sentence = (closed && (opensSentence || finite)) || (opensSentence && finite);
  const fragment = content <= FRAGMENT_MAX_CONTENT_WORDS && !sentence;
  const floor = fragment ? UNSUPPORTED_COVERAGE_FRAGMENT : UNSUPPORTED_COVERAGE;
  // A fragment's figure in the slot of the passage's figure is found wording (figure-slots.ts); in
  // a longer quote the other words must carry the floor themselves.
  const found = fragment ? coverageWithFigureSlots(input.alignment) : input.alignment.coverage;
  if (found < floor) {
    return {
      verdict: 'unsupported',
      reasons: [
        `verdict.below-coverage-floor: ${input.alignment.coverage.toFixed(2)} of the quote's wording found in the primary`,
      ],
    };
  }
  const reasons = ALTERED_RULES.flatMap(({ rule }) => rule(input));
  if (reasons.length > 0) return { verdict: 'altered', reasons };
  if (isVerbatim(input)) return { verdict: 'verbatim', reasons: ['verdict.word-for-word'] };
  return { verdict: 'paraphrase', reasons: [describeParaphrase(input)] };
}

/** Paraphrase in words: what was reworded, added and left out, then the coverage. */
function describeParaphrase({ alignment, diff, quoteText, articleText }: JudgeInput): string {
  const parts: string[] = [];
  if (opensInsideClause(alignment, quoteText, articleText)) parts.push('opens as a sentence inside a clause');
  const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  // Each rewording names its evidence; a form the aligner matched by spelling or figure has none to name.
  const evidence = (pair: [string, string]) => {
    const kind = diff.gapAfter.has(pair) ? evidenceOfGap(pair, diff) : evidenceOfRewording(...pair);
    return kind === null ? '' : ` (${kind})`;
  };
  if (diff.substituted.length > 0)
    parts.push(`reworded ${diff.substituted.map((p) => `"${p[0]}" → "${p[1]}"${evidence(p)}`).join(', ')}`);
  if (diff.added.length > 0) parts.push(`added ${quoted(diff.added)}`);
  if (diff.dropped.length > 0) parts.push(`left out ${quoted(diff.dropped)}`);
  parts.push(`coverage ${alignment.coverage.toFixed(2)}`);
  return `verdict.same-meaning: ${parts.join('; ')}`;
}
