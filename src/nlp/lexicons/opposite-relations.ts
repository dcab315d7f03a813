/**
 * Prepositions that name opposite relations: a report that puts one for the other turns what was
 * said around ("campaigned against the plan" → "campaigned for the plan"; "talks with preconditions" →
 * "talks without preconditions"). A closed class, so the table is short and complete for the
 * relations that carry a stance, a presence, an order in time or a direction. "over" / "under" are
 * left out: before a figure they bound it, which the number rules read.
 */
export interface OppositeRelation {
  pair: readonly [string, string];
  example: string;
}

export const OPPOSITE_RELATIONS: readonly OppositeRelation[] = [
  { pair: ['for', 'against'], example: 'the senator campaigned for / against the levy' },
  { pair: ['with', 'without'], example: 'talks with / without preconditions' },
  { pair: ['before', 'after'], example: 'the vote comes before / after the recess' },
  { pair: ['above', 'below'], example: 'inflation stayed above / below target' },
  { pair: ['inside', 'outside'], example: 'shelters inside / outside the city' },
  { pair: ['up', 'down'], example: 'prices went up / down' },
  { pair: ['pro', 'anti'], example: 'a pro / anti government rally' },
];
