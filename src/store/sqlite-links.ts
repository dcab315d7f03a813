import type { SQLInputValue } from 'node:sqlite';
import type { Article } from '../model/article.ts';

type Row = Record<string, SQLInputValue>;

/**
 * Every article's links, read back from article_links rows (migration 2). A row is one link found,
 * standing for both directions, so a new copy never rewrites its partners. An article's list is
 * its own rows in the order stored, then the rows of later articles that link to it (the way
 * back), each partner once. `rows` are in rowid order.
 */
export function linksBySeq(
  seqOfId: ReadonlyMap<string, number>,
  idOfSeq: ReadonlyMap<number, string>,
  rows: Iterable<Row>,
): Map<number, Article['syndicated']> {
  const own = new Map<number, Article['syndicated']>();
  const back = new Map<number, Article['syndicated']>();
  const push = (
    map: Map<number, Article['syndicated']>,
    seq: number,
    link: Article['syndicated'][number],
  ) => {
    const list = map.get(seq);
    if (list) list.push(link);
    else map.set(seq, [link]);
  };
  for (const row of rows) {
    const seq = Number(row.article_seq);
    const similarity = row.similarity as number;
    const partner = seqOfId.get(row.other_id as string);
    // A stored partner's id string is shared with its article, not one more copy per link.
    push(own, seq, {
      article: partner === undefined ? (row.other_id as string) : idOfSeq.get(partner)!,
      similarity,
    });
    if (partner !== undefined && partner !== seq)
      push(back, partner, { article: idOfSeq.get(seq)!, similarity });
  }
  const out = new Map<number, Article['syndicated']>();
  for (const seq of new Set([...own.keys(), ...back.keys()])) {
    const seen = new Set<string>();
    const list = [...(own.get(seq) ?? []), ...(back.get(seq) ?? [])].filter(
      (l) => !seen.has(l.article) && seen.add(l.article),
    );
    out.set(seq, list);
  }
  return out;
}
