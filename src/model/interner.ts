/**
 * One string per distinct value: `intern(s)` returns the first string equal to `s` it was given.
 * Records read in bulk (store rows, story features) repeat the same ids, outlets and terms many
 * times; sharing one string each keeps a large corpus's memory flat.
 */
export function makeInterner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}
