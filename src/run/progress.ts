/**
 * Progress on stderr while a long run works: on a terminal, one line redrawn in place (a bar when
 * the total is known, the rate and the time left); elsewhere (a log, a pipe, CI), a plain line at
 * most every PLAIN_LINE_INTERVAL_MS so logs stay short and a short run prints none. `quiet`
 * prints nothing.
 */

/** What progress needs of a stream: `process.stderr` fits, and so does a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  quiet?: boolean;
  /** The unit counted, plural ("articles"). */
  unit: string;
  /** Milliseconds since some origin; tests pass a fake clock. */
  now?: () => number;
}

export interface Progress {
  /** `done` so far out of `total` (null when not known yet); `bytes` of text done, for MB/s. */
  update(done: number, total: number | null, bytes?: number): void;
  /** A new phase ("analysing: quotes"): shown with the count from then on. */
  phase(name: string): void;
  /** Clears the redrawn line (terminal); elsewhere prints the last count if any line was printed. */
  finish(): void;
}

/** A terminal redraw this often at most: more is flicker and wasted writes. */
const TTY_REDRAW_INTERVAL_MS = 100;
/**
 * A plain line this often at most, the first one after as long: a short run logs nothing, a
 * 10-minute run ~60 lines.
 */
export const PLAIN_LINE_INTERVAL_MS = 10_000;
const BAR_CELLS = 24;

export function createProgress(options: ProgressOptions): Progress {
  const { stream, unit } = options;
  const now = options.now ?? (() => performance.now());
  if (options.quiet) return { update() {}, phase() {}, finish() {} };
  const tty = stream.isTTY === true;
  const interval = tty ? TTY_REDRAW_INTERVAL_MS : PLAIN_LINE_INTERVAL_MS;
  const started = now();
  let last = tty ? -Infinity : started;
  let state = { label: '', done: 0, total: null as number | null, bytes: 0 };
  let drawn = false;
  let printed = false;

  const line = (): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = state.done / seconds;
    const parts = [
      state.total === null ? `${state.done} ${unit}` : `${state.done}/${state.total} ${unit}`,
      `${formatRate(rate)} ${unit}/s`,
    ];
    if (state.bytes > 0) parts.push(`${(state.bytes / 1e6 / seconds).toFixed(2)} MB/s`);
    if (state.total !== null && rate > 0 && state.done < state.total)
      parts.push(`ETA ${formatDuration((state.total - state.done) / rate)}`);
    // In a phase the count is finished: the time spent is what a reader wants.
    if (state.label) return `${state.label} · ${formatDuration(seconds)} so far`;
    return parts.join(' · ');
  };
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - last < interval) return;
    last = t;
    if (tty) {
      const bar = state.total && !state.label ? `${renderBar(state.done / state.total)} ` : '';
      stream.write(`\r\x1b[2K${bar}${line()}`);
      drawn = true;
    } else {
      stream.write(`${line()}\n`);
      printed = true;
    }
  };

  return {
    update(done, total, bytes = state.bytes) {
      state = { ...state, done, total, bytes };
      draw(false);
    },
    phase(name) {
      state = { ...state, label: name };
      draw(tty);
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[2K');
      else if (printed) stream.write(`done in ${formatDuration((now() - started) / 1000)}\n`);
      drawn = false;
    },
  };
}

/** `[#########---------------]  37%`: the share done as a bar of BAR_CELLS cells. */
export function renderBar(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  const filled = Math.round(clamped * BAR_CELLS);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_CELLS - filled)}] ${String(Math.floor(clamped * 100)).padStart(3)}%`;
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 ? perSecond.toFixed(0) : perSecond.toFixed(1);
}

/** `42s`, `3m05s`, `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
