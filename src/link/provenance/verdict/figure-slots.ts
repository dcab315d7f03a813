import { unitMarkOf } from '../../../nlp/number-words.ts';
import type { Alignment } from '../alignment/align.ts';
import { MATCH_WEIGHT, termWeight } from '../alignment/match.ts';

/**
 * Coverage for a fragment's unsupported floor, counting a quote figure no word matched as found
 * where it stands in the place of the passage's figure of the same unit: as many words past the
 * anchor before it (or before the anchor after it) on both sides ("for six years" against "… for nine
 * years …"). A short fragment that changed its figure keeps little else ("for" is light): its
 * words are the speaker's with one figure changed, which the number rule then names, not words
 * the speaker never said. Counted at a discount, as a hardened word is.
 */
export function coverageWithFigureSlots(alignment: Alignment): number {
  let total = 0;
  let got = 0;
  for (const seg of alignment.segments) {
    for (let qi = seg.from; qi < seg.to; qi++) {
      const t = alignment.quote[qi]!;
      total += termWeight(t);
      const m = seg.support.get(qi);
      if (m) got += m.weight;
      else if (t.num !== null && hasFigureInSlot(seg, qi, alignment)) got += MATCH_WEIGHT.hardened;
    }
  }
  return total > 0 ? Math.min(1, got / total) : 0;
}

function hasFigureInSlot(seg: Alignment['segments'][number], qi: number, alignment: Alignment): boolean {
  const fig = alignment.quote[qi]!.num!;
  const before = seg.anchors.filter((a) => a.q < qi).at(-1);
  const after = seg.anchors.find((a) => a.q > qi);
  const slots = [before && before.p + (qi - before.q), after && after.p - (after.q - qi)];
  return slots.some((p) => {
    const there = p === undefined ? undefined : seg.candidate.terms[p];
    return (
      there !== undefined &&
      there.num !== null &&
      there.num !== fig &&
      unitMarkOf(there.num) === unitMarkOf(fig)
    );
  });
}
