import type { Span } from '../../model/span.ts';
import { NOT_NAME_WORDS, PREPOSITIONS, VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { lastTokenEndingBy, type Token } from '../../nlp/tokens.ts';
import { lemmasOf } from '../../nlp/wordnet/wordnet.ts';
import { type Mention, mentionEndingAt, mentionStartingAt, resolveName } from './clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from './frame.ts';
import { unnamed as unnamedSource } from './04-pronoun-role.ts';
import { findNameAfterInvertedRole } from './03-appositive.ts';
import { isQuotedPredicate } from './quoted-predicate.ts';
import { findSentenceSubject } from './sentence-subject.ts';

/** Fewest words of a quotation this rule attributes: a quoted term ("so-called “deal,”") is no statement. */
const MIN_QUOTE_WORDS = 4;

/**
 * speaker.unlisted-verb: "“…,” Oliver barked.", "“…,” Kelly charged in her opening question",
 * "“…,” opined the Plain Dealer's editors, …" — news copy closes a quotation with a comma (or a
 * question or exclamation mark) inside the marks and the attribution right after it, whatever
 * verb the writer chose; the speech-verb lexicon cannot hold them all. Right after such a
 * closing mark: a name followed by a lower-case past or present verb form, or such a verb
 * followed by a name (or a described role and its name set off by a comma) that ends the clause.
 * Names only: a role or pronoun there is left to the rules that resolve them.
 */
export function findUnlistedVerbAttribution(
  frame: Frame,
  s: Sentence,
  q: Span & { openAt: number; closeAt: number },
): { speaker: SpeakerRef; cue: Span } | null {
  const { masked } = frame;
  const inside = masked.slice(Math.max(q.start, q.closeAt - 2), q.closeAt);
  if (!/[,?!]\s*$/u.test(inside) && !/^[”’"']?,/u.test(masked.slice(q.closeAt + 1, q.closeAt + 3)))
    return null;
  const words = (frame.text.slice(q.start, q.closeAt).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  // A quoted predicate ('her rulings "are final", Lund reminded them') is words, not a term; so is
  // an exclamation or a question ("“This is great!” beamed Lund"), which no term ends with.
  const exclaimed = /[?!]\s*$/u.test(inside);
  if (words < MIN_QUOTE_WORDS && !exclaimed && !isQuotedPredicate(frame.text, q)) return null;
  const k = s.tokens.findIndex((t) => t.start > q.closeAt);
  if (k < 0 || !/^[\s,”’"']*$/u.test(masked.slice(q.closeAt + 1, s.tokens[k]!.start))) return null;
  const m = mentionStartingAt(frame, s, k);
  // "“…?” a Liberal staffer in the room wondered.": an indefinite role phrase is an unnamed speaker.
  const unnamed = findIndefiniteRole(frame, s, k);
  const unnamedVerb = unnamed ? findVerbAfterIndefinite(frame, s, unnamed) : null;
  if (unnamed && unnamedVerb)
    return { speaker: unnamedSource(unnamed), cue: { start: unnamedVerb.start, end: unnamedVerb.end } };
  if (m?.kind === 'name') {
    const verb = s.tokens[m.to];
    const verbal = verb && (isVerbForm(verb.text, verb.norm) || isIrregularPast(verb.text, verb.norm));
    if (!verbal || !/^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to))) return null;
    const speaker = resolveName(frame, s, m);
    return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
  }
  const verb = s.tokens[k]!;
  if (m || !isVerbForm(verb.text, verb.norm)) return null;
  // "“…,” exhorted the council's guest, actress Ida Cole.": a described role set off before
  // the name, as after an inverted "said".
  const after = findNameAfterInvertedRole(frame, s, k + 1) ?? mentionStartingAt(frame, s, k + 1);
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

/** Most words of an indefinite role phrase ("a senior Liberal staffer"). */
const MAX_ROLE_PHRASE_WORDS = 5;

/** The role phrase opened by "a"/"an" at token `k` ("a Liberal staffer"), read to its role noun. */
function findIndefiniteRole(frame: Frame, s: Sentence, k: number): Mention | null {
  if (!/^(?:a|an)$/u.test(s.tokens[k]?.norm ?? '')) return null;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + MAX_ROLE_PHRASE_WORDS); j++) {
    if (!/^\s+$/u.test(gapBetween(frame, s, j - 1, j))) return null;
    const m = mentionEndingAt(frame, s, j);
    if (m?.kind === 'role' && m.from === k) return m;
  }
  return null;
}

/** Most words of a place phrase between an unnamed speaker and its verb ("in the room"). */
const MAX_PLACE_PHRASE_WORDS = 3;

/**
 * The verb after an indefinite role phrase ("a Liberal staffer wondered", "an aide in the room
 * muttered"): a lower-case past form right after it or after a short prepositional phrase.
 */
function findVerbAfterIndefinite(frame: Frame, s: Sentence, m: Mention): Token | null {
  if (!/^(?:a|an)$/u.test(s.tokens[m.from]!.norm)) return null;
  let k = m.to;
  if (PREPOSITIONS.has(s.tokens[k]?.norm ?? '')) {
    const limit = k + 1 + MAX_PLACE_PHRASE_WORDS;
    for (k++; k < limit && s.tokens[k] && !isPastForm(s.tokens[k]!); k++)
      if (!/^\p{Ll}+$/u.test(s.tokens[k]!.text)) return null;
  }
  const verb = s.tokens[k];
  if (!verb || !isPastForm(verb) || !/^\s+$/u.test(gapBetween(frame, s, k - 1, k))) return null;
  return verb;
}

function isPastForm(t: Token): boolean {
  return (/ed$/u.test(t.norm) && isVerbForm(t.text, t.norm)) || isIrregularPast(t.text, t.norm);
}

/** Words a spilled attribution may hold after its verb ("Berg questioned on Tuesday"). */
const MAX_SPILLED_WORDS = 3;

/**
 * speaker.spilled-attribution (unlisted verb): "“What changed?” Berg questioned." — after a
 * quotation ending in a question or exclamation mark the splitter starts a sentence, which here
 * is only a name and a past verb form outside the lexicon (and a few words): that name said it.
 */
export function findSpilledUnlistedVerb(
  frame: Frame,
  next: Sentence,
): { speaker: SpeakerRef; cue: Span } | null {
  const m = mentionStartingAt(frame, next, 0);
  const verb = m?.kind === 'name' ? next.tokens[m.to] : undefined;
  if (!m || !verb || !isPastForm(verb) || !/^\s+$/u.test(gapBetween(frame, next, m.to - 1, m.to)))
    return null;
  if (next.tokens.length - 1 - m.to > MAX_SPILLED_WORDS) return null;
  const speaker = resolveName(frame, next, m);
  return speaker ? { speaker, cue: { start: verb.start, end: verb.end } } : null;
}
