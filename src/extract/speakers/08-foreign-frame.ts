import type { Span } from '../../model/span.ts';
import {
  FOREIGN_ARTICLES,
  FOREIGN_AUXILIARIES,
  FOREIGN_OFFICE_LINKS,
  FOREIGN_PRONOUNS,
  FOREIGN_SOURCE_AFTER_QUOTE,
  FOREIGN_SOURCE_PREPOSITIONS,
  FOREIGN_SPEECH_VERBS,
  foreignRoleOf,
} from '../../nlp/lexicons/foreign-speech-frames.ts';
import { type Mention, mention } from './clause.ts';
import type { Frame, Sentence } from './frame.ts';

/**
 * speaker.foreign-frame: a German or French report's frame around a quotation ("„…“, sagte
 * Finanzminister Karl Vogt", "Die Richterin Anna Berg erklärte: „…“", "« … », a affirmé la
 * présidente", "selon la ministre"). The English rules read none of it: the verbs are not theirs,
 * and an article or an auxiliary ("la", "a") stands where they expect a name.
 */
export interface ForeignFrame {
  /** The person named (title dropped), else the title as a role ("minister"). */
  mention: Mention;
  /** The sentence the mention stands in (an inverted pronoun's antecedent may stand earlier). */
  sentence: Sentence;
  cue: Span;
}

/** Words a frame's verb may stand before the quotation's colon ("erklärte am Montag vor Journalisten:"). */
const VERB_REACH = 5;
/** Words a mention may span: an article, a title, its office, a name. */
const MENTION_REACH = 8;

export function findForeignFrame(
  frame: Frame,
  s: Sentence,
  openAt: number,
  closeAt: number,
): ForeignFrame | null {
  const t = s.tokens;
  const firstAfter = t.findIndex((x) => x.start > closeAt);
  const lastBefore = t.findLastIndex((x) => x.end <= openAt);
  // After the closing mark: "„…“, sagte X", "« … », a déclaré X", "„…“, so der Minister".
  if (firstAfter >= 0 && /^[\s,»“”"'‘’›]*$/u.test(frame.masked.slice(closeAt + 1, t[firstAfter]!.start))) {
    let k = firstAfter;
    if (FOREIGN_AUXILIARIES.has(t[k]!.norm) && FOREIGN_SPEECH_VERBS.has(t[k + 1]?.norm ?? '')) k++;
    const verb = FOREIGN_SPEECH_VERBS.has(t[k]!.norm);
    const pronoun = invertedPronoun(frame, s, firstAfter);
    if (pronoun) return pronoun;
    const so = k === firstAfter && t[k]!.norm === FOREIGN_SOURCE_AFTER_QUOTE;
    if (verb || so || FOREIGN_SOURCE_PREPOSITIONS.has(t[k]!.norm)) {
      const m = mentionFrom(frame, s, k + 1, so);
      if (m) return { mention: m, sentence: s, cue: { start: t[k]!.start, end: t[k]!.end } };
    }
  }
  // A source preposition anywhere in the sentence: "Laut dem Minister sind „…“", "selon la ministre".
  for (let k = 0; k < t.length; k++) {
    if (!FOREIGN_SOURCE_PREPOSITIONS.has(t[k]!.norm)) continue;
    const m = mentionFrom(frame, s, k + 1, false);
    if (m) return { mention: m, sentence: s, cue: { start: t[k]!.start, end: t[k]!.end } };
  }
  // Before the opening mark, a verb whose colon or comma opens it: "Die Richterin erklärte: „…“".
  if (lastBefore < 0 || !/[:,]\s*$/u.test(frame.masked.slice(t[lastBefore]!.end, openAt))) return null;
  for (let v = lastBefore; v >= Math.max(0, lastBefore - VERB_REACH); v--) {
    if (!FOREIGN_SPEECH_VERBS.has(t[v]!.norm)) continue;
    const cue = { start: t[v]!.start, end: t[v]!.end };
    // German puts the subject after the verb when something else opens the sentence
    // ("Am Montag erklärte die Richterin: …").
    const after = mentionFrom(frame, s, v + 1, false, lastBefore + 1);
    if (after) return { mention: after, sentence: s, cue };
    const before = mentionFrom(frame, s, 0, false, v);
    return before ? { mention: before, sentence: s, cue } : null;
  }
  return null;
}

/**
 * An inverted pronoun subject right after the quotation: "a-t-elle déclaré", "déclare-t-il",
 * "sagte er". Read as the English pronoun, so it finds its antecedent as "she said" would.
 */
function invertedPronoun(frame: Frame, s: Sentence, k: number): ForeignFrame | null {
  const t = s.tokens;
  const at = (i: number): string => t[i]?.norm ?? '';
  // The French euphonic "t" stands between the verb or auxiliary and the pronoun.
  const skipT = (i: number): number => (at(i) === 't' ? i + 1 : i);
  let verb = -1;
  let p = -1;
  if (FOREIGN_AUXILIARIES.has(at(k)) && FOREIGN_PRONOUNS.has(at(skipT(k + 1)))) {
    p = skipT(k + 1);
    verb = p + 1;
  } else if (FOREIGN_SPEECH_VERBS.has(at(k)) && FOREIGN_PRONOUNS.has(at(skipT(k + 1)))) {
    verb = k;
    p = skipT(k + 1);
  }
  if (p < 0 || !FOREIGN_SPEECH_VERBS.has(at(verb))) return null;
  const named = lastNamed(frame, s, t[k]!.start);
  return named ? { ...named, cue: { start: t[verb]!.start, end: t[verb]!.end } } : null;
}

/** Sentences read back for an inverted pronoun's antecedent. */
const ANTECEDENT_SENTENCES = 3;

/**
 * The person a pronoun goes back to: the last name (two capitalised words or more, an article
 * aside) before `before`, in this sentence or the few before it. The English subject reader would
 * take the article of "La juge Anne Roux" for a name.
 */
function lastNamed(frame: Frame, s: Sentence, before: number): Omit<ForeignFrame, 'cue'> | null {
  for (let j = s.index; j >= Math.max(0, s.index - ANTECEDENT_SENTENCES); j--) {
    const sentence = frame.sentences[j]!;
    const t = sentence.tokens;
    let found: { from: number; to: number } | null = null;
    for (let i = 0; i < t.length && t[i]!.end <= before; i++) {
      const name = findName(frame, sentence, i, t.length, false);
      if (name && t[name.to - 1]!.end <= before) {
        found = name;
        i = name.to - 1;
      }
    }
    if (found) {
      const m = mention(frame, sentence, 'name', found.from, found.to, true, 'person', t[found.to - 1]!.norm);
      if (m) return { mention: m, sentence };
    }
  }
  return null;
}

/**
 * The speaker phrase at token `k`: an article, a title and its office, then a name ("die Ministerin
 * für Bildung, Lena Kraus"; "le ministre Paul Martin"). The name is the mention; a title with none
 * is a role. `closing` (after "so") wants the phrase to end the sentence. `limit` bounds the phrase
 * (the verb it is the subject of).
 */
function mentionFrom(
  frame: Frame,
  s: Sentence,
  k: number,
  closing: boolean,
  limit = s.tokens.length,
): Mention | null {
  const t = s.tokens;
  const end = Math.min(limit, k + MENTION_REACH);
  let j = k;
  if (j < end && isArticle(t[j]!.norm)) j++;
  let role: string | null = null;
  let title = -1;
  if (j < end && foreignRoleOf(t[j]!.norm)) {
    role = foreignRoleOf(t[j]!.norm);
    title = j++;
  }
  // The office after the title: "de la Santé", "für Bildung", up to a comma or a name.
  const name = findName(frame, s, j, end, title >= 0);
  if (!name && role === null) return null;
  if (closing && !/^\s*[.!?]?\s*$/u.test(frame.masked.slice(t[(name?.to ?? title + 1) - 1]!.end, s.end)))
    return null;
  if (name) return mention(frame, s, 'name', name.from, name.to, true, 'person', t[name.to - 1]!.norm);
  return mention(frame, s, 'role', title, title + 1, true, 'person', role!);
}

/** Sentences read back for the person a bare title ("so die Ministerin") stands for. */
const TITLE_HOLDER_SENTENCES = 10;

/**
 * The person the article named with a title of `role` before ("Ministerin Ines Kalder … so die
 * Ministerin"): the English role reader binds English titles only.
 */
export function findForeignTitleHolder(
  frame: Frame,
  s: Sentence,
  role: Mention,
): Omit<ForeignFrame, 'cue'> | null {
  for (let j = s.index; j >= Math.max(0, s.index - TITLE_HOLDER_SENTENCES); j--) {
    const sentence = frame.sentences[j]!;
    const t = sentence.tokens;
    for (let i = t.length - 1; i >= 0; i--) {
      if (t[i]!.end > role.start || foreignRoleOf(t[i]!.norm) !== role.head) continue;
      const name = findName(frame, sentence, i + 1, Math.min(t.length, i + MENTION_REACH), true);
      if (!name) continue;
      const m = mention(frame, sentence, 'name', name.from, name.to, true, 'person', t[name.to - 1]!.norm);
      if (m) return { mention: m, sentence };
    }
  }
  return null;
}

/**
 * A run of capitalised words from `j` (two at least, or one right after a title: "Ministerin
 * Kraus"), past an office's linking words ("für", "de la") and a comma.
 */
function findName(
  frame: Frame,
  s: Sentence,
  j: number,
  end: number,
  afterTitle: boolean,
): { from: number; to: number } | null {
  const t = s.tokens;
  const capital = (i: number): boolean => /^\p{Lu}/u.test(t[i]!.text) && !isArticle(t[i]!.norm);
  for (let i = j; i < end; i++) {
    if (!capital(i)) {
      if (FOREIGN_OFFICE_LINKS.has(t[i]!.norm) || t[i]!.norm.startsWith("l'")) continue;
      return null;
    }
    let to = i + 1;
    while (to < end && capital(to) && /^[\s-]$/u.test(frame.masked.slice(t[to - 1]!.end, t[to]!.start))) to++;
    if (to - i >= 2 || (i === j && afterTitle)) return { from: i, to };
    // A single capitalised word past the title is its office ("de la Santé"): read on after it.
  }
  return null;
}

function isArticle(norm: string): boolean {
  return FOREIGN_ARTICLES.has(norm);
}
