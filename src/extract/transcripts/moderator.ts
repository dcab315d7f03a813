import type { SpeakerTurn } from './turn-speakers.ts';

/**
 * A press conference's moderator labelled by name like the officials ("Ilsa Varn:", "Speaker
 * 1:"), not by role: she opens the event by handing it to the others ("The minister will make a
 * statement, then Chief Sarn will speak, and we will take your questions"), calls the questions
 * and closes it, in a few words each time. Her turns are the event's procedure, as a "MODERATOR:"
 * label's are, and nobody reports them as what was said.
 */
export function markOpeningModerator<T extends SpeakerTurn>(
  turns: T[],
  wordCount: (t: T) => number,
  textOf: (t: T) => string,
): void {
  const first = turns[0];
  if (!first || first.role !== 'named' || first.interviewer) return;
  // "MAYOR ALBRIGHT:" chairing her council: a label that gives an elected office names one who
  // holds it and speaks for herself while she chairs; a moderator is labelled by name alone.
  if (ELECTED_OFFICE_LABEL.test(first.label)) return;
  const who = keyOf(first);
  const own = turns.filter((t) => t.role === 'named' && !t.interviewer && keyOf(t) === who);
  const others = turns.filter((t) => t.role === 'named' && !t.interviewer && keyOf(t) !== who);
  // Two turns at least (she opens and calls or closes), each short; the others speak at more length.
  // An opening that introduces the officials may run longer (each with name and office), and is
  // left out of her mean.
  const surnames = new Set(others.map((t) => (t.speaker?.name ?? t.label).split(' ').at(-1)!.toLowerCase()));
  const opening = textOf(first);
  const named = new Set((opening.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
  // A press officer's introduction: every official named, and the floor announced for the
  // questions ("… after which we'll take a few questions"); a chair opening a hearing names the
  // witnesses as part of her own statement.
  const introduces = [...surnames].every((s) => named.has(s)) && ANNOUNCES_QUESTIONS.test(opening);
  if (
    own.length < 2 ||
    others.length === 0 ||
    wordCount(first) > (introduces ? MAX_OPENING_WORDS : MAX_MODERATOR_WORDS) ||
    own.some((t) => t !== first && wordCount(t) > MAX_MODERATOR_WORDS)
  )
    return;
  // She calls the questions; she answers none: a turn right after a question is an official's.
  if (turns.some((t, i) => own.includes(t) && i > 0 && turns[i - 1]!.interviewer)) return;
  const mean = (ts: readonly T[]): number => ts.reduce((n, t) => n + wordCount(t), 0) / ts.length;
  if (mean(introduces ? own.filter((t) => t !== first) : own) >= mean(others)) return;
  // The opening hands the floor on: it names another speaker by surname, or announces questions.
  const namesAnother = [...surnames].some((s) => named.has(s));
  if (!namesAnother && !ANNOUNCES_QUESTIONS.test(opening)) return;
  for (const t of own) {
    t.role = 'question';
    t.interviewer = true;
    t.speaker = null;
  }
}

/** Elected offices a label may print before the holder's surname. */
const ELECTED_OFFICE_LABEL =
  /^(?:deputy\s+|vice\s+)?(?:mayor|governor|gov\.?|senator|sen\.?|representative|rep\.?|council\s*member|councilmember|councilwoman|councilman|councillor|councilor|alderman|alderwoman|premier|prime\s+minister|minister)\b/iu;

/** Longest turn of a moderator's, in words: an official's opening statement is longer. */
const MAX_MODERATOR_WORDS = 45;
/**
 * Longest opening of a moderator's that names every official, in words: "Joining us are the
 * minister, Ilsa Varn, and her chief engineer, Ivo Sarn. The minister has a few words to say
 * first, and after that …".
 */
const MAX_OPENING_WORDS = 80;
/** "… will take (your / a few) questions", "questions after that": the floor announced. */
const ANNOUNCES_QUESTIONS =
  /\b(?:take|taking|open\s+(?:it\s+)?(?:up\s+)?(?:to|for))\s+(?:\w+\s+){0,3}questions\b/iu;

function keyOf(t: SpeakerTurn): string {
  return (t.speaker?.name ?? t.label).toLowerCase();
}
