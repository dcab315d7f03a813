import type { Article } from '../../../model/article.ts';
import type { Provenance, Quote, Speaker } from '../../../model/quote.ts';
import { splitSentences } from '../../../nlp/sentences.ts';
import { containsWholeWord } from '../../../nlp/text-search.ts';

/**
 * A quote the report left to the speaker of the paragraphs before it (speaker.carry-over, the
 * weakest attribution), whose words the primary puts in the turn of one named speaker, a person
 * the report names in the quote's own sentence ("Budgets, Roe reminded viewers, have “fallen …”",
 * "Roe made the blunter case: the lenders “have known …”"): that person said them. A cue the
 * extractor read is never overridden (a report may credit words to the wrong person), nor is a
 * speaker the sentence does not name.
 */

const CARRY_OVER = 'speaker.carry-over';
/** Verdicts whose aligned span is the words the report quotes. */
const ALIGNED: ReadonlySet<Provenance['verdict']> = new Set(['verbatim', 'paraphrase', 'altered']);

export function nameCarriedByPrimary(
  quote: Quote,
  provenance: Provenance,
  primary: Article,
  ownQuotes: readonly Quote[],
  report: Article | undefined,
): Speaker | null {
  if (quote.speakerRule !== CARRY_OVER || !report || !ALIGNED.has(provenance.verdict)) return null;
  const spans = provenance.primary.filter((s) => s.article === primary.id);
  if (spans.length === 0) return null;
  const speakers = new Map<string, Speaker>();
  for (const s of spans) {
    const turn = ownQuotes.find((q) => q.start <= s.start && s.end <= q.end && q.speaker?.entity);
    if (!turn) return null;
    speakers.set(turn.speaker!.entity!, turn.speaker!);
  }
  if (speakers.size !== 1) return null;
  const speaker = [...speakers.values()][0]!;
  if (speaker.entity === quote.speaker?.entity) return null;
  const sentence = splitSentences(report.text).find((s) => s.start <= quote.start && quote.start < s.end);
  if (!sentence) return null;
  const surname = speaker.name.split(/\s+/u).at(-1)!;
  const said = report.text.slice(sentence.start, quote.start);
  return containsWholeWord(said, surname, true) ? speaker : null;
}
