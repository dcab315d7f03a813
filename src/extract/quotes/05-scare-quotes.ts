import { TITLE_CASE_SMALL_WORDS } from '../../nlp/lexicons/function-words.ts';
import { NAMING_CUES } from '../../nlp/lexicons/naming-cues.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isQuotedPredicate } from '../speakers/quoted-predicate.ts';
import type { MarkedSpan } from './candidate.ts';

/**
 * A quoted phrase this short needs a speech cue in its sentence to count as a statement. A term
 * in quotation marks with no one saying it ("the “Geneva Formula”") is a scare quote or a
 * label; a short phrase with a cue ("dismissed the claims as “fiction”") is a partial quote.
 * Five words keeps 2–4-word partial quotes that have cues and drops bare labels; set by reading
 * news prose, re-check with the attribution table after changing it.
 */
const SCARE_MAX_WORDS = 5;
/** Share of capitalised content words above which a cue-less quote reads as a title ("Talks Are Underway"). */
const TITLE_CASE_SHARE = 0.7;
/** Fewest words of a cue-less quoted sentence carried from the speaker before ("We will win."). */
const MIN_SENTENCE_WORDS = 3;
/**
 * Longest quoted term read as a name or label in a noun phrase ("a “when issued” basis"). Terms
 * and product names run one to three words; partial quotes of four or more usually carry a verb.
 * Read off Reuters prose; re-check the attribution table after changing it.
 */
const TERM_MAX_WORDS = 4;
/** Words before the opening mark within which a speech verb makes a short quote a partial quote. */
const TERM_CUE_LOOKBACK_WORDS = 4;
/** Words after which a quoted phrase sits inside a noun phrase or a prepositional object. */
const TERM_LEFT_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'its',
  'their',
  'for',
  'of',
  'in',
  'on',
  'at',
  'with',
  'from',
  'into',
]);
/** Words that may follow a quoted phrase without being the noun it modifies ("a “betrayal” of trust"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'but',
  'that',
  'which',
  'who',
  'is',
  'was',
  'are',
  'were',
  'as',
  'than',
  'if',
  'because',
  'he',
  'she',
  'it',
  'they',
  'we',
  // Prepositions and subordinators open a new phrase; they are never the noun a term modifies
  // (described him as a “disgrace” after …).
  'after',
  'before',
  'over',
  'about',
  'against',
  'amid',
  'during',
  'since',
  'until',
  'when',
  'while',
  'where',
  'whether',
  'though',
  'although',
  'unless',
  'despite',
  'without',
  'through',
  'into',
  'like',
  'so',
]);
/**
 * Nouns naming a work or a broadcast, whose title follows them in quotation marks ("the anthem
 * “…”", "his book, “…”", "an episode of “…”", "a show titled “…”").
 */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'show',
  'program',
  'programme',
  'broadcast',
  'episode',
  'series',
  'podcast',
  'documentary',
  'book',
  'novel',
  'memoir',
  'film',
  'movie',
  'song',
  'anthem',
  'album',
  'hymn',
  'play',
  'column',
  'essay',
  'titled',
  'entitled',
]);
/** Words before the opening mark a work noun is looked for in ("episode of the | “…”"). */
const WORK_NOUN_LOOKBACK_WORDS = 3;
/** Longest title read by its shape and context; longer title-cased quotes are left to the other rules. */
const TITLE_MAX_WORDS = 8;
/** Words the naming-cue check looks back over before the opening mark. */
const NAMING_LOOKBACK_WORDS = 4;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Why a quotation is not a statement, or null when it is one. `carried`: the quote has the
 * speaker of a statement just before it; then a short whole sentence (“We will win.”) after
 * “…,” Berg said. is that speaker going on, not a label; so is one after a colon (isColonLeadIn).
 */
export function findScareQuoteReason(
  text: string,
  masked: string,
  q: MarkedSpan,
  hasCue: boolean,
  carried = false,
): string | null {
  if (isMarkupAttribute(text, q.openAt)) return 'quote.scare.markup';
  if (hasNamingCue(masked, q.openAt)) return 'quote.scare.naming-cue';
  if (isNickname(text, q)) return 'quote.scare.nickname';
  if (isCalledName(masked, q.openAt, q.closeAt)) return 'quote.scare.called';
  if (isWorkTitle(text, masked, q)) return 'quote.scare.work-title';
  // An exclamation or a question is said (chanted, shouted, asked), never a term or a label.
  if (isExclamationOrQuestion(text, q)) return null;
  if (isAttributiveTerm(text, masked, q)) return 'quote.scare.term';
  const words = text.slice(q.start, q.end).match(WORD) ?? [];
  if (isTitleCase(words) && isInQuotedList(text, q)) return 'quote.scare.title-list';
  if (hasCue || ((carried || isColonLeadIn(text, q.openAt)) && isWholeSentence(text, q))) return null;
  if (followsSpeechVerb(masked, q.openAt) || isQuotedPredicate(text, q)) return null;
  if (words.length <= SCARE_MAX_WORDS) return 'quote.scare.no-speaker';
  if (isTitleCase(words)) return 'quote.scare.title';
  return null;
}

/**
 * quote.scare.markup: `author="…"`, `data-id="…"`: an attribute value of markup left in scraped
 * text is no one's words.
 */
function isMarkupAttribute(text: string, openAt: number): boolean {
  return /[\p{L}\p{N}_-]=$/u.test(text.slice(Math.max(0, openAt - 2), openAt));
}

/** "known as the", "so-called", "the term" … right before the opening mark. */
function hasNamingCue(masked: string, openAt: number): boolean {
  const before = masked.slice(Math.max(0, openAt - 60), openAt).toLowerCase();
  const words = (before.match(/[\p{L}-]+/gu) ?? []).slice(-NAMING_LOOKBACK_WORDS);
  while (words.length > 0 && /^(the|a|an)$/u.test(words.at(-1)!)) words.pop();
  if (
    !/^[\s\u2014\u2013,(-]*$/u.test(
      before.slice(before.search(/[\p{L}-]+[^\p{L}-]*$/u)).replace(/^[\p{L}-]+/u, ''),
    )
  )
    return false;
  return NAMING_CUES.some(
    (c) =>
      c.words.length <= words.length &&
      c.words.every((w, i) => words[words.length - c.words.length + i] === w),
  );
}

/**
 * A nickname inside a name: one or two capitalised quoted words between a given name or initial
 * and a surname (C. J. "Pete" Silas, Thomas "Tip" O'Neill). A person's name, never a statement.
 */
function isNickname(text: string, q: MarkedSpan): boolean {
  const inner = text.slice(q.openAt + 1, q.closeAt >= 0 ? q.closeAt : q.end);
  if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(inner)) return false;
  const before = text.slice(Math.max(0, q.openAt - 20), q.openAt);
  const after = text.slice((q.closeAt >= 0 ? q.closeAt : q.end) + 1, q.end + 20);
  return /(?:\b\p{Lu}\.|\b\p{Lu}\p{Ll}+)\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after);
}

/**
 * quote.scare.title-list: “Home,” “Northern Lights” and “Rain”: quoted phrases in title case one
 * after another, joined by commas or "and", are a list of titles (songs, films, books), even in a
 * sentence that reports someone's words. The list is one line's: a quotation opening the next
 * paragraph is a new statement, not the list's next item.
 */
function isInQuotedList(text: string, q: MarkedSpan): boolean {
  const next =
    q.closeAt >= 0 &&
    /^[^\S\n]*[,;]?[^\S\n]*(?:(?:and|or)\s+)?["“‘]/u.test(text.slice(q.closeAt + 1, q.closeAt + 8));
  return (
    next ||
    /["”’][^\S\n]*[,;]?[^\S\n]*(?:(?:and|or)\s+)?$/u.test(text.slice(Math.max(0, q.openAt - 8), q.openAt))
  );
}

function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w) => !TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= TITLE_CASE_SHARE;
}

/**
 * The quoted words exclaim or ask: a "!" or "?" after a word inside the marks (“USA! USA!”, “Who
 * pays?”, “Go home!” the crowd shouted). A term, a label or a slogan on a placard is named, not
 * exclaimed; a work's title that exclaims is caught by its context first (isWorkTitle).
 */
function isExclamationOrQuestion(text: string, q: MarkedSpan): boolean {
  const inner = text.slice(q.openAt + 1, q.closeAt >= 0 ? q.closeAt : q.end);
  return /[\p{L}\p{N}][!?]/u.test(inner);
}

/**
 * The quotation is the object of a verb of saying right before it, past a comma or colon at most
 * ("the statement then declares “…”", "rose to announce, “…”"): those words were said, though the
 * subject is no person the speaker rules name. A determiner or possessive before the word makes it
 * a noun ("the notes “…”", "his remarks “…”"), not the verb.
 */
function followsSpeechVerb(masked: string, openAt: number): boolean {
  const m = /([\p{L}'’]+)\s+([\p{L}]+)[,:]?\s+$/u.exec(masked.slice(Math.max(0, openAt - 60), openAt));
  if (!m || !SPEECH_VERB_FORMS.has(m[2]!.toLowerCase())) return false;
  const before = m[1]!.toLowerCase();
  return !TERM_LEFT_WORDS.has(before) && !POSSESSIVES.has(before) && !/['’]s$/u.test(before);
}

/** Possessive determiners, before which a speech-verb form is a noun ("his remarks"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our']);

/**
 * A colon right before the opening mark ("a new campaign message: “We owe them.”"): the colon
 * introduces what follows as the words themselves, so a whole quoted sentence after it is a
 * statement even where no speech verb stands before the colon.
 */
function isColonLeadIn(text: string, openAt: number): boolean {
  return /:[^\S\n]*$/u.test(text.slice(Math.max(0, openAt - 4), openAt));
}

/**
 * The quoted words are a sentence, not a term: at least MIN_SENTENCE_WORDS words, a capital first
 * and a full stop, “!” or “?” last, not set in title case (“Meet the Press.” is a name) and not a
 * ticker or code (“THM.”).
 */
function isWholeSentence(text: string, q: MarkedSpan): boolean {
  const inner = text.slice(q.openAt + 1, q.closeAt >= 0 ? q.closeAt : q.end).trim();
  const words = inner.match(WORD) ?? [];
  return (
    words.length >= MIN_SENTENCE_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(inner) &&
    /[.!?…]$/u.test(inner) &&
    !isTitleCase(words)
  );
}

/**
 * A short quoted phrase used as a name inside a noun phrase: after a determiner or preposition,
 * and either followed by the noun it modifies ("on a “when issued” basis", "orders for “machine
 * parts” rose") or set in title case ("the “Comprex” engine", "the new “Skyline”"), with no speech
 * verb just before it. A partial quote sits after its verb ("said the yen was “a little
 * undervalued”", "criticised the Commission's “cynical” reading"), so those are kept.
 */
function isAttributiveTerm(text: string, masked: string, q: MarkedSpan): boolean {
  const closeAt = q.closeAt >= 0 ? q.closeAt : q.end;
  const inner = text.slice(q.openAt + 1, closeAt).trim();
  const words = inner.match(WORD) ?? [];
  if (words.length === 0 || words.length > TERM_MAX_WORDS || /[.!?,;:]$/u.test(inner)) return false;
  const before = (masked.slice(Math.max(0, q.openAt - 80), q.openAt).match(/[\p{L}'’-]+/gu) ?? []).slice(
    -TERM_CUE_LOOKBACK_WORDS,
  );
  if (!/[\p{L}]\s+$/u.test(masked.slice(Math.max(0, q.openAt - 3), q.openAt))) return false;
  const left = before.at(-1)?.toLowerCase();
  if (!left || !TERM_LEFT_WORDS.has(left)) return false;
  // A speech verb, not its noun ("the notes", "his remarks"), right before the phrase.
  const isVerbAt = (w: string, i: number): boolean =>
    SPEECH_VERB_FORMS.has(w.toLowerCase()) && !TERM_LEFT_WORDS.has(before[i - 1]?.toLowerCase() ?? '');
  if (before.some(isVerbAt)) return false;
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(closeAt + 1, closeAt + 40))?.[1];
  const modifies = next !== undefined && /^\p{Ll}/u.test(next) && !CLAUSE_WORDS.has(next);
  const named = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
  return modifies || named;
}

/**
 * "a new engine called “Comprex”", "its fund, called “Alpha”": "called" after a comma or an
 * indefinite noun phrase names a thing. After a subject ("the minister called “absurd” …", "what
 * he called “a betrayal”") it is a speech cue, so those are left to the speech rules.
 */
function isCalledName(masked: string, openAt: number, closeAt: number): boolean {
  const before = masked.slice(Math.max(0, openAt - 60), openAt);
  const m = /(,|\b(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:called|named)\s+$/u.exec(before);
  return m !== null || isPassiveNaming(masked, before, closeAt);
}

/**
 * "the illness is called “farmer's lung”", "the rule was named “the Lund clause”": a passive
 * naming verb with no agent gives the name a thing goes by, said by no one in particular; with a
 * "by" after the quote ("was called “a disgrace” by the mayor") the agent is its speaker.
 */
function isPassiveNaming(masked: string, before: string, closeAt: number): boolean {
  if (
    !/\b(?:is|are|was|were|be|been|being)\s+(?:often\s+|also\s+|sometimes\s+|commonly\s+)?(?:called|named|termed|labell?ed)\s+$/iu.test(
      before,
    )
  )
    return false;
  return !/^[\p{P}\s]*by\b/u.test(masked.slice(closeAt + 1, closeAt + 12));
}

/**
 * quote.scare.work-title: the title of a show, book, film, song or slogan in quotation marks
 * ("told MSNBC's “Morning Joe”", "in his book, “Make Your Fortune,”", "the anthem “We Shall
 * Overcome”"), not anyone's words, though a speech verb may stand in the sentence. Its shape is a
 * title's (a capital first, every content word capitalised, a few words, no "!" or "?": a chanted
 * or shouted phrase is speech), and its context is a title's: a possessive right before the mark
 * (an outlet's or an author's work), a work noun just before it, or "on" (a programme appeared on).
 */
function isWorkTitle(text: string, masked: string, q: MarkedSpan): boolean {
  const closeAt = q.closeAt >= 0 ? q.closeAt : q.end;
  const inner = text.slice(q.openAt + 1, closeAt).trim();
  const words = inner.match(WORD) ?? [];
  if (words.length === 0 || words.length > TITLE_MAX_WORDS || /[!?]/u.test(inner)) return false;
  if (!/^\p{Lu}/u.test(inner)) return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_CASE_SMALL_WORDS.has(w.toLowerCase())))
    return false;
  // A doubled-apostrophe mark ('') opens at its second apostrophe: the first is left out too.
  const before = masked.slice(Math.max(0, q.openAt - 60), q.openAt).replace(/'$/u, '');
  // The mark follows its word directly or after a comma ("his book, “…”"), never across a sentence.
  if (!/[\p{L}],?\s+$/u.test(before)) return false;
  const left = (before.match(/[\p{L}'’-]+/gu) ?? []).slice(-WORK_NOUN_LOOKBACK_WORDS);
  const last = left.at(-1) ?? '';
  if (/\p{L}['’]s$/u.test(last) || last.toLowerCase() === 'on') return true;
  return left.some((w) => WORK_NOUNS.has(w.toLowerCase()));
}
