/**
 * Cuts a text at every boundary of a set of possibly overlapping labelled ranges, so a renderer
 * can wrap each piece with the labels that cover it. One sweep over sorted boundaries: a long
 * article with many quotes and chrome ranges costs (ranges · log ranges), not cuts × ranges.
 */
export interface Labelled {
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  labels: string[];
}

export function segmentText(length: number, ranges: readonly Labelled[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  ranges.forEach((r, i) => {
    const start = clamp(r.start, length);
    const end = clamp(r.end, length);
    cuts.add(start).add(end);
    if (end <= start) return;
    push(opening, start, i);
    push(closing, end, i);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    for (const r of closing.get(start) ?? []) active.delete(r);
    for (const r of opening.get(start) ?? []) active.add(r);
    // Labels in the ranges' input order, whatever order they opened in.
    const labels = [...active].sort((a, b) => a - b).map((r) => ranges[r]!.label);
    out.push({ start, end: points[i + 1]!, labels });
  }
  return out;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}
