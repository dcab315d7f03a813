import type { Span } from '../../model/span.ts';
import { isCapitalised } from '../../nlp/letter-case.ts';
import { PRONOUN_FORMS } from '../../nlp/lexicons/pronouns.ts';
import { QUOTE_MARK_CHARS } from '../../nlp/lexicons/quote-marks.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { Sentence, SpeakerRef } from '../speakers/frame.ts';

/**
 * What the learned reader knew of a reported clause when it chose it (reported.ts): its sentence,
 * its cue word, which side of the cue it lies, its ranker score and its lead over the next
 * candidate of the same cue. The filter reads it after speakers are final.
 */
export interface LearnedTrace {
  sentence: Sentence;
  token: number;
  direction: 'after' | 'before' | 'around';
  score: number;
  margin: number;
}

/** A finished reported clause as the filter sees it. */
export interface FilterInput extends Span {
  speaker: SpeakerRef | null;
  speakerRule: string | null;
  trace: LearnedTrace;
}

/** Thermometer cuts of the ranker's score and margin: "above x" for each x, so a linear filter can bend. */
const SCORE_CUTS = [-30, -25, -20, -16, -12, -8, -4, 0, 4, 8, 12, 16, 24, 32];
const MARGIN_CUTS = [0.5, 1, 2, 4, 8, 16];
/** Content length in words, thermometer coded. */
const LENGTH_CUTS = [3, 5, 8, 12, 18, 25, 35, 50];

/** Words that open an embedded question or a condition rather than a statement. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);
/** A writer's own hedged judgement ("it seems", "it appears", "it is likely") frames no one's words. */
const WRITER_HEDGE = /\bit\s+(?:seems|seemed|appears|appeared|is\s+likely|was\s+likely|looks)\b/iu;
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'neither', 'nor']);
const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'will', 'can', 'must']);
/** A list item's opening: a bullet, a dash or a number with a stop. */
const LIST_ITEM = /^\s*(?:[-–—•*·]|\d+[.)])\s/u;

/**
 * The features of one reported clause the per-candidate rankers cannot see: how (and whether) a
 * speaker was resolved and of what kind, the clause's length and place in the article, what else
 * its sentence reports, the cue word's class, and question, hedge, headline and list shapes; with
 * the rankers' score and margin as thermometer codes. `others` are the other finished quotes, to
 * tell whether the sentence reports more than this clause.
 */
export function filterFeatures(
  text: string,
  q: FilterInput,
  others: readonly (Span & { kind: string })[],
): string[] {
  const { sentence: s, token } = q.trace;
  const out = ['bias', `dir=${q.trace.direction}`];
  for (const x of SCORE_CUTS) if (q.trace.score > x) out.push(`score>${x}`);
  for (const x of MARGIN_CUTS) if (q.trace.margin > x) out.push(`margin>${x}`);
  let words = 0;
  for (const t of s.tokens) if (t.start >= q.start && t.end <= q.end) words++;
  for (const x of LENGTH_CUTS) if (words > x) out.push(`len>${x}`);
  // The share of its sentence the clause covers: a whole-sentence clause is often the writer's.
  const share = (q.end - q.start) / Math.max(1, s.end - s.start);
  out.push(`share=${share > 0.9 ? 'all' : share > 0.6 ? 'most' : share > 0.3 ? 'half' : 'little'}`);

  out.push(`rule=${q.speakerRule ?? 'none'}`);
  const sp = q.speaker;
  out.push(`kind=${sp ? (sp.type ?? 'untyped') : 'none'}`);
  if (sp) {
    out.push(`entity=${sp.entity ? 'yes' : 'no'}`);
    const first = sp.surface.trim().split(/\s+/u)[0] ?? '';
    const pronoun = PRONOUN_FORMS.get(first.toLowerCase());
    out.push(`surface=${pronoun ? `pronoun-${pronoun.refersTo}` : isCapitalised(first) ? 'name' : 'common'}`);
    // Who speaks relative to the clause: inside it, the "speaker" is the clause's own subject.
    if (sp.start >= q.start && sp.end <= q.end) out.push('speaker-inside');
    else if (sp.end <= s.start || sp.start >= s.end) out.push('speaker-outside-sentence');
  }

  const cue = s.tokens[token]!;
  const verb = SPEECH_VERB_FORMS.get(cue.norm);
  const cueClass = verb ? verb.class : cue.norm === 'according' ? 'according' : 'learned';
  out.push(`cue=${cueClass}`, `word=${cue.norm}`);
  if (cue.start >= q.start && cue.end <= q.end) out.push('cue-inside');
  // Speech that did not happen or may: a negation or modal just before the cue ("did not say",
  // "would argue"), or an infinitive ("to announce") or -ing form heading no finite clause.
  for (let k = Math.max(0, token - 3); k < token; k++) {
    const w = s.tokens[k]!.norm;
    if (NEGATIONS.has(w)) out.push('negated-cue');
    if (MODALS.has(w)) out.push('modal-cue');
  }
  if (s.tokens[token - 1]?.norm === 'to') out.push('infinitive-cue');
  if (cue.norm.endsWith('ing')) out.push('ing-cue');
  // The speaker's rule with the clause's side of the cue: a subject before an "after" clause is
  // the usual report, the same rule around a whole sentence is often a misreading.
  out.push(`rule-dir=${q.speakerRule ?? 'none'}/${q.trace.direction}`);
  out.push(`kind-cue=${sp ? (sp.type ?? 'untyped') : 'none'}/${cueClass}`);

  out.push(`sentence=${s.index === 0 ? 'first' : s.index < 3 ? 'early' : 'later'}`);
  const inner = s.tokens.filter((t) => t.start >= q.start && t.end <= q.end);
  const opener = inner[0]?.norm ?? '';
  if (QUESTION_OPENERS.has(opener)) out.push('opens-question-word');
  if (opener === 'that') out.push('opens-that');
  if (opener === 'to') out.push('opens-to');
  const sentenceText = text.slice(s.start, s.end);
  if (/\?\s*["'”’»]*\s*$/u.test(sentenceText) || text.slice(q.start, q.end).includes('?'))
    out.push('question');
  if (WRITER_HEDGE.test(sentenceText)) out.push('writer-hedge');
  if (!hasQuoteMark(sentenceText)) out.push('no-quote-marks');
  if (!/[.!?]["'”’»)]*\s*$/u.test(sentenceText)) out.push('no-final-stop');
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (LIST_ITEM.test(text.slice(lineStart, s.end))) out.push('list-item');
  if (s.tokens.length > 0 && s.tokens.every((t) => !/\p{Ll}/u.test(t.text[0]!) || t.text.length < 4))
    out.push('title-case');

  let reported = 0;
  let direct = 0;
  for (const o of others) {
    if (o.start === q.start && o.end === q.end) continue;
    if (o.start >= s.end || o.end <= s.start) continue;
    if (o.kind === 'indirect') reported++;
    else if (o.start < q.end && q.start < o.end) direct++;
  }
  out.push(`reported-beside=${Math.min(reported, 2)}`);
  if (direct > 0) out.push('holds-direct');
  return out;
}

function hasQuoteMark(text: string): boolean {
  for (const c of text) if (QUOTE_MARK_CHARS.has(c)) return true;
  return false;
}
