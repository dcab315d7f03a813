import { lexFileOf } from '../../../nlp/wordnet/relations.ts';
import { isMainlyNoun, lemmasOf, synsetsOf } from '../../../nlp/wordnet/wordnet.ts';
import { evidenceOfRewording, isCloseRendering } from './08-wording-without-evidence.ts';
import { type Rule } from './rule.ts';

/** Punctuation that ends the phrase a quote's last matched word stands in. */
const PHRASE_END = /[,;:.!?()\u2013\u2014]/u;

/** Most words of the speaker's phrase after the last matched word compared with the quote's ending. */
const CLOSING_MAX_WORDS = 5;

/**
 * The quote's closing words put for the words the speaker said in their place: "the grant will
 * not be widened to newer boilers" → "… widened to businesses", "keep lorries out of the streets
 * near hospitals" → "… out of the streets across the county". The gaps between matched words are compared as rewordings; the
 * quote's end has no matched word after it to close a gap, so a report could swap the object or
 * the place that ends a sentence unseen. Compared with the passage's words right after the last
 * matched one, up to the end of their phrase: with no synonymy linking the two, and head nouns of
 * other kinds in their main WordNet senses (a dwelling and a firm, an institution and a place),
 * another thing is named. Rewordings of one kind ("flutter" / "bet", "at this time" / "at
 * present") and adverbs ("online" / "on the internet") are the report's to choose. A translation
 * rewords freely and is left alone, as the wording rule leaves it.
 */
export const closingWordsReplaced: Rule = ({ alignment, diff, quoteText, articleText, translated }) => {
  if (translated || !isCloseRendering(alignment, diff)) return [];
  const seg = alignment.segments[alignment.segments.length - 1];
  if (!seg || seg.to !== alignment.quote.length) return [];
  const q = alignment.quote;
  // The last content word matched: a light word may be matched anywhere ("a" of "in a row" to
  // the "a" of "a year" further on).
  const last = Math.max(-1, ...[...seg.support.keys()].filter((k) => !alignment.quote[k]!.light));
  if (last < seg.from) return [];
  const tail = q.slice(last + 1, seg.to);
  if (!tail.some((t) => !t.light) || tail.some((t) => t.num !== null)) return [];
  const terms = seg.candidate.terms;
  const pText = articleText(seg.candidate.article);
  const lastP = seg.support.get(last)!.p;
  // Words matched further on in the passage: the quote is reordered, not ended early.
  if ([...seg.support.values()].some((m) => m.p > lastP && !terms[m.p]!.light)) return [];
  const said: number[] = [];
  for (let p = lastP + 1; p < terms.length && said.length < CLOSING_MAX_WORDS; p++) {
    if (PHRASE_END.test(pText.slice(terms[p - 1]!.end, terms[p]!.start))) break;
    said.push(p);
  }
  if (!said.some((p) => !terms[p]!.light) || said.some((p) => terms[p]!.num !== null)) return [];
  // Past the phrase the speaker went on: the quote's last words would stand for more than it.
  const end = said[said.length - 1]!;
  if (end + 1 < terms.length && !PHRASE_END.test(pText.slice(terms[end]!.end, terms[end + 1]!.start)))
    return [];
  // Shown and compared from the first content word on each side ("newer boilers" → "businesses").
  const fromStart = terms[said.find((p) => !terms[p]!.light)!]!.start;
  const toStart = tail.find((t) => !t.light)!.start;
  const from = pText.slice(fromStart, terms[end]!.end);
  const to = quoteText.slice(toStart, tail[tail.length - 1]!.end);
  if (evidenceOfRewording(from, to) !== null || !namesOtherKind(from, to)) return [];
  return [`verdict.wording-changed: "${from}" → "${to}" (the quote's closing words put for the speaker's)`];
};

/** The main WordNet sense's lexicographer file of a phrase's last word, read as a noun; or null. */
function headNounKind(phrase: string): number | null {
  const head = phrase.toLowerCase().match(/\p{L}+$/u)?.[0] ?? '';
  if (!isMainlyNoun(head)) return null;
  const lemma = lemmasOf(head, 'n')[0];
  const sense = lemma === undefined ? undefined : synsetsOf(lemma, 'n', 1)[0];
  return sense === undefined ? null : lexFileOf(sense);
}

/** Both phrases end on nouns, of other kinds in their main senses. */
function namesOtherKind(from: string, to: string): boolean {
  const a = headNounKind(from);
  const b = headNounKind(to);
  return a !== null && b !== null && a !== b;
}
