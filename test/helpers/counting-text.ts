/**
 * A text that counts how many of its characters a rule reads: one per character asked for by
 * index or char code, the length of each slice, and the whole text for any other use (a regex
 * run on it, indexOf, …). A rule given it in place of a string shows how far back or forward it
 * reads, a count that does not depend on the machine's speed.
 */
export function countingText(text: string): { text: string; read: () => number } {
  let read = 0;
  const single = new Set(['charAt', 'charCodeAt', 'codePointAt', 'at']);
  const proxy = new Proxy(new String(text), {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) {
        read++;
        return text[Number(key)];
      }
      if (key === 'length') return text.length;
      if (key === 'slice' || key === 'substring')
        return (a?: number, b?: number): string => {
          const out = key === 'slice' ? text.slice(a, b) : text.substring(a ?? 0, b);
          read += out.length;
          return out;
        };
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        read += single.has(key as string) ? 1 : text.length;
        return (value as (...a: unknown[]) => unknown).apply(text, args);
      };
    },
  });
  return { text: proxy as unknown as string, read: () => read };
}
