/**
 * Cuts a text at every boundary of a set of possibly overlapping labelled ranges, so a renderer
 * can wrap each piece with the labels that cover it. Linear in text length plus ranges.
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
  for (const r of ranges) {
    cuts.add(clamp(r.start, length));
    cuts.add(clamp(r.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const labels = ranges
      .filter((r) => r.start <= start && r.end >= end && r.end > r.start)
      .map((r) => r.label);
    out.push({ start, end, labels });
  }
  return out;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}
