import type { Claim, Position, TimelineItem } from './analysis.ts';
import type { Article } from './article.ts';
import type { Entity } from './entity.ts';
import type { Issue } from './issue.ts';
import type { Quote } from './quote.ts';
import type { Story } from './story.ts';

export const DOSSIER_VERSION = 1;

/** Everything Hearsay knows about a set of articles; schema/dossier.schema.json publishes it. */
export interface Dossier {
  version: typeof DOSSIER_VERSION;
  generator: { name: 'hearsay'; version: string };
  articles: Article[];
  quotes: Quote[];
  entities: Entity[];
  stories: Story[];
  claims: Claim[];
  positions: Position[];
  timeline: TimelineItem[];
  /** Problems met on the way (bad inputs, duplicates), so a dossier says what it left out. */
  issues: Issue[];
}
