import type { EntityType } from '../../model/entity.ts';
import { isCommonWord, lookupGazetteer } from '../../nlp/gazetteer.ts';
import { NAME_SPEECH_VERBS } from '../../nlp/lexicons/entity-cues.ts';
import { isPartyMembersNoun } from '../../nlp/lexicons/role-nouns.ts';
import type { CorpusMention } from './corpus-rules.ts';

/** Auxiliaries between a subject and its speech verb ("Patrick has said", "Ruiz had told"). */
const AUXILIARIES = new Set(['has', 'had', 'have', 'was', 'is', 'will', 'would', 'also', 'later']);
const WORD_AFTER = /^\s+([\p{L}]+)(?:\s+([\p{L}]+))?/u;
const WORD_BEFORE = /([\p{L}]+),?\s+$/u;
const ONE_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Most words in a full name the rule types: given name(s) and a family name. */
const MAX_NAME_WORDS = 3;

/**
 * 5. A lone untyped word that speaks ("Ekwueme said", "said Ekwueme,", "Ekwueme has said") and is
 * the last word of exactly one untyped two- or three-word name of its article ("Obi Ekwueme") is
 * that person's surname: both are typed persons, so the surname joins the full name. Names whose
 * given name no list knows stay untyped otherwise. Never for a gazetteer row ("Washington said"
 * is the government) or a common word.
 */
export function typeSpeakingNames(
  mentions: readonly CorpusMention[],
  textOf: (id: string) => string,
): CorpusMention[] {
  const byArticle = new Map<string, CorpusMention[]>();
  for (const m of mentions) {
    if (m.type !== 'other' || m.rule.startsWith('role.')) continue;
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const retyped = new Set<CorpusMention>();
  for (const [article, list] of byArticle) {
    const text = textOf(article);
    const speaking = new Set<string>();
    for (const m of list) if (ONE_WORD.test(m.surface) && speaksAt(text, m)) speaking.add(m.surface);
    if (speaking.size === 0) continue;
    const fullNames = new Map<string, CorpusMention[]>();
    for (const m of list) {
      const words = m.surface.split(/\s+/u);
      if (words.length < 2 || words.length > MAX_NAME_WORDS || !words.every((w) => ONE_WORD.test(w)))
        continue;
      const last = words[words.length - 1]!;
      if (!speaking.has(last)) continue;
      const forms = fullNames.get(last) ?? [];
      forms.push(m);
      fullNames.set(last, forms);
    }
    for (const [surname, forms] of fullNames) {
      if (new Set(forms.map((f) => f.surface)).size !== 1) continue;
      if (lookupGazetteer(surname) !== null || isCommonWord(surname) || isPartyMembersNoun(surname)) continue;
      for (const m of forms) retyped.add(m);
      for (const m of list) if (m.surface === surname) retyped.add(m);
    }
  }
  if (retyped.size === 0) return [...mentions];
  return mentions.map((m) =>
    retyped.has(m) ? { ...m, type: 'person' as EntityType, rule: 'person.speaking-surname' } : m,
  );
}

/** The word is a speech verb's subject or its inverted subject ("said Ekwueme"). */
function speaksAt(text: string, m: CorpusMention): boolean {
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (after) {
    const first = after[1]!.toLowerCase();
    if (NAME_SPEECH_VERBS.has(first)) return true;
    if (AUXILIARIES.has(first) && after[2] && NAME_SPEECH_VERBS.has(after[2].toLowerCase())) return true;
  }
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  return before !== null && NAME_SPEECH_VERBS.has(before[1]!.toLowerCase());
}
