/**
 * A small story graph for cutStoryGraph's tests: four reports tightly linked among themselves
 * (a–d), a report to be placed (s), and a second story of two (x, y).
 */
export const STORY_IDS: readonly string[] = ['a', 'b', 'c', 'd', 's', 'x', 'y'];

export const STORY_EDGES: readonly { a: number; b: number; sim: number }[] = [
  { a: 0, b: 1, sim: 1 },
  { a: 0, b: 2, sim: 1 },
  { a: 0, b: 3, sim: 1 },
  { a: 1, b: 2, sim: 1 },
  { a: 1, b: 3, sim: 1 },
  { a: 2, b: 3, sim: 1 },
  { a: 5, b: 6, sim: 1 },
];
