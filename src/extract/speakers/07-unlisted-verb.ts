import type { Span } from '../../model/span.ts';
import { NOT_NAME_WORDS, VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { lastTokenEndingBy } from '../../nlp/tokens.ts';
import { lemmasOf } from '../../nlp/wordnet/wordnet.ts';
import { mentionEndingAt, mentionStartingAt, resolveName } from './clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from './frame.ts';
import { findSentenceSubject } from './sentence-subject.ts';

/** Fewest words of a quotation this rule attributes: a quoted term ("so-called “deal,”") is no statement. */
const MIN_QUOTE_WORDS = 4;

/**
 * speaker.unlisted-verb: "“…,” Oliver barked.", "“…,” Kelly charged in her opening question",
 * "“…,” opined the Plain Dealer's editors, …" — news copy closes a quotation with a comma (or a
 * question or exclamation mark) inside the marks and the attribution right after it, whatever
 * verb the writer chose; the speech-verb lexicon cannot hold them all. Right after such a
 * closing mark: a name followed by a lower-case past or present verb form, or such a verb
 * followed by a name that ends the clause. Names only: a role or pronoun there is left to the
 * rules that resolve them.
 */
export function findUnlistedVerbAttribution(
  frame: Frame,
  s: Sentence,
  q: Span & { closeAt: number },
): { speaker: SpeakerRef; cue: Span } | null {
  const { masked } = frame;
  const inside = masked.slice(Math.max(q.start, q.closeAt - 2), q.closeAt);
  if (!/[,?!]\s*$/u.test(inside) && !/^[”’"']?,/u.test(masked.slice(q.closeAt + 1, q.closeAt + 3)))
    return null;
  if ((frame.text.slice(q.start, q.closeAt).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUOTE_WORDS)
    return null;
  const k = s.tokens.findIndex((t) => t.start > q.closeAt);
  if (k < 0 || !/^[\s,”’"']*$/u.test(masked.slice(q.closeAt + 1, s.tokens[k]!.start))) return null;
  const m = mentionStartingAt(frame, s, k);
  if (m?.kind === 'name') {
    const verb = s.tokens[m.to];
    const verbal = verb && (isVerbForm(verb.text, verb.norm) || isIrregularPast(verb.text, verb.norm));
    if (!verbal || !/^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to))) return null;
    const speaker = resolveName(frame, s, m);
    return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
  }
  const verb = s.tokens[k]!;
  if (m || !isVerbForm(verb.text, verb.norm)) return null;
  const after = mentionStartingAt(frame, s, k + 1);
  if (after?.kind !== 'name' || !/^\s*(?:[,.;]|$)/u.test(masked.slice(after.end, s.end))) return null;
  const speaker = resolveName(frame, s, after);
  return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
}

/** Words that may open the clause of a lead-in ("And Mr. Christie gloated: …"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so']);

/**
 * speaker.unlisted-verb (lead-in): "Mr. Trump yelled, ''Out, out, out!''", "And Mr. Christie
 * gloated: ''I told you …''" — a clause of a name and a lower-case verb form, closed by a comma or
 * colon right before the opening mark (or taking the quotation as its object: isQuotedObject),
 * introduces the quotation whatever the verb. The name opens its clause (the sentence start, a
 * comma or dash, or "and"/"but" after one or after a sentence's end the splitter kept inside the
 * sentence: ".'' And Mr. Christie gloated:").
 */
export function findUnlistedVerbLeadIn(
  frame: Frame,
  s: Sentence,
  openAt: number,
  closeAt: number,
): { speaker: SpeakerRef; cue: Span } | null {
  const v = lastTokenEndingBy(s.tokens, openAt);
  if (v < 1) return null;
  // The first of two apostrophes opening a quotation ('' … '') may stand before `openAt`.
  const lead = frame.masked.slice(s.tokens[v]!.end, openAt);
  if (!/[,:]\s*'?$/u.test(lead) && !(/^\s+$/u.test(lead) && isQuotedObject(frame, openAt, closeAt)))
    return null;
  const verb = s.tokens[v]!;
  if (!isVerbForm(verb.text, verb.norm) || !/^\s+$/u.test(gapBetween(frame, s, v - 1, v))) return null;
  // "Lund gestured to the crowd, then leaned in and boomed: “…”": a verb coordinated after
  // "and" shares the clause's subject.
  if (s.tokens[v - 1]!.norm === 'and') {
    const subject = findSentenceSubject(frame, s, v - 1);
    const speaker = subject?.kind === 'name' ? resolveName(frame, s, subject) : null;
    return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
  }
  const m = mentionEndingAt(frame, s, v - 1);
  if (m?.kind !== 'name') return null;
  const before = m.from > 0 ? s.tokens[m.from - 1]! : null;
  const opens =
    before === null ||
    /[,;:—–]\s*$/u.test(gapBetween(frame, s, m.from - 1, m.from)) ||
    (CLAUSE_LINKS.has(before.norm) &&
      (m.from === 1 || /(?:[,;]|[.?!][”’"']*)\s*$/u.test(gapBetween(frame, s, m.from - 2, m.from - 1))));
  if (!opens) return null;
  const speaker = resolveName(frame, s, m);
  return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
}

/**
 * speaker.unlisted-verb (object): "Governor Ellis thanked “the crews who worked through the night.”"
 * — a quotation right after its verb, with no comma, is the verb's object: words the clause's
 * subject used, so they are that subject's rather than an earlier speaker's. Only a quotation of
 * a few words, as a quoted single term ("visited “Hope”") is a name or a label, not a statement.
 */
function isQuotedObject(frame: Frame, openAt: number, closeAt: number): boolean {
  const words = frame.text.slice(openAt + 1, closeAt).match(/[\p{L}\p{N}]+/gu) ?? [];
  return closeAt > openAt && words.length >= MIN_QUOTE_WORDS;
}

/** A lower-case past form or third-person present ("barked", "opines"), no auxiliary or function word. */
export function isVerbForm(text: string, norm: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{2,}(?:ed|es|s)$/u.test(text) || /ss$/u.test(norm)) return false;
  return !VERB_GAP_WORDS.has(norm) && !NOT_NAME_WORDS.has(norm);
}

/**
 * An irregular past form after a name ("“…,” Lund shot back", "Lund swore"): a lower-case word that
 * WordNet reads only as an inflection of another verb, never as a verb lemma of its own. The
 * lexicon's own forms ("said", "told") are left to the rules that read them.
 */
function isIrregularPast(text: string, norm: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(text) || VERB_GAP_WORDS.has(norm) || NOT_NAME_WORDS.has(norm)) return false;
  if (SPEECH_VERB_FORMS.has(norm)) return false;
  const lemmas = lemmasOf(norm, 'v');
  return lemmas.length > 0 && !lemmas.includes(norm);
}
