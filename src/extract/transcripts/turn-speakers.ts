import type { Span } from '../../model/span.ts';
import { isSameFamilyName } from '../../nlp/names.ts';
import { type NameInText, nameOfLabel } from './label-names.ts';
import type { LabelHit } from './turn-label.ts';

/**
 * Who speaks a transcript turn when its own label does not say in full: what earlier labels of
 * the same transcript said about the same person (a parliament's first full label, a broadcast
 * host's name beside the role), or the one official answering a briefing.
 */

/** What these rules read of a turn (transcripts/ does not know the quote extractor's full type). */
export interface SpeakerTurn {
  role: 'question' | 'answer' | 'named';
  interviewer: boolean;
  label: string;
  labelSpan: Span;
  speaker: NameInText | null;
}

/**
 * "Answer:" turns the title names no one for, in a transcript where one named person speaks
 * besides the questioners ("Spokesperson Ilsa Varn:" opens a briefing, then "Question:" /
 * "Answer:" alternate): the answers are that person's, the only official in the room. With two
 * named officials an answer could be either's, and it stays unnamed.
 */
export function giveAnswersToSoleOfficial(turns: SpeakerTurn[]): void {
  const unnamed = turns.filter((t) => t.role === 'answer' && t.speaker === null);
  if (unnamed.length === 0) return;
  const officials = turns.filter((t) => t.role === 'named' && !t.interviewer);
  const names = new Set(officials.map((t) => (t.speaker?.name ?? t.label).toLowerCase()));
  if (names.size !== 1) return;
  const official = officials[0]!;
  const speaker = official.speaker ?? { name: official.label, ...official.labelSpan };
  for (const t of unnamed) t.speaker = speaker;
}

/**
 * A label of the chair's office, alone or before a surname ("CHAIRWOMAN TREMAINE", "The CHAIRMAN"),
 * or of a court's presiding judge ("CHIEF JUSTICE ROE", "PRESIDING JUDGE ROE"), who calls counsel
 * and keeps the time as a hearing's chair does.
 */
const CHAIR_LABEL =
  /^(?:the |madam |madame |mr\.? )?(?:chair|chairman|chairwoman|chairperson|chief justice|presiding justice|presiding judge)(?: |$)/u;
/**
 * A council's or assembly's president labelled by the office alone ("The President:"), as an
 * intergovernmental body's verbatim record prints the member state presiding that month. A head of
 * state is labelled so too ("THE PRESIDENT:"), so the label chairs only where a turn gives the
 * floor ("Chile has asked to speak, and I give it the floor", "I call on …").
 */
const PRESIDENT_LABEL = /^(?:the )?president$/u;
const GIVES_FLOOR =
  /\b(?:give|gives|giving|yield|yields)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}the[ \u00a0]+floor\b|\bcall[ \u00a0]+(?:on|upon)[ \u00a0]+the[ \u00a0]+(?:representative|delegate|speaker|minister)\b/iu;
/** Other officials who must speak for the chair to be the one giving them the floor. */
const MIN_OTHER_OFFICIALS = 2;
/** Share of a speaker's turns that end in "?" for them to be asking, not answering. */
const ASKING_SHARE = 0.5;

/**
 * A meeting's chair ("CHAIRWOMAN TREMAINE:", "THE CHAIR:") calls the officials in turn and keeps
 * order: where two other named officials answer (most of their turns end in no "?") and the
 * chair's turns are on average shorter than theirs, the chair's turns are the meeting's
 * procedure, as a house's "Mr Speaker:" is, and ask rather than state. A chair answering
 * reporters, even reporters labelled by name (a central bank's "CHAIR ROWE:" and "IVO SARN:"), or
 * speaking at more length than the others, is an official.
 */
export function markPresidingChair<T extends SpeakerTurn>(
  turns: T[],
  wordCount: (t: T) => number,
  asks: (t: T) => boolean,
  textOf: (t: T) => string,
): void {
  const isPresident = (t: T): boolean => t.role === 'named' && PRESIDENT_LABEL.test(t.label.toLowerCase());
  const presides = turns.some((t) => isPresident(t) && GIVES_FLOOR.test(textOf(t)));
  const isChair = (t: T): boolean =>
    t.role === 'named' &&
    !t.interviewer &&
    (CHAIR_LABEL.test(t.label.toLowerCase()) || (presides && isPresident(t)));
  const chairs = turns.filter(isChair);
  if (chairs.length === 0) return;
  const byOfficial = new Map<string, T[]>();
  for (const t of turns) {
    if (t.role !== 'named' || t.interviewer || isChair(t)) continue;
    const key = (t.speaker?.name ?? t.label).toLowerCase();
    byOfficial.set(key, [...(byOfficial.get(key) ?? []), t]);
  }
  const answering = [...byOfficial.values()].filter(
    (own) => own.filter(asks).length < ASKING_SHARE * own.length,
  );
  if (answering.length < MIN_OTHER_OFFICIALS) return;
  const mean = (ts: readonly T[]): number => ts.reduce((n, t) => n + wordCount(t), 0) / ts.length;
  const statementLength = mean(answering.flat());
  if (mean(chairs) >= statementLength) return;
  for (const t of chairs) {
    // A council's president is also a member: a turn of theirs as long as the delegations' is a
    // statement in that capacity, not the sitting's procedure.
    if (!CHAIR_LABEL.test(t.label.toLowerCase()) && wordCount(t) >= statementLength) continue;
    t.role = 'question';
    t.interviewer = true;
    t.speaker = null;
  }
}

/**
 * A broadcast transcript names its host once with the role ("HOST (MIRIAM OSEI):") and by surname
 * after ("OSEI:"): a named label with the surname of an earlier question label's person is the
 * interviewer's, and its turns are questions.
 */
export function isInterviewerByName(hit: LabelHit, earlier: readonly LabelHit[]): boolean {
  const surname = hit.label.split(' ').at(-1)!;
  return earlier.some(
    (e) =>
      e.role === 'question' &&
      e.person !== undefined &&
      isSameFamilyName(e.person.split(/\s+/u).at(-1)!, surname),
  );
}

/**
 * A label the header does not name in full, named by an earlier label of the same transcript. A
 * parliamentary record names a member in full at their first turn ("The Prime Minister (Ilsa
 * Varn):", "Mr Ivo Sarn (Harbourside):") and by office or surname after ("The Prime Minister:",
 * "Mr Sarn:"): the later label is the same person, and reports cite the full name.
 */
export function recallEarlierLabel(
  text: string,
  earlier: readonly LabelHit[],
  hit: LabelHit,
  named: NameInText | null,
): NameInText | null {
  const office = hit.label.toLowerCase();
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i]!;
    if (before.office?.toLowerCase() !== office) continue;
    // The earlier label's name without its honorifics ("Shri Ivo Sarn" → "Ivo Sarn").
    const bare = nameOfLabel(text, { ...before.labelSpan, label: before.label }, { start: 0, end: 0 });
    return bare ?? { name: before.label, ...before.labelSpan };
  }
  if (named === null || named.name.includes(' ')) return named;
  // A surname alone: the fuller name an earlier label gives that surname.
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i]!;
    if (before.role !== 'named') continue;
    const region = { start: before.paragraph.start, end: before.textStart };
    const fuller = nameOfLabel(text, { ...hit.labelSpan, label: hit.label }, region);
    if (
      fuller &&
      fuller.name.split(' ').length > 1 &&
      fuller.start >= region.start &&
      fuller.end <= region.end
    )
      return fuller;
  }
  return named;
}

/** A person's name as a header writes it: one to four capitalised words ("Daniel Fry"). */
const HEADER_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,3})`;
/** The role of the one who asks, as a programme's blurb gives it. */
const ASKER_ROLE = String.raw`(?:[Hh]ost|[Pp]resenter|[Aa]nchor|[Mm]oderator|[Ii]nterviewer|[Qq]uestioner)`;
/** A blurb's passive: "hosted by", "moderated by". */
const ASKED_BY = String.raw`(?:[Hh]osted|[Pp]resented|[Aa]nchored|[Mm]oderated|[Ii]nterviewed|[Cc]onducted)[ \u00a0]+by`;
/**
 * The asker named beside their role in a header: "Our host is Wendel Quarrie", "hosted by Wendel Quarrie",
 * "Presenter: Wendel Quarrie", "interviewed by Wendel Quarrie", "Wendel Quarrie, our host", "Wendel Quarrie
 * (moderator)". Broadcast and podcast transcripts label the host by first name like the guest, and
 * a host's turns often end without a question mark ("Let's begin with the harvest."), so only the
 * blurb tells who asks.
 */
const ASKER_BEFORE_NAME = new RegExp(
  String.raw`\b(?:${ASKER_ROLE}(?:[ \u00a0]+(?:is|was|today is))?|${ASKED_BY})[ \u00a0]*[:,]?[ \u00a0]+${HEADER_NAME}`,
  'gu',
);
const ASKER_AFTER_NAME = new RegExp(
  String.raw`${HEADER_NAME}(?:,[ \u00a0]+(?:our|the|your)[ \u00a0]+|[ \u00a0]+\()${ASKER_ROLE}\b`,
  'gu',
);

/**
 * A plural role heading a list of askers, as a debate's header gives its panel: "Moderators: Ilsa
 * Varn, Harbour TV; Ivo Sarn, The Ledger. Candidates: …". The list runs to the next heading.
 */
const ASKERS_LIST = new RegExp(String.raw`\b${ASKER_ROLE}s[ \u00a0]*:[ \u00a0]*([^\n]*)`, 'gu');
/** The next heading of the same line ("… The Ledger. Candidates: …"): the list ends before it. */
const NEXT_HEADING = /[.;]?[ \u00a0]+\p{Lu}\p{L}+[ \u00a0]*:/u;
/** Where a list's entries part: a semicolon, or "and". */
const ENTRY_JOINT = /;|[ \u00a0]and[ \u00a0]/u;
const LEADING_NAME = new RegExp(String.raw`^[ \u00a0]*${HEADER_NAME}`, 'u');

/** The names a transcript's header gives its host or moderator, or its moderators. */
export function findAskersInHeader(header: string): string[] {
  const names: string[] = [];
  for (const m of header.matchAll(ASKER_BEFORE_NAME)) names.push(m[1]!);
  for (const m of header.matchAll(ASKER_AFTER_NAME)) names.push(m[1]!);
  for (const m of header.matchAll(ASKERS_LIST)) {
    const next = NEXT_HEADING.exec(m[1]!);
    const list = next ? m[1]!.slice(0, next.index) : m[1]!;
    // Each entry is the name, then what the person is after a comma ("Ivo Sarn, The Ledger").
    for (const entry of list.split(ENTRY_JOINT)) {
      const name = LEADING_NAME.exec(entry);
      if (name) names.push(name[1]!);
    }
  }
  return names;
}

/**
 * Marks the turns of the header's host as the interviewer's: a turn whose speaker is that name, or
 * whose label is one of its words ("WENDEL:" for "Our host is Wendel Quarrie"). Never every turn
 * (someone must answer). Other questioners' labels (a phone-in's callers) leave the host asking.
 */
export function markHeaderAsker(header: string, turns: readonly SpeakerTurn[]): void {
  const askers = findAskersInHeader(header).map((n) => n.toLowerCase());
  if (askers.length === 0) return;
  const isAsker = (t: SpeakerTurn): boolean => {
    const label = t.label.toLowerCase();
    const name = t.speaker?.name.toLowerCase();
    return askers.some((a) => a === name || a === label || a.split(/\s+/u).includes(label));
  };
  const asking = turns.filter((t) => t.role === 'named' && isAsker(t));
  if (asking.length === 0 || asking.length === turns.length) return;
  for (const t of asking) t.interviewer = true;
}
