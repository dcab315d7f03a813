/**
 * Round-ups (a morning newsletter, a news digest, a bulletin's "in other news"): one report, then
 * a paragraph that turns to other events with a phrase that says so. What follows names another
 * event's people, places and numbers, and a short round-up whose second item was a raid's tonnage,
 * town and weekday sat closer to the raid's one-line brief than to the launch it led with. The
 * lead item is what the round-up reports; the rest is other stories' news, not its terms.
 */

/**
 * A paragraph opening with a turn to other news: "Elsewhere, …", "In other news: …", "ELSEWHERE.
 * …", "Also in the news: …". Not "Meanwhile" or "Separately": reports of one event use them for
 * its other side (BASIL has eleven such paragraphs, none a change of event); nor "In brief", which
 * may sum up the same event.
 */
const OTHER_NEWS = /^[ \t]*(?:elsewhere|in other news|also in the news|other headlines)\b[ \t]*[.,:;—–-]/gimu;

/** Lines at the top that are the headline and the lead item, never a turn to other news. */
const LEAD_LINES = 2;

/** Offset of the first paragraph past the headline and lead item that turns to other news, or -1. */
export function findOtherNews(text: string): number {
  let from = 0;
  for (let lines = 0; lines < LEAD_LINES;) {
    const next = text.indexOf('\n', from);
    if (next < 0) return -1;
    if (text.slice(from, next).trim()) lines++;
    from = next + 1;
  }
  // From `from` on without copying the text: `g` makes exec start at lastIndex.
  OTHER_NEWS.lastIndex = from;
  const m = OTHER_NEWS.exec(text);
  return m ? m.index : -1;
}
