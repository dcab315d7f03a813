import { lookupCountryWord } from '../../nlp/gazetteer.ts';
import { isRoleModifier, matchLeaderNoun, matchOffice } from '../../nlp/roles.ts';
import type { RawMention, RunContext } from './classify.ts';
import { isNameWord, type Run } from './runs.ts';
import type { WordsByStart } from './words.ts';

/**
 * Phrase patterns around the capitalised runs: lower-case titles before a name ("presidential
 * adviser Olga Petrova"), role nouns that refer back to a titled person ("the US president"),
 * administrations ("the Obama administration", "administration of President X")
 * and glosses ("Mitteleuropa — literally “Middle Europe”").
 */

/** Words before "X administration" that point at another administration than X's current one. */
const OTHER_TIME = new Set(['previous', 'former', 'outgoing', 'new', 'next', 'incoming', 'last', 'future']);
/** Words that introduce a gloss of the preceding name. */
const GLOSS_BEFORE = /(?:literally|meaning|translated as|translates as|i\.e\.)[\s,:—–-]*[“"‘«]?$/u;
const SINGLE_SPACE = /^[ \u00a0]$/u;
/** How far back a lower-case title may start before the name it introduces, in words. */
const MAX_TITLE_WORDS = 4;

/**
 * A lower-case title right before a run ("special envoy", "CBS host", "presidential adviser"),
 * with an optional modifier or country word before it: the role span in word indexes, or null.
 */
export function titleBeforeRun(ctx: RunContext, run: Run): { from: number; to: number } | null {
  const { words, texts } = ctx;
  if (!SINGLE_SPACE.test(words[run.from]!.gap)) return null;
  for (let k = Math.max(0, run.from - MAX_TITLE_WORDS); k < run.from; k++) {
    const office = matchOffice(texts, k);
    if (office === null || k + office.length !== run.from) continue;
    if (words.slice(k, run.from).some((w) => w.cap)) continue;
    if (words.slice(k + 1, run.from + 1).some((w) => !SINGLE_SPACE.test(w.gap))) continue;
    let from = k;
    while (from > 0 && isRoleModifier(words[from - 1]!.text) && /^[ \u00a0-]$/u.test(words[from]!.gap))
      from--;
    const prev = words[from - 1];
    if (prev !== undefined && SINGLE_SPACE.test(words[from]!.gap) && lookupCountryWord(prev.text) !== null)
      from--;
    return { from, to: run.from };
  }
  return null;
}

/**
 * Role nouns: "the [modifier] [country] office|leader" not followed by a name ("the Russian
 * foreign minister said", "The American leader"). They resolve later to the titled person.
 */
export function findRoleNouns(ctx: RunContext): RawMention[] {
  const { words, texts } = ctx;
  const out: RawMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.norm !== 'the') continue;
    let k = i + 1;
    while (k < words.length && isRoleModifier(words[k]!.text)) k++;
    if (k < words.length && lookupCountryWord(words[k]!.text) !== null) k++;
    let end = 0;
    const office = matchOffice(texts, k);
    if (office !== null && !office.row.honorific) end = k + office.length;
    else if (matchLeaderNoun(texts, k) > 0) end = k + matchLeaderNoun(texts, k);
    if (end === 0) continue;
    const next = words[end];
    if (next !== undefined && isNameWord(next) && SINGLE_SPACE.test(next.gap)) continue;
    if (words.slice(i + 1, end).some((w) => !/^[ \u00a0-]$/u.test(w.gap))) continue;
    out.push({ start: words[i + 1]!.start, end: words[end - 1]!.end, type: 'person', rule: 'role.noun' });
  }
  return out;
}

/** Index of the word ending at `end`, searching forward from the word where the mention starts. */
export function wordEndingAt(ctx: RunContext, byStart: WordsByStart, m: RawMention): number {
  let i = byStart.get(m.start) ?? -1;
  while (i >= 0 && i < ctx.words.length && ctx.words[i]!.end < m.end) i++;
  return i;
}

/**
 * Administrations: "<person or country> administration" and "administration of <titled person>",
 * typed as organisations apart from the person ("Trump" ≠ "Trump administration").
 */
export function findAdministrations(ctx: RunContext, mentions: readonly RawMention[]): RawMention[] {
  const { words } = ctx;
  const byStart = ctx.byStart;
  const out: RawMention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    const isPerson = m.type === 'person' && m.rule.startsWith('person.');
    const isCountry = m.rule === 'gazetteer.country';
    if (!isPerson && !isCountry && m.type !== 'other') continue;
    const first = byStart.get(m.start);
    const last = wordEndingAt(ctx, byStart, m);
    if (first === undefined || last < 0) continue;
    const after = words[last + 1];
    const before = words[first - 1];
    if (
      after?.norm === 'administration' &&
      SINGLE_SPACE.test(after.gap) &&
      !(before && OTHER_TIME.has(before.norm))
    ) {
      out.push({
        start: m.start,
        end: after.end,
        type: 'organization',
        rule: isCountry ? 'admin.of-country' : 'admin.of-person',
      });
    }
    if (!isPerson) continue;
    const role = sorted.find((r) => r.end <= m.start && r.end >= m.start - 1 && r.rule === 'role.title');
    const lead = role === undefined ? first : (byStart.get(role.start) ?? first);
    if (words[lead - 1]?.norm === 'of' && words[lead - 2]?.norm === 'administration') {
      out.push({ start: words[lead - 2]!.start, end: m.end, type: 'organization', rule: 'admin.of-person' });
    }
  }
  return out;
}

/** Marks a mention that glosses the name before it ("— literally “New Russia”") as its alias. */
export function markGlosses(text: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.type === 'person') continue;
    if (GLOSS_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) m.rule = 'alias.gloss';
  }
}
