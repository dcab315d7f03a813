import type { Boilerplate } from '../../model/article.ts';
import { outletFromName } from './outlets.ts';

/**
 * Sources an article credits for its content: "According to NordaOnline, …", "citing Interfax",
 * "Bloomberg reported", «как сообщает „Коммерсантъ“». The cue is not enough: "according to the
 * minister" and "According to Petrova," are reported speech. A credit names an outlet, by the
 * gazetteer or by an outlet's shape (src/ingest/metadata/outlets.ts).
 */

export interface Credit {
  name: string;
  rule: string;
}

/** Space inside a name: blanks, and at most one line break (hard-wrapped text breaks names too). */
const SP = String.raw`(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)`;
/** A capitalised name: up to six words, with inner "of"/"de" ("Voice of America"), slashes, ampersands. */
/** A capitalised word; a full stop stays inside only before more letters ("Example.com", not "Post. The"). */
const WORD = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’/-]|\.(?=[\p{L}\p{N}]))*`;
const NAME = `${WORD}(?:${SP}(?:(?:of|de|du|del|la|al|&)${SP})?${WORD}){0,5}`;
const QUOTED_NAME = String.raw`[«“"„](?<quoted>[^«»“”"\n]{2,60})[»”"“]`;

const BEFORE_NAME_CUES = [
  'according to',
  'citing',
  'as reported by',
  'first reported by',
  'reported by',
  'cited by',
  'quoted by',
  'по данным',
  'по сообщению',
  'по информации',
  'как сообщает',
  'как сообщил[аио]?',
  'как пишет',
  'со ссылкой на',
  'сообщает',
  'передает',
  'передаёт',
  'пишет',
];
/** Generic nouns between a cue and the name: «по данным агентства „Интерфакс“», "citing the daily X". */
const MEDIA_NOUN = `(?:(?<noun>агентства|агентство|издания|издание|газеты|газета|телеканала|телеканал|портала|портал|daily|newspaper|magazine|weekly|news agency|agency|broadcaster|website|tabloid)${SP})?`;
const ARTICLE = `(?:(?:the|a|an)${SP})?`;

/** Cues are matched case-sensitively (names are told by their capitals) but may open a sentence. */
function sentenceCase(cue: string): string {
  return `[${cue[0]!.toUpperCase()}${cue[0]}]${cue.slice(1)}`;
}

/** A cue and the name after it, tried (sticky) at a word start near a trigger. */
const CUE_THEN_NAME = new RegExp(
  `(?:${BEFORE_NAME_CUES.map(sentenceCase).join('|')})${SP}${ARTICLE}${MEDIA_NOUN}(?:${QUOTED_NAME}|(?<name>${NAME}))`,
  'uy',
);
/** Reporting verbs after an outlet's name; the name is then read backwards from them. */
const REPORT_VERB = /(?:reported|reports|wrote|writes)(?![\p{L}])/uy;
/**
 * Literal pieces of every cue and verb, without their first letter (which may be a capital). One
 * scan for these is several times faster than scanning with the cue patterns themselves; the
 * patterns run only where a piece was found.
 */
const TRIGGER =
  /ccording|iting|eported|eports|ited by|uoted by|rote|rites|данным|сообщ|информации|ишет|ссылкой|переда/g;
const NAME_AT_END = new RegExp(`(${NAME})${SP}$`, 'u');
/** How far before a reporting verb its subject's name may start. */
const NAME_LOOKBACK_CHARS = 80;

/** A trailing possessive or connector is not part of the name ("Interfax's", "Reuters and"). */
function tidy(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/[.,'’/-]+$/u, '')
    .trim();
}

/** The outlet in a capitalised run, trying shorter tails ("Yesterday Interfax" → "Interfax"). */
function outletInRun(run: string): string | null {
  const words = tidy(run).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const outlet = outletFromName(words.slice(i).join(' '));
    if (outlet) return outlet;
  }
  return null;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && /\p{L}/u.test(text[i]!));
}

/** Start of the word holding offset `i`. */
function wordStart(text: string, i: number): number {
  while (i > 0 && isLetterAt(text, i - 1)) i--;
  return i;
}

/** Start of the word before the one starting at `start` ("as" of "as reported by"), or -1. */
function previousWordStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return i === start || i === 0 || !isLetterAt(text, i - 1) ? -1 : wordStart(text, i - 1);
}

function isInside(boilerplate: readonly Boilerplate[], offset: number): boolean {
  return boilerplate.some((b) => b.start <= offset && offset < b.end);
}

/** The cue-and-name match starting exactly at `start` (a word start), or null. */
function cueAt(text: string, start: number): RegExpExecArray | null {
  if (start < 0 || (start > 0 && isLetterAt(text, start - 1))) return null;
  CUE_THEN_NAME.lastIndex = start;
  return CUE_THEN_NAME.exec(text);
}

/** Credited outlets in order of first mention, without repeats; chrome ranges are not read. */
export function findCredits(text: string, boilerplate: readonly Boilerplate[]): Credit[] {
  const out: Credit[] = [];
  const add = (name: string | null, rule: string, at: number) => {
    if (name && !isInside(boilerplate, at) && !out.some((c) => c.name === name)) out.push({ name, rule });
  };
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t !== null; t = TRIGGER.exec(text)) {
    const word = wordStart(text, t.index);
    const m = cueAt(text, previousWordStart(text, word)) ?? cueAt(text, word);
    if (m === null) {
      REPORT_VERB.lastIndex = word;
      if (REPORT_VERB.exec(text) === null) continue;
      const before = NAME_AT_END.exec(text.slice(Math.max(0, word - NAME_LOOKBACK_CHARS), word));
      if (before) add(outletInRun(before[1]!.replace(/\s+/g, ' ')), 'text.outlet-reported', word);
      continue;
    }
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, m.index + m[0].length);
    const g = m.groups!;
    if (g.quoted) {
      // A quoted name after a Russian cue is a publication's title («Коммерсантъ»); English needs the shape.
      const quoted = tidy(g.quoted);
      const russianCue = /^\p{Script=Cyrillic}/u.test(m[0]);
      add(
        outletFromName(quoted) ?? (russianCue && /^\p{Lu}/u.test(quoted) ? quoted : null),
        'text.credit-quoted',
        m.index,
      );
    } else if (g.name) {
      // A medium named before the name ("the daily X", «агентства X») makes any name an outlet.
      const name = tidy(g.name).replace(/\s+/g, ' ');
      add(outletFromName(name) ?? (g.noun ? name : null), 'text.according-to', m.index);
    }
  }
  return out;
}
