import type { Span } from '../../model/span.ts';
import { type NameInText, readTitledName, wordsOf } from './label-names.ts';
import { FIRST_PERSON, firstPersonShare, isStageDirection } from './speech.ts';

/**
 * An interview printed as questions and answers with no labels at all: newspapers set each
 * question in bold and the answer in plain type below it, and the weight is gone once the page is
 * text. What is left is the title naming the person interviewed ("The Saturday interview:
 * Chancellor Ilsa Varn on …", "Interview with …") and the paragraphs' grammar: a question ends in
 * "?" or speaks to the interviewee ("you") and never for the speaker ("I", "we"); the answers
 * between the questions speak in the first person.
 */
export interface UnlabelledInterview {
  interviewee: NameInText;
  /** Runs of paragraphs in order: the interviewer's (`asks`) and the interviewee's. */
  turns: { asks: boolean; paragraphs: Span[] }[];
}

/** Questions an interview needs before its unlabelled paragraphs are read as one. */
const MIN_QUESTIONS = 3;
/** Share of answer paragraphs in the first person, as for an unlabelled speech. */
const MIN_FIRST_PERSON_SHARE = 0.3;
/** Longest question put without a question mark ("You have been accused of …"), in words. */
const MAX_STATEMENT_QUESTION_WORDS = 40;
/** Paragraphs from the top read for the interview's title when the page's title is not apart. */
const MAX_TITLE_PARAGRAPH = 3;
/**
 * A title's interview cue and what follows it: "interview:" / "interview –" (a paper's series
 * heading before the name), "interview with", "Q&A with", "in conversation with".
 */
const INTERVIEW_CUE =
  /\b(?:interview|q&a|in[\s\u00a0]+conversation)(?:[\s\u00a0]*[:–—|][\s\u00a0]*|[\s\u00a0]+with[\s\u00a0]+)/iu;
/**
 * A paragraph closed by a question mark (a closing mark, a bracket, or the asterisks of a
 * Markdown copy's bold after it), or set in bold whole in such a copy ("**Your party says …**").
 */
const ENDS_AS_QUESTION = /\?["”’)\]*_]*[\s\u00a0]*$/u;
const MARKDOWN_BOLD = /^(?:\*\*|__)[^*_][\s\S]*(?:\*\*|__)$/u;
/** A name right before the cue word ("The Ilsa Varn interview", "Minister Ilsa Varn interview: …"). */
const NAME_BEFORE_CUE = /(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){1,4})[\s\u00a0]+interview\b/u;
/** The word NAME_BEFORE_CUE needs, in its case (the pattern has no `i` flag). */
const CUE_WORD = 'interview';
/** A one-sentence note on a writer: a name of two words or more, "is"/"was", a short rest. */
const TAGLINE =
  /^\p{Lu}[\p{L}'’-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]+)+[\s\u00a0]+(?:is|was)[\s\u00a0][^.!?]{3,80}\.$/u;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/iu;

/** The interview the text is, or null: no title naming an interviewee, or no alternation. */
export function findUnlabelledInterview(
  text: string,
  paragraphs: readonly Span[],
  title: string | null,
): UnlabelledInterview | null {
  const interviewee = readInterviewee(text, paragraphs, title);
  if (!interviewee) return null;
  const spoken = paragraphs.filter((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end)));
  const asks = spoken.map((p) => isQuestion(text.slice(p.start, p.end)));
  const first = asks.indexOf(true);
  if (first < 0) return null;
  const turns: UnlabelledInterview['turns'] = [];
  for (let i = first; i < spoken.length; i++) {
    const p = spoken[i]!;
    if (isStageDirection(text.slice(p.start, p.end))) continue;
    const last = turns.at(-1);
    if (last && last.asks === asks[i]) last.paragraphs.push(p);
    else turns.push({ asks: asks[i]!, paragraphs: [p] });
  }
  // A closing note in the third person, or about the interviewer ("Ilsa Varn is our political
  // editor."), is the paper's.
  const closing = turns.at(-1);
  while (closing && !closing.asks && closing.paragraphs.length > 0) {
    const s = text.slice(closing.paragraphs.at(-1)!.start, closing.paragraphs.at(-1)!.end);
    if (FIRST_PERSON.test(s) && !TAGLINE.test(s)) break;
    closing.paragraphs.pop();
  }
  if (closing && closing.paragraphs.length === 0) turns.pop();
  const answers = turns.filter((t) => !t.asks);
  if (turns.filter((t) => t.asks).length < MIN_QUESTIONS || answers.length < MIN_QUESTIONS) return null;
  if (
    firstPersonShare(
      text,
      answers.flatMap((t) => t.paragraphs),
    ) < MIN_FIRST_PERSON_SHARE
  )
    return null;
  const at = turns[0]!.paragraphs[0]!.start;
  return { interviewee: interviewee.start < 0 ? { ...interviewee, start: at, end: at } : interviewee, turns };
}

/**
 * A question: closed by "?", or put as a statement to the interviewee ("Your own party says you
 * are too cautious.") — short, in the second person, never the speaker's own "I" or "we".
 */
function isQuestion(s: string): boolean {
  if (ENDS_AS_QUESTION.test(s) || MARKDOWN_BOLD.test(s.trim())) return true;
  return (
    SECOND_PERSON.test(s) && !FIRST_PERSON.test(s) && s.split(/\s+/u).length <= MAX_STATEMENT_QUESTION_WORDS
  );
}

/**
 * The person the interview cue names, in the page's title (no place in the text: start -1) or in
 * one of the first paragraphs.
 */
function readInterviewee(text: string, paragraphs: readonly Span[], title: string | null): NameInText | null {
  const read = (s: string, offset: number): NameInText | null => {
    const m = INTERVIEW_CUE.exec(s);
    const after =
      m && readTitledName(wordsOf(s.slice(m.index + m[0].length), offset + m.index + m[0].length), 0);
    if (after) return after;
    // The pattern's cue word is written just so: a text without it is answered without trying
    // the pattern's name at each capital (most texts, and the costliest pattern of the reader).
    const before = s.includes(CUE_WORD) ? NAME_BEFORE_CUE.exec(s) : null;
    return before ? readTitledName(wordsOf(before[1]!, offset + before.index), 0) : null;
  };
  for (const p of paragraphs.slice(0, MAX_TITLE_PARAGRAPH)) {
    const name = read(text.slice(p.start, p.end), p.start);
    if (name) return name;
  }
  const named = title === null ? null : read(title, 0);
  return named ? { name: named.name, start: -1, end: -1 } : null;
}
