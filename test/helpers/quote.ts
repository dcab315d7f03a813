import type { Quote } from '../../src/model/quote.ts';
import type { Story } from '../../src/model/story.ts';

/** A direct quote of `said` inside `text` of article `article`, credited to `speaker` (or nobody). */
export function quoteIn(article: string, text: string, said: string, speaker: string | null): Quote {
  const start = text.indexOf(said);
  return {
    id: `${article}-q1`,
    article,
    start,
    end: start + said.length,
    text: said,
    kind: 'direct',
    speaker: speaker === null ? null : { name: speaker, entity: null },
    cue: null,
    venue: null,
    rule: 'test',
    speakerRule: null,
  };
}

/** One story of `articles` whose primary source is `primary`. */
export function storyOf(primary: string, articles: string[]): Story {
  return { id: 's', title: '', articles: [primary, ...articles], primary, primaryConfidence: 1 };
}
