/** Milliseconds in a UTC day: dates are compared as whole days, never as clock times. */
export const DAY_MS = 86_400_000;

/** ISO date → whole days since the epoch, or null when unreadable. */
export function toDayNumber(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/u.test(iso)) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}
