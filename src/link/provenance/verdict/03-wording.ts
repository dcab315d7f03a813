import { indexForm, sensesOfWord, WORDNET_MAX_SENSES } from '../../../nlp/wordnet/wordnet.ts';
import { extremeSenseOf, glossOf } from '../../../nlp/wordnet/intensity.ts';
import type { SegmentAlignment } from '../alignment/align.ts';
import type { Term } from '../terms.ts';
import { SPEECH_ACT_ADVERBS } from '../../../nlp/lexicons/hedges.ts';
import { quoteTermsOf, regionTermsOf, type Rule, textOf, windowRangeOf } from './rule.ts';

const SPEECH_ACT = new Set(SPEECH_ACT_ADVERBS);

/**
 * More intensity in the report than in the passage it renders ("respond" → "respond decisively").
 * A graded word matched to a milder one of the source says what it replaced.
 */
export const intensifierAdded: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const q = quoteTermsOf(seg, alignment.quote);
    const qGrade = q.reduce((s, t) => s + t.grade, 0);
    // An adjective carries its adverb's grade: "my firm belief" is as emphatic as "I firmly believe".
    const gradeOfBase = new Map(
      q.filter((t) => t.grade > 0).map((t) => [t.norm.replace(/ly$/, ''), t.grade]),
    );
    const pGrade = regionTermsOf(seg).reduce((s, t) => s + (t.grade || (gradeOfBase.get(t.norm) ?? 0)), 0);
    if (qGrade <= pGrade) continue;
    const extra = q.filter((t, i) => t.grade > 0 && diff.unsupported.has(seg.from + i));
    const graded = extra.length > 0 ? extra : q.filter((t) => t.grade > 0);
    // A graded word that hardens a source word is reported once, by wordingHardened.
    if (graded.every((t) => seg.support.get(alignment.quote.indexOf(t))?.kind === 'hardened')) continue;
    const words = graded.map((t) => {
      const m = seg.support.get(alignment.quote.indexOf(t));
      const from = m ? seg.candidate.terms[m.p]!.norm : null;
      return from && from !== t.norm ? `"${from}" → "${textOf(quoteText, t)}"` : `"${textOf(quoteText, t)}"`;
    });
    out.push(
      `verdict.intensifier-added: ${words.join(', ')}${extra.length > 0 ? ' (not in the primary)' : ''}`,
    );
  }
  return out;
};

/**
 * A hedge of the source gone from inside the quoted passage ("I think we can" → "we can"), or one
 * the source did not use. A hedge swapped for another ("I think" → "I believe") is neither. A hedge
 * before the first word the report quotes is context a lower-case fragment may leave out, not a
 * change; a quote that opens as a sentence there does drop it.
 */
export const hedgeChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const out: string[] = [];
  alignment.segments.forEach((seg, k) => {
    const lost = new Set(diff.unmatchedPrimary.get(seg) ?? []);
    // A quote sentence that opens where its source sentence opened on a hedge ("I think we're going
    // to …" → "We're going to …") states flat what the speaker hedged: the first of the quote, or a
    // later one the report joined to it after a full stop with no ellipsis (an ellipsis cuts openly).
    const previous = alignment.segments[k - 1];
    const between = previous
      ? quoteText.slice(alignment.quote[previous.to - 1]!.end, alignment.quote[seg.from]!.start)
      : '';
    const opensSentence = seg.from === 0 || (/[.!?]/.test(between) && !/…|\.\.\./.test(between));
    if (opensSentence) for (const p of governingHedgeBefore(seg, quoteText, alignment.quote)) lost.add(p);
    if (k === alignment.segments.length - 1)
      for (const p of trailingHedgeAfter(seg, quoteText, alignment.quote, articleText)) lost.add(p);
    const dropped = [...lost].map((p) => seg.candidate.terms[p]!).filter((t) => t.hedge);
    const qTerms = quoteTermsOf(seg, alignment.quote);
    const added = qTerms.filter((t, i) => t.hedge && diff.unsupported.has(seg.from + i));
    if (dropped.length > added.length)
      out.push(`verdict.hedge-dropped: "${dropped.map((t) => t.norm).join(', ')}" left out of the report`);
    if (added.length > dropped.length && !regionTermsOf(seg).some((t) => t.hedge)) {
      out.push(
        `verdict.hedge-added: "${added.map((t) => textOf(quoteText, t)).join(', ')}" (not in the primary)`,
      );
    }
  });
  return out;
};

/**
 * A quote that opens as a sentence (capitalised) where the source sentence or clause opened on a
 * hedge governing it ("I think they will pass it" → "They will pass it"): the report states flat what
 * the speaker hedged. A lower-case fragment ("said they would “pass it”") is context-free and exempt,
 * unless it opens on words of its own in the hedge's place ("there will be a hearing").
 * Only light words may stand between the hedge and the quoted words, and before it up to the clause
 * start ("And, well, I think …").
 */
function governingHedgeBefore(seg: SegmentAlignment, quoteText: string, quote: Term[]): number[] {
  const first = quote[seg.from];
  if (!first) return [];
  // A fragment opening on words of its own put them in the hedge's place ("I'd expect a hearing" →
  // "there will be a hearing"): it did not merely start later, on the speaker's words.
  const ownOpening = !seg.support.has(seg.from) && !first.hedge;
  if (!/^\p{Lu}/u.test(quoteText.slice(first.start, first.end)) && !ownOpening) return [];
  const terms = seg.candidate.terms;
  const at = terms[seg.regionFrom];
  if (!at) return [];
  const hedges: number[] = [];
  let j = seg.regionFrom - 1;
  for (; j >= 0 && terms[j]!.clause === at.clause; j--) {
    if (terms[j]!.hedge) hedges.push(j);
    else if (hedges.length > 0 && SPEECH_ACT.has(terms[j]!.norm)) continue;
    else if (!terms[j]!.light) return [];
  }
  return hedges;
}

/**
 * A quote given as a whole sentence (capitalised, closed) where its source sentence went on, after
 * the last quoted word, only with a hedge that governs it ("The talks could resume, I suspect." →
 * "The talks could resume."): the hedge was cut from the sentence quoted as whole, as one that
 * opened it would be. Only light words may stand with the hedge, up to the sentence's end.
 */
function trailingHedgeAfter(
  seg: SegmentAlignment,
  quoteText: string,
  quote: Term[],
  articleText: (id: string) => string,
): number[] {
  const first = quote[seg.from];
  const last = quote[seg.to - 1];
  if (!first || !last || !/^\s*["“‘']?\p{Lu}/u.test(quoteText)) return [];
  if (!/^[\s"”’']*[.!?]["”’']*\s*$/u.test(quoteText.slice(last.end))) return [];
  const terms = seg.candidate.terms;
  const pText = articleText(seg.candidate.article);
  const after = terms[seg.regionTo - 1];
  if (!after || !/^\s*,/.test(pText.slice(after.end))) return [];
  const hedges: number[] = [];
  for (let j = seg.regionTo; j < terms.length; j++) {
    if (terms[j]!.hedge) hedges.push(j);
    else if (!terms[j]!.light) return [];
    if (/^\s*[.!?]/.test(pText.slice(terms[j]!.end))) return hedges;
  }
  return [];
}

/** A neutral word of the source replaced by its harsher (or softer) counterpart. */
export const wordingHardened: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    for (const m of seg.support.values()) {
      if (m.kind !== 'hardened' && m.kind !== 'softened') continue;
      const from = seg.candidate.terms[m.p]!.norm;
      const to = textOf(quoteText, alignment.quote[m.q]!);
      out.push(`verdict.wording-${m.kind}: "${from}" → "${to}"`);
    }
  }
  return out;
};

/** A pejorative label in the quote that the source does not use. */
export const loadedWordAdded: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    quoteTermsOf(seg, alignment.quote).forEach((t, i) => {
      const m = seg.support.get(seg.from + i);
      if (t.loaded && (!m || m.kind === 'hardened'))
        out.push(`verdict.loaded-word-added: "${textOf(quoteText, t)}" (not in the primary)`);
    });
  }
  return out;
};

/**
 * A word the dictionary defines as the extreme of its scale ("plummet": drop sharply;
 * "devastate": … ruin utterly) where the passage has no word of that strength: put in, or
 * standing for a milder word ("fell" → "plummeted", "damaged" → "devastated"). Graded words
 * of the intensifier table and lexicon hardening pairs have rules of their own.
 */
export const glossHardened: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    // The passage's words the report did not keep, in the region or just past its edges where the
    // quote has words of its own ("have skyrocketed" → "have soared"): one of that strength answers
    // an addition.
    const matched = new Set([...seg.support.values()].map((m) => m.p));
    const { from, to } = windowRangeOf(seg);
    const lost = terms.slice(from, to).filter((_, k) => !matched.has(from + k));
    const lostStrong = lost.some((t) => !t.light && extremeSenseOf(t.norm) !== null);
    for (let i = seg.from; i < seg.to; i++) {
      const t = alignment.quote[i]!;
      if (t.light || t.name || t.num !== null || t.grade !== 0 || t.neg) continue;
      const m = seg.support.get(i);
      if (m && (m.kind === 'same' || m.kind === 'inflection' || m.kind === 'hardened')) continue;
      if (!m && (!diff.unsupported.has(i) || lostStrong)) continue;
      const sense = extremeSenseOf(t.norm);
      if (sense === null) continue;
      const source = m ? terms[m.p]! : null;
      if (source && extremeSenseOf(source.norm) !== null) continue;
      // The speaker's word has that very sense ("surged" is also "rise rapidly", as "soared" is).
      if (source && sensesOfWord(indexForm(source.norm), WORDNET_MAX_SENSES).includes(sense)) continue;
      const was = source ? `"${source.norm}" → ` : '';
      out.push(`verdict.wording-hardened: ${was}"${textOf(quoteText, t)}" (WordNet: "${glossOf(sense)}")`);
    }
  }
  return out;
};
