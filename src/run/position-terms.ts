import type { KeyTerms } from '../analyze/positions/issues.ts';
import type { PositionStatements } from '../analyze/positions/positions.ts';
import type { Article } from '../model/article.ts';
import type { StatementPlace } from './article-passes.ts';
import type { ArticleThreads } from './article-threads.ts';
import { makeResultCompactor } from './compact-results.ts';

/**
 * The key terms of every position statement, in the order of `found.statements`, read per
 * article on `threads`: only the articles that have statements go out, each once, and their key
 * terms are kept compact as they come in (they wait for every statement's).
 */
export async function findKeyTerms(
  articles: readonly Article[],
  found: PositionStatements,
  threads: ArticleThreads,
): Promise<KeyTerms[]> {
  const statements = new Map<string, StatementPlace[]>();
  const slots = new Map<string, number[]>();
  found.statements.forEach(({ article, start, end, actor }, i) => {
    const list = statements.get(article);
    if (list) {
      list.push({ start, end, actor });
      slots.get(article)!.push(i);
    } else {
      statements.set(article, [{ start, end, actor }]);
      slots.set(article, [i]);
    }
  });
  // The last article of an id is the one the positions stage reads (a map of id → article).
  const byId = new Map(articles.map((a) => [a.id, a]));
  const asked = [...byId.values()].filter((a) => statements.has(a.id));
  const terms = await threads.map(
    'position-terms',
    asked,
    { people: found.people },
    (a) => statements.get(a.id)!,
    makeResultCompactor().keyTerms,
  );
  const keys: KeyTerms[] = new Array<KeyTerms>(found.statements.length);
  asked.forEach((a, i) => slots.get(a.id)!.forEach((slot, j) => (keys[slot] = terms[i]![j]!)));
  return keys;
}
