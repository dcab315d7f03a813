import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { gunzipBounded } from './gunzip-bounded.ts';
import { type Issue, makeIssue } from '../model/issue.ts';
import { isGzip, type SniffedFormat, sniffFormat } from './sniff.ts';

/**
 * The one I/O edge of ingest: paths, folders and stdin become `{origin, bytes}`. Everything after
 * this is a pure function of those bytes. Problems are yielded as Issues, never thrown, so one bad
 * input never stops the batch.
 */
export interface Source {
  /** The input as the user named it (path, `stdin`), for messages and `article.source`. */
  origin: string;
  /** Base name used as the article id for single-document inputs. */
  name: string;
  bytes: Uint8Array;
  format: Exclude<SniffedFormat, 'gzip'>;
}

export interface SourceLimits {
  /** A single article (text or HTML) larger than this is refused: no news article is 10 MB. */
  maxDocumentBytes: number;
  /** Containers (JSONL, JSON, feeds) may be large exports, but not unbounded. */
  maxContainerBytes: number;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = {
  maxDocumentBytes: 10 * 1024 * 1024,
  maxContainerBytes: 1024 * 1024 * 1024,
};

const SNIFF_BYTES = 4096;
const CONTAINERS: ReadonlySet<string> = new Set(['jsonl', 'json', 'rss', 'atom']);

export interface ReadOptions {
  limits?: SourceLimits;
  readStdin?: () => Promise<Uint8Array>;
  /**
   * Files a folder walk passes over: the store's own database (and its -wal/-shm/-journal
   * companions) when it lives inside the folder being ingested.
   */
  skipFiles?: readonly string[];
}

export async function* readSources(
  inputs: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<Source | Issue> {
  const limits = options.limits ?? DEFAULT_SOURCE_LIMITS;
  const skip = new Set((options.skipFiles ?? []).flatMap((f) => companionsOf(resolve(f))));
  const walk: Walk = { limits, skip, seen: new Set() };
  for (const input of inputs) {
    if (input === '-') {
      yield* fromBytes('stdin', 'stdin', await (options.readStdin ?? readAllStdin)(), limits);
      continue;
    }
    yield* fromPath(input, walk);
  }
}

function companionsOf(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}

/**
 * State of one walk. `seen` holds the real path of every folder entered and file read, so a
 * symlink loop (a → b → a) or a second link to a file already read is passed over: each file is
 * read once and the walk is bounded by the number of real files and folders, whatever the links.
 */
interface Walk {
  limits: SourceLimits;
  skip: ReadonlySet<string>;
  seen: Set<string>;
}

async function* fromPath(path: string, walk: Walk): AsyncGenerator<Source | Issue> {
  let info: Awaited<ReturnType<typeof stat>>;
  let real: string;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    yield fsIssue(path, error);
    return;
  }
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  if (info.isDirectory()) {
    let files: string[];
    try {
      files = await listEntries(path);
    } catch (error) {
      yield fsIssue(path, error);
      return;
    }
    for (const file of files) if (!walk.skip.has(resolve(file))) yield* fromPath(file, walk);
    return;
  }
  if (!info.isFile()) {
    yield makeIssue('HEARSAY_E_UNREADABLE', { origin: path }, 'not a regular file');
    return;
  }
  const { limits } = walk;
  try {
    const head = await readHead(path);
    const format = sniffFormat(head, path);
    const limit =
      format === 'gzip' || CONTAINERS.has(format) ? limits.maxContainerBytes : limits.maxDocumentBytes;
    if (info.size > limit) {
      yield tooLarge(path, info.size, limit);
      return;
    }
    yield* fromBytes(path, basename(path), await readFile(path), limits);
  } catch (error) {
    yield fsIssue(path, error);
  }
}

/** Gunzip if needed, sniff, check the size limit for what the bytes turn out to be. */
export function* fromBytes(
  origin: string,
  name: string,
  raw: Uint8Array,
  limits: SourceLimits,
): Generator<Source | Issue> {
  if (raw.length === 0) {
    yield makeIssue('HEARSAY_E_EMPTY', { origin }, 'the input is empty (0 bytes)');
    return;
  }
  let bytes = raw;
  let inner = name;
  if (isGzip(raw)) {
    inner = name.replace(/\.gz$/i, '');
    const limitOf = (head: Uint8Array) =>
      CONTAINERS.has(sniffFormat(head, inner)) ? limits.maxContainerBytes : limits.maxDocumentBytes;
    const unzipped = gunzipBounded(raw, limitOf);
    if (!unzipped.ok) {
      yield unzipped.overLimit === null
        ? makeIssue('HEARSAY_E_GZIP', { origin }, `cannot gunzip: ${unzipped.detail}`)
        : tooLarge(origin, unzipped.overLimit, unzipped.limit, 'unzipped, at least');
      return;
    }
    bytes = unzipped.bytes;
  }
  const format = sniffFormat(bytes, inner);
  if (format === 'gzip') {
    yield makeIssue('HEARSAY_E_GZIP', { origin }, 'gzip inside gzip is not supported');
    return;
  }
  const limit = CONTAINERS.has(format) ? limits.maxContainerBytes : limits.maxDocumentBytes;
  if (bytes.length > limit) {
    yield tooLarge(origin, bytes.length, limit);
    return;
  }
  if (bytes.length === 0) {
    yield makeIssue('HEARSAY_E_EMPTY', { origin }, 'the input is empty (0 bytes once unzipped)');
    return;
  }
  if (isBlank(bytes)) {
    yield makeIssue('HEARSAY_E_EMPTY', { origin }, 'the input holds only white space');
    return;
  }
  // The id stays the file's own base name (`page.html.gz`); the inner name only guides sniffing.
  yield { origin, name, bytes, format };
}

/**
 * The entries of one folder in name order (stable ids and output), hidden ones skipped. Sub-folders
 * are entered by `fromPath`, so an unreadable one is one issue and its siblings are still read.
 */
async function listEntries(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => join(dir, name));
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xa0) return false;
  return true;
}

function tooLarge(origin: string, size: number, limit: number, qualifier = ''): Issue {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return makeIssue(
    'HEARSAY_E_TOO_LARGE',
    { origin },
    `${mb(size)}${qualifier ? ` (${qualifier})` : ''} is over the ${mb(limit)} limit for this kind of input`,
  );
}

function fsIssue(path: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return makeIssue('HEARSAY_E_NOT_FOUND', { origin: path }, 'no such file or folder');
  if (code === 'EACCES' || code === 'EPERM')
    return makeIssue('HEARSAY_E_UNREADABLE', { origin: path }, 'permission denied');
  if (code === 'EISDIR') return makeIssue('HEARSAY_E_UNREADABLE', { origin: path }, 'is a folder');
  return makeIssue('HEARSAY_E_UNREADABLE', { origin: path }, (error as Error).message);
}
