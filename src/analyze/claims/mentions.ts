/**
 * Mentions of a quantity without a figure. When one article gives a figure ("€210bn in frozen
 * assets") and the other reports of its story name the same thing without one ("the frozen
 * assets"), the claim lists those mentions so a reader sees that nothing else confirms the
 * figure: the claim stays single-sourced (`agree: null`), with the evidence of why.
 */
import type { ClaimStatement } from '../../model/analysis.ts';
import type { Article } from '../../model/article.ts';
import type { Story } from '../../model/story.ts';
import { stem } from '../../nlp/stem.ts';

/** Words a mention may spread over: "frozen assets of the Russian Federation" is six. */
const WINDOW = 6;
/** Mentions kept per article: the first ones say it; more would crowd the claim. */
const PER_ARTICLE = 2;

export interface Word {
  stem: string;
  start: number;
  end: number;
}

/** The stemmed words of an article outside its chrome, for `findMentions`. */
export function wordsOf(article: Article): Word[] {
  const out: Word[] = [];
  for (const m of article.text.matchAll(/\p{L}+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (article.boilerplate.some((b) => b.start < end && start < b.end)) continue;
    out.push({ stem: stem(m[0].toLowerCase()), start, end });
  }
  return out;
}

/** Subject words a mention must have: all of a two-word subject, three of a longer one. */
export function mentionNeed(subject: readonly string[]): number {
  return Math.min(3, subject.length);
}

/**
 * The spans of `article` where most of the subject's words stand within a few words of each
 * other: all of a two-word subject, three of a longer one.
 */
export function findMentions(
  article: Article,
  subject: readonly string[],
  sameWord: (a: string, b: string) => boolean,
  unit: string,
  wordsOfArticle: () => readonly Word[] = () => wordsOf(article),
): ClaimStatement[] {
  if (subject.length < 2) return [];
  const need = mentionNeed(subject);
  const words = wordsOfArticle();
  const out: ClaimStatement[] = [];
  for (let i = 0; i < words.length && out.length < PER_ARTICLE; i++) {
    if (!subject.some((s) => sameWord(s, words[i]!.stem))) continue;
    const found = new Set<string>();
    let last = i;
    for (let j = i; j < Math.min(words.length, i + WINDOW); j++) {
      const hit = subject.find((s) => sameWord(s, words[j]!.stem));
      if (hit && !found.has(hit)) {
        found.add(hit);
        last = j;
      }
    }
    if (found.size < need) continue;
    const start = words[i]!.start;
    const end = words[last]!.end;
    // A mention is a phrase: words scattered over a headline and the next sentence are not one.
    if (/[.!?\n]/.test(article.text.slice(start, end))) continue;
    out.push({
      article: article.id,
      start,
      end,
      text: article.text.slice(start, end),
      value: null,
      unit,
      hedge: null,
      subject: '',
    });
    i = last;
  }
  return out;
}

/** The other articles of the stories `articleId` belongs to. */
export function storyMates(stories: readonly Story[], articleId: string): Set<string> {
  const out = new Set<string>();
  for (const s of stories)
    if (s.articles.includes(articleId)) for (const a of s.articles) if (a !== articleId) out.add(a);
  return out;
}
