/**
 * Gunzip with the size limit applied while inflating, not after: zlib stops as soon as the output
 * passes `maxOutputLength`, so a bomb (1 MB that inflates to 1 GB) costs at most the limit in
 * memory. The limit depends on what the bytes turn out to be (an article or a JSONL export), so the
 * head is inflated first — from a short prefix of the input, which bounds it too — and sniffed.
 */
export type Gunzipped =
  { ok: true; bytes: Uint8Array } | { ok: false; detail: string; overLimit: number | null; limit: number };

/** Compressed bytes inflated to sniff the format: at most ~1 KB × 1032 (deflate's ratio cap) out. */
const HEAD_INPUT_BYTES = 1024;
/**
 * Output above this many times the input is a bomb, not an export: news text compresses 3–5×,
 * even repetitive JSONL exports stay under ~30×. Applies only above `MIN_BOMB_CHECK_BYTES` so a
 * small, highly repetitive file is still read.
 */
export const MAX_GZIP_EXPANSION = 200;
const MIN_BOMB_CHECK_BYTES = 16 * 1024 * 1024;

export function gunzipBounded(raw: Uint8Array, limitFor: (head: Uint8Array) => number): Gunzipped {
  // Fetched here: only gzipped inputs need zlib, and a short run need not load it.
  const { constants, gunzipSync } = process.getBuiltinModule('node:zlib');
  let head: Uint8Array;
  try {
    head = gunzipSync(raw.subarray(0, HEAD_INPUT_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    return { ok: false, detail: (error as Error).message, overLimit: null, limit: 0 };
  }
  const formatLimit = limitFor(head);
  const limit = Math.min(formatLimit, Math.max(MIN_BOMB_CHECK_BYTES, raw.length * MAX_GZIP_EXPANSION));
  try {
    return { ok: true, bytes: gunzipSync(raw, { maxOutputLength: limit }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      return { ok: false, detail: 'too large', overLimit: limit + 1, limit };
    return { ok: false, detail: (error as Error).message, overLimit: null, limit };
  }
}
