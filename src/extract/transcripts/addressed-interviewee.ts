import type { Entity, EntityIndex } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';

/**
 * The interviewee the first question greets by name ("Q: Ada – congratulations on …", "Q: Ada,
 * how did …"): the header's entity of two words or more whose name starts with that word. An
 * interviewer speaks to the person answering, so the greeting names them where the header's
 * subject is the company or the show that ran the interview ("Harbourline is thrilled to have
 * Ada Varn as …").
 */
export function findAddressedInterviewee(
  text: string,
  question: Span,
  header: Span,
  articleId: string,
  entities: EntityIndex,
): { entity: Entity; mention: Span } | null {
  const greeting = VOCATIVE.exec(text.slice(question.start, question.end))?.[1];
  if (!greeting) return null;
  let best: { entity: Entity; mention: Span } | null = null;
  for (const entity of entities.entities) {
    const words = entity.name.split(' ');
    if (words.length < 2 || words[0]!.toLowerCase() !== greeting.toLowerCase()) continue;
    const mention = entity.mentions.find(
      (m) => m.article === articleId && m.start >= header.start && m.end <= header.end,
    );
    if (mention && (!best || mention.start < best.mention.start)) best = { entity, mention };
  }
  return best;
}

/** A first name opening the question, set off by a dash or a comma. */
const VOCATIVE = /^\s*(\p{Lu}[\p{Ll}'’-]+)\s*(?:[–—-]\s|,\s)/u;
