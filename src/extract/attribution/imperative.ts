import type { Sentence } from '../speakers/frame.ts';

/**
 * The reader addressed, not a report: a cue word opening its sentence with no subject, after
 * nothing but a list number or a lead-in closed by a colon, in its base form, is an imperative
 * ("See it now: …", "Learn more about …", "15. Seek help", "Also: read …"). A report names or
 * implies who spoke; an instruction to the reader states nobody's words. Read only for clauses the
 * learned model found no source for. A noun or a headline's verb opening the sentence is no
 * imperative and keeps its clause: a form in -s, -ed or -ing ("Calls men names", "Railing
 * against …"), a word before a verb form or "for"/"of" ("Talk compared to …", "Demand for coal
 * has roared back"), "According to …".
 *
 * The writer's and the reader's first and second person ("I believe …", "you'll see that …") were
 * tried as well: PolNeAR annotates an opinion writer's "I believe" and "you can see why" as
 * attributions, and dropping them cost dev recall 0.7404 → 0.7331 (the second person alone 0.7381).
 */
export function isImperative(masked: string, s: Sentence, cue: number): boolean {
  const tok = s.tokens[cue]!;
  if (tok.norm === 'according' || INFLECTED.test(tok.norm)) return false;
  const next = s.tokens[cue + 1];
  if (next && (NOUN_FOLLOWERS.has(next.norm) || INFLECTED.test(next.norm))) return false;
  const before = masked.slice(s.start, tok.start);
  return LIST_MARKER_ONLY.test(before) || /:\s*$/u.test(before);
}

/** A third person, past or participle form, or an adverb: no imperative's base form. */
const INFLECTED = /(?:s|ed|ing|ly)$/u;

/** Prepositions after a sentence-initial word that make it a noun ("Demand for …", "Talk of …"). */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['for', 'of']);

/** Nothing but a list number, a bullet or a dash. */
const LIST_MARKER_ONLY = /^[\s\d.)(•*–—-]*$/u;
