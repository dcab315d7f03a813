/**
 * `compute(key)` through `memo`, which holds at most `maxEntries`: when full it is cleared, not
 * evicted (the words and surfaces of a corpus repeat, so a cleared memo fills again with the
 * current ones at no bookkeeping cost per call).
 */
export function memoised<V>(
  memo: Map<string, V>,
  key: string,
  compute: (key: string) => V,
  maxEntries: number,
): V {
  let known = memo.get(key);
  if (known === undefined) {
    if (memo.size >= maxEntries) memo.clear();
    known = compute(key);
    memo.set(key, known);
  }
  return known;
}
