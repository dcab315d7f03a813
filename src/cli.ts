import { writeFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { NEAR_DUPLICATES } from './ingest/dedupe.ts';
import { readSources } from './ingest/sources.ts';
import type { Dossier } from './model/dossier.ts';
import { formatIssue, type Issue, makeIssue } from './model/issue.ts';
import { makeOptions, type Options } from './model/options.ts';
import { analyzeArticles } from './pipeline.ts';
import type { ExportFormat, ExportWhat } from './report/export.ts';
import { showControls } from './report/escape.ts';
import { renderMarkdownChunks } from './report/markdown.ts';
import { limitHeapGrowth } from './run/heap-growth.ts';
import { defaultJobs, ingestInBatches } from './run/ingest-batches.ts';
import { createProgress, type Progress } from './run/progress.ts';
import { openSqliteStore, openTemporarySqliteStore } from './store/sqlite.ts';
import { type Store, toMatchExpression } from './store/store.ts';
import { VERSION } from './version.ts';

// node:fs and node:util fetched, not imported: an ES import of a built-in reads every export,
// and their lazy ones load streams, readline, util's diff and colours a short run never uses.
const { existsSync, statSync } = process.getBuiltinModule('node:fs');
const { parseArgs } = process.getBuiltinModule('node:util');

/**
 * `hearsay` — parse arguments, build Options, call the library, render, map issues to exit codes.
 * Data goes to stdout (or --out); diagnostics, one line per problem, go to stderr.
 * Exit codes: 0 all inputs fine · 1 some inputs failed (the rest were processed) · 2 usage error.
 */
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
/** Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it. */
const EXIT_INTERRUPTED = 130;
// Exit 3 is bin/hearsay.js's: an internal error (a bug), printed with its stack.

/** A failure of the run itself (the output cannot be written), reported in one line with exit 1. */
class RunError extends Error {}

const FORMATS = ['md', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

const RUN_OPTIONS_HELP = `  --jobs N         threads reading, cleaning and analysing documents (default and most: the core
                   count, or 2 on one core); the result is the same with any N
  --quiet          no progress on stderr (shown by default: a bar on a terminal, else a line
                   every 10 s); Ctrl-C stops after the last stored batch, and the same command
                   with the same --db resumes`;

const LIMIT_HELP = `  --max-bytes N    refuse a single document (text, HTML) larger than N bytes (default 10485760)
  --doc-timeout-ms N  skip a document whose reading takes longer than N ms (default 20000);
                      on worker threads also stop one article's analysis pass over it`;

const HELP: Record<string, string> = {
  main: `hearsay ${VERSION} — who said what, where and when, and whether each report of it is faithful

Usage: hearsay <command> [options]

Commands:
  analyze <inputs…>   ingest inputs, run the whole pipeline, print the dossier
  ingest <inputs…>    add inputs to a persistent store (--db), idempotently
  report              print the dossier of what a store holds
  search <words…>     full-text search of a store's articles (--db), with offsets
  export              one table (quotes, claims, positions, timeline) as CSV or JSON Lines

Inputs: files (.txt .md .html .htm .jsonl .json RSS/Atom, also gzipped), folders (recursively), - for stdin.
Run 'hearsay <command> --help' for the options of a command.
Options: --help, --version`,
  analyze: `Usage: hearsay analyze <inputs…> [--db FILE] [--format md|json|html] [--out FILE] [--primary ID] [--semantic] [--no-indirect] [--jobs N] [--quiet]

Ingest the inputs, run the whole pipeline, print the dossier.
  --db FILE        keep articles in this SQLite store (default: a temporary one, deleted at exit);
                   the dossier then covers everything the store holds
  --format F       md (default), json (the dossier contract, schema/dossier.schema.json) or html
  --out FILE       write the dossier to FILE instead of stdout; without --format, the format is
                   read from its extension (.md .json .html .htm); a --format that contradicts a
                   known extension is a usage error
  --primary ID     take article ID as the primary source of its story (persisted with --db)
  --semantic       re-rank provenance candidates with the bundled sentence encoder (slower)
  --no-indirect    leave out indirect speech ("she warned that …"), reported by default as quotes
                   of kind indirect (--indirect, the old switch, is accepted and changes nothing)
${RUN_OPTIONS_HELP}
${LIMIT_HELP}
  -h, --help       this help`,
  ingest: `Usage: hearsay ingest <inputs…> --db FILE [--jobs N] [--quiet]

Add the inputs to the store. Ingesting the same input again changes nothing (keyed by content hash).
  --db FILE        the SQLite store (created if missing); inputs are committed in batches, so
                   a killed run keeps what it committed and a rerun adds the rest
${RUN_OPTIONS_HELP}
${LIMIT_HELP}
  -h, --help       this help`,
  search: `Usage: hearsay search <words…> --db FILE [--limit N] [--format md|json]

Find articles containing all the words (SQLite FTS5, ranked by BM25). Each hit prints the article
id, the character offsets of the passage and the passage itself. A word ending in * matches as a
prefix (rub* finds rubber, ruble); a word starting with - must not occur (-oil).
  --db FILE        the SQLite store
  --limit N        at most N hits (default 20)
  --format F       md (default: one line per hit) or json
  -h, --help       this help`,
  report: `Usage: hearsay report --db FILE [--format md|json|html] [--out FILE] [--primary ID] [--semantic] [--no-indirect]

Print the dossier of everything the store holds.
  --db FILE        the SQLite store
  --format F       md (default), json or html
  --out FILE       write to FILE instead of stdout (format from its extension without --format)
  --primary ID     take article ID as the primary source of its story (persisted)
  --semantic       re-rank provenance candidates with the bundled sentence encoder
  --no-indirect    leave out indirect speech (reported by default; --indirect changes nothing)
  -h, --help       this help`,
  export: `Usage: hearsay export --what quotes|claims|positions|timeline [--format csv|jsonl] (--db FILE | <inputs…>) [--out FILE] [--primary ID]

Write one table of the dossier for spreadsheets and other tools: one row per quote, per claim
statement, per position evidence span, per timeline evidence span. With inputs they are analysed
(as analyze does, into --db when given); with only --db, the store's articles are.
  --what W         quotes, claims, positions or timeline
  --format F       csv (RFC 4180, CRLF, a header row; default) or jsonl (one JSON object per line,
                   the same columns); without --format, read from --out's extension (.csv .jsonl)
  --db FILE        the SQLite store
  --out FILE       write to FILE instead of stdout
  --primary ID     take article ID as the primary source of its story
  --no-indirect    leave out indirect speech
  -h, --help       this help`,
};

const OPTION_SPEC = {
  db: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  primary: { type: 'string', multiple: true },
  semantic: { type: 'boolean' },
  indirect: { type: 'boolean' },
  'no-indirect': { type: 'boolean' },
  limit: { type: 'string' },
  what: { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'doc-timeout-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Flags = ReturnType<typeof parseFlags>['values'];

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  ignoreClosedPipes();
  try {
    if (!(command in HELP) || command === 'main') throw new UsageError(`unknown command '${command}'`);
    const { values, positionals } = parseFlags(command === 'search' ? markExclusions(rest) : rest);
    if (values.help) {
      process.stdout.write(`${HELP[command]}\n`);
      return EXIT_OK;
    }
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    // A large corpus keeps much alive: less slack over it (src/run/heap-growth.ts).
    if (mayHoldLargeCorpus(command, values, positionals)) limitHeapGrowth();
    return await run(command, values, positionals);
  } catch (error) {
    if (error instanceof RunError) {
      process.stderr.write(`hearsay: ${showControls(error.message)}\n`);
      return EXIT_SOME_FAILED;
    }
    if (error instanceof UsageError) {
      process.stderr.write(
        `hearsay: ${showControls(error.message)}\nRun 'hearsay ${command && command in HELP ? `${command} ` : ''}--help' for usage.\n`,
      );
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Inputs under this many bytes in all make a small run. */
const SMALL_RUN_BYTES = 1024 * 1024;

/**
 * Whether a run may hold a large corpus. A small analyze (files under SMALL_RUN_BYTES in all, no
 * folder, no stdin, no --db store) keeps V8's default heap growth: the limit saves memory only on
 * a large heap, and on a one-article run it cost a second full collection (~35 ms of CPU with its
 * marking threads).
 */
export function mayHoldLargeCorpus(command: string, flags: Flags, inputs: readonly string[]): boolean {
  if (command !== 'analyze' || flags.db !== undefined) return true;
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-') return true;
    let stats;
    try {
      stats = statSync(input, { throwIfNoEntry: false });
    } catch {
      return true; // unreadable ("a.txt/b", no permission): the run reports it as it would any input
    }
    if (!stats?.isFile()) return true;
    bytes += stats.size;
  }
  return bytes >= SMALL_RUN_BYTES;
}

async function run(command: string, flags: Flags, inputs: string[]): Promise<number> {
  // search's positionals are words, not files.
  if (flags.out !== undefined) refuseOutOverInputs(flags.out, flags.db, command === 'search' ? [] : inputs);
  if (command === 'export') return await runExport(flags, inputs);
  if (flags.what !== undefined) throw new UsageError('--what belongs to export');
  const format = parseFormat(flags.format, flags.out);
  if (command === 'analyze' && inputs.length === 0)
    throw new UsageError('analyze needs at least one input (a file, a folder or -)');
  if (command === 'ingest' && inputs.length === 0) throw new UsageError('ingest needs at least one input');
  if ((command === 'ingest' || command === 'report') && !flags.db)
    throw new UsageError(`${command} needs --db FILE`);
  if (command === 'report' && inputs.length > 0)
    throw new UsageError(`report takes no inputs (got '${inputs[0]}'); use analyze or ingest`);
  if (command === 'search') return await runSearch(flags, inputs);
  if (command === 'ingest' && (flags.format || flags.out))
    throw new UsageError('ingest prints no dossier; --format and --out belong to analyze and report');

  if (command === 'report') requireExistingStore(flags.db!);
  const { options, jobs, progress } = runSettings(flags);
  const store = openStore(flags.db);
  try {
    const issues: Issue[] = [];
    if (inputs.length > 0) {
      const ingested = await ingestInto(store, inputs, options, { db: flags.db, jobs, progress });
      issues.push(...ingested.issues);
      if (ingested.interrupted) {
        for (const issue of issues) writeIssue(issue);
        process.stderr.write(
          `hearsay: interrupted; ${await store.countArticles()} articles stored${flags.db ? ` in ${flags.db}: run the same command again to resume` : ''}\n`,
        );
        return EXIT_INTERRUPTED;
      }
    }
    for (const id of flags.primary ?? []) {
      if (!(await store.getArticle(id)))
        throw new UsageError(`--primary ${id}: no such article in the store`);
      await store.setPrimary(id, id).catch((error: unknown) => {
        throw storeWriteError(error, flags.db);
      });
    }
    for (const issue of issues) writeIssue(issue);
    if (command === 'ingest') {
      progress.finish();
      process.stderr.write(`${await store.countArticles()} articles in ${flags.db}\n`);
    } else {
      const dossier = await buildDossier(store, options, issues, progress, jobs);
      progress.finish();
      await emit(await render(dossier, format), flags.out);
    }
    return issues.some((i) => i.severity === 'error') ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await store.close();
  }
}

async function runSearch(flags: Flags, words: string[]): Promise<number> {
  if (!flags.db) throw new UsageError('search needs --db FILE');
  if (words.length === 0) throw new UsageError('search needs at least one word');
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  // Past 2^53 the number is not exact, and SQLite's LIMIT refuses it (an internal error before).
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number ≥ 1 (got '${flags.limit}')`);
  // Only operators or punctuation (`''`, `*`) found nothing silently; only exclusions is the store's RangeError.
  const query = (() => {
    try {
      return toMatchExpression(words.join(' '));
    } catch (error) {
      throw error instanceof RangeError ? new UsageError(error.message) : error;
    }
  })();
  if (query === null)
    throw new UsageError(`search needs a word to find (got ${words.map((w) => `'${w}'`).join(' ')})`);
  if (flags.format !== undefined && flags.format !== 'md' && flags.format !== 'json') {
    throw new UsageError(`search --format must be md or json (got '${flags.format}')`);
  }
  requireExistingStore(flags.db);
  const store = openStore(flags.db);
  try {
    const hits = await store.search(words.join(' '), limit).catch((error: unknown) => {
      throw error instanceof RangeError ? new UsageError(error.message) : error;
    });
    const text =
      flags.format === 'json'
        ? `${JSON.stringify(hits, null, 2)}\n`
        : hits
            .map((h) => showControls(`${h.article}@${h.start}-${h.end}\t${h.snippet.replace(/\s+/g, ' ')}`))
            .map((line) => `${line}\n`)
            .join('');
    await emit(text, flags.out);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/**
 * Reads the inputs in batches and stores each batch in its own transaction: a run killed midway
 * keeps every batch it committed, and a rerun skips them (same content hash) and adds the rest.
 */
async function ingestInto(
  store: Store,
  inputs: string[],
  options: Options,
  run: { db: string | undefined; jobs: number; progress: Progress },
): Promise<{ issues: Issue[]; interrupted: boolean }> {
  const limits = { maxDocumentBytes: options.maxDocumentBytes, maxContainerBytes: options.maxContainerBytes };
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const issues: Issue[] = [];
  const duplicates: Issue[] = [];
  try {
    const batches = ingestInBatches(readSources(inputs, { limits, skipFiles: run.db ? [run.db] : [] }), {
      jobs: run.jobs,
      documentBudgetMs: options.documentBudgetMs,
      maxDocumentBytes: options.maxDocumentBytes,
      storedIdOf: (hash) => store.hasHash(hash),
      signal: stop.signal,
      onProgress: (done, known, bytes) => run.progress.update(done, known, bytes),
    });
    for await (const { articles, issues: found } of batches) {
      issues.push(...found);
      const result = await store.putArticles(articles).catch((error: unknown) => {
        throw storeWriteError(error, run.db);
      });
      const sourceOf = new Map(articles.map((a) => [a.id, a.source]));
      for (const d of result.duplicates) {
        // Re-ingesting the very same article is the idempotent case, not worth a warning.
        if (d.id === d.duplicateOf) continue;
        duplicates.push(
          makeIssue(
            'HEARSAY_W_DUPLICATE',
            { origin: sourceOf.get(d.id) ?? d.id },
            `same text as ${d.duplicateOf}; stored once`,
          ),
        );
      }
      if (stop.signal.aborted) break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { issues: [...issues, ...duplicates], interrupted: stop.signal.aborted };
}

async function buildDossier(
  store: Store,
  options: Options,
  issues: Issue[],
  progress: Progress,
  jobs: number,
): Promise<Dossier> {
  const articles = await store.getArticles();
  const primaryOverrides = await store.getPrimaryOverrides();
  // The stages need nothing more from the store: its page cache and near-duplicate index go now.
  await store.close();
  return analyzeArticles(articles, { ...options, primaryOverrides }, issues, {
    onStage: (name, i, count) =>
      progress.phase(`analysing ${articles.length} articles: ${name} (${i + 1}/${count})`),
    onIssue: (issue) => writeIssue(issue),
    jobs,
  });
}

/**
 * One issue, one line: a file name or record id may hold a line break or a terminal escape
 * sequence (a hostile name can retitle the window or clear the screen), shown as symbols instead.
 */
function writeIssue(issue: Issue): void {
  process.stderr.write(`${showControls(formatIssue(issue)).replace(/\n/g, '\u2424')}\n`);
}

/** What analyze, ingest, report and export share: analysis options, threads and progress. */
function runSettings(flags: Flags): { options: Options; jobs: number; progress: Progress } {
  const options = makeOptions({
    semantic: flags.semantic ?? false,
    indirect: !flags['no-indirect'],
    ...parseLimits(flags),
  });
  const progress = createProgress({ stream: process.stderr, quiet: flags.quiet ?? false, unit: 'articles' });
  return { options, jobs: parseJobs(flags.jobs), progress };
}

/**
 * --jobs as a whole number ≥ 1, at most the core count (or 2 on one core, so threads can still be
 * tried there). Each thread loads every model (35–145 MB): `--jobs 200` on 2 cores took 4 GB and
 * minutes to start its threads, for no speed a third thread could give.
 */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1 (got '${value}')`);
  const most = Math.max(2, defaultJobs());
  if (jobs <= most) return jobs;
  const cores = defaultJobs();
  process.stderr.write(
    `hearsay: --jobs ${jobs} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}; using ${most}\n`,
  );
  return most;
}

/**
 * SQLite's own failure to write the store (a read-only file, a full disk, another process's lock
 * held past the busy timeout) is the run's, not a bug: one line, exit 1. Batches committed before
 * it stay stored.
 */
function storeWriteError(error: unknown, db: string | undefined): unknown {
  if ((error as { code?: string } | null)?.code !== 'ERR_SQLITE_ERROR') return error;
  const where = db ?? 'the temporary store';
  return new RunError(
    `cannot write to ${where}: ${(error as Error).message} (batches stored before are kept)`,
  );
}

/** The --db store, or without one a temporary file SQLite deletes on close (RAM stays for the analysis). */
function openStore(path: string | undefined): Store {
  try {
    return path === undefined
      ? openTemporarySqliteStore({ copies: NEAR_DUPLICATES })
      : openSqliteStore(path, { copies: NEAR_DUPLICATES });
  } catch (error) {
    throw new UsageError(`cannot open store ${path ?? '(temporary)'}: ${whyNotOpened(path, error as Error)}`);
  }
}

/** SQLite says "unable to open database file" for several causes a user can fix: name the one. */
function whyNotOpened(path: string | undefined, error: Error): string {
  if (path === undefined || path === ':memory:') return error.message;
  const folder = dirname(resolve(path));
  if (existsSync(path) && statSync(path).isDirectory()) return 'it is a folder';
  if (!existsSync(folder)) return 'its folder does not exist';
  // WAL mode keeps -wal and -shm files beside the store, even to read it.
  if (/unable to open|readonly/i.test(error.message))
    return `${error.message} (the store and its folder must be writable: SQLite keeps -wal and -shm files beside it)`;
  return error.message;
}

/** The format a file name asks for by its extension, when it is one Hearsay writes. */
const FORMAT_OF_EXTENSION: Record<string, Format | ExportFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * --format if given, else the --out file's extension, else the default. An explicit --format
 * that contradicts a known extension is an error rather than a guess: `--out brief.html
 * --format md` is more likely a slip than a wish for Markdown in a .html file.
 */
function chooseFormat<F extends string>(
  allowed: readonly F[],
  fallback: F,
  value: string | undefined,
  out: string | undefined,
): F {
  if (value !== undefined && !(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got '${value}')`);
  const ext = out ? extname(out).toLowerCase() : '';
  const implied = FORMAT_OF_EXTENSION[ext];
  if (value !== undefined) {
    if (implied !== undefined && implied !== value)
      throw new UsageError(
        `--format ${value} contradicts --out ${out} (${ext} means ${implied}); drop --format or rename the file`,
      );
    return value as F;
  }
  if (implied !== undefined && (allowed as readonly string[]).includes(implied)) return implied as F;
  if (implied !== undefined)
    throw new UsageError(`--out ${out}: ${ext} is not one of ${allowed.join(', ')}; give --format`);
  return fallback;
}

function parseFormat(value: string | undefined, out: string | undefined): Format {
  return chooseFormat(FORMATS, 'md', value, out);
}

/** `hearsay export`: analyse the inputs (or the store), write one table as CSV or JSON Lines. */
async function runExport(flags: Flags, inputs: string[]): Promise<number> {
  // Loaded by the command that uses it, like the JSON and HTML renderers (see render).
  const { EXPORT_FORMATS, EXPORT_WHATS, renderExport } = await import('./report/export.ts');
  const what = flags.what;
  if (what === undefined) throw new UsageError(`export needs --what ${EXPORT_WHATS.join('|')}`);
  if (!(EXPORT_WHATS as readonly string[]).includes(what))
    throw new UsageError(`--what must be one of ${EXPORT_WHATS.join(', ')} (got '${what}')`);
  const format = chooseFormat(EXPORT_FORMATS, 'csv', flags.format, flags.out);
  if (inputs.length === 0 && !flags.db)
    throw new UsageError('export needs inputs to analyse or --db FILE (a store to read)');
  if (inputs.length === 0) requireExistingStore(flags.db!);
  const { options, jobs, progress } = runSettings(flags);
  const store = openStore(flags.db);
  try {
    const ingested =
      inputs.length > 0
        ? await ingestInto(store, inputs, options, { db: flags.db, jobs, progress })
        : { issues: [], interrupted: false };
    const issues = ingested.issues;
    if (ingested.interrupted) {
      for (const issue of issues) writeIssue(issue);
      return EXIT_INTERRUPTED;
    }
    for (const id of flags.primary ?? []) {
      if (!(await store.getArticle(id)))
        throw new UsageError(`--primary ${id}: no such article in the store`);
      await store.setPrimary(id, id).catch((error: unknown) => {
        throw storeWriteError(error, flags.db);
      });
    }
    for (const issue of issues) writeIssue(issue);
    const dossier = await buildDossier(store, options, issues, progress, jobs);
    progress.finish();
    await emit(renderExport(dossier, what as ExportWhat, format), flags.out);
    return issues.some((i) => i.severity === 'error') ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await store.close();
  }
}

/**
 * --out must not name the store or an input file: the dossier, written at the end, replaced the
 * store it was read from (every stored article lost) or the input, with exit 0. Compared as files
 * (device and inode) when both exist, so a link or another spelling of the path is caught too.
 */
function refuseOutOverInputs(out: string, db: string | undefined, inputs: readonly string[]): void {
  if (db !== undefined && db !== ':memory:') {
    for (const file of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`])
      if (sameFile(out, file))
        throw new UsageError(`--out ${out} is the store (--db ${db}); name another file`);
  }
  for (const input of inputs) {
    if (input !== '-' && (sameFile(out, input) || isReadFromFolder(out, input)))
      throw new UsageError(`--out ${out} is read as an input (${input}); writing would replace it`);
  }
}

/** A file already inside an input folder is one of the inputs (the walk reads every file in it). */
function isReadFromFolder(out: string, folder: string): boolean {
  const inside = resolve(out).startsWith(`${resolve(folder)}${sep}`);
  return inside && existsSync(out) && statSync(folder).isDirectory();
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.isFile() && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one does not exist (yet): only the same path names the same file
  }
}

/** report and search read a store: a mistyped path must not silently create an empty one. */
function requireExistingStore(path: string): void {
  if (path !== ':memory:' && !existsSync(path))
    throw new UsageError(`--db ${path}: no such store (ingest or analyze --db creates one)`);
}

/** --max-bytes and --doc-timeout-ms as whole numbers ≥ 1, or a usage error naming the flag. */
function parseLimits(flags: Flags): Partial<Options> {
  const out: Partial<Options> = {};
  const read = (flag: 'max-bytes' | 'doc-timeout-ms'): number | undefined => {
    const value = flags[flag];
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1)
      throw new UsageError(`--${flag} must be a whole number ≥ 1 (got '${value}')`);
    return n;
  };
  const maxBytes = read('max-bytes');
  const budget = read('doc-timeout-ms');
  if (maxBytes !== undefined) out.maxDocumentBytes = maxBytes;
  if (budget !== undefined) out.documentBudgetMs = budget;
  return out;
}

/**
 * In `search`, a word starting with one dash (-oil) is an exclusion, not an option: it is moved
 * after `--` so the argument parser leaves it a word. Known short options (-h, -v) stay options.
 */
function markExclusions(args: string[]): string[] {
  const words: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (/^-[^-]./u.test(arg) && !/^-[hv]$/.test(arg)) words.push(arg);
    else rest.push(arg);
  }
  return words.length > 0 ? [...rest, '--', ...words] : rest;
}

/**
 * The dossier in one format. JSON and Markdown come in pieces, so a large dossier is never one
 * string in memory. A run prints one format, so the JSON and HTML renderers (HTML's is the largest,
 * with its brief and style sheet) are loaded when asked for; Markdown is the default.
 */
async function render(dossier: Dossier, format: Format): Promise<string | Iterable<string>> {
  if (format === 'json') return (await import('./report/json-chunks.ts')).renderJsonChunks(dossier);
  if (format === 'html') return (await import('./report/html.ts')).renderHtml(dossier);
  return renderMarkdownChunks(dossier);
}

async function emit(text: string | Iterable<string>, out: string | undefined): Promise<void> {
  if (out) {
    try {
      await writeFile(out, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'it is a folder'
              : (error as Error).message;
      throw new RunError(`cannot write --out ${out}: ${why}`);
    }
    return;
  }
  for (const piece of typeof text === 'string' ? [text] : text) {
    const closed = await new Promise<boolean>((resolve, reject) =>
      process.stdout.write(piece, (error) =>
        error
          ? isClosedPipe(error)
            ? resolve(true)
            : reject(new RunError(`cannot write the output to stdout: ${error.message}`))
          : resolve(false),
      ),
    );
    // The reader stopped early (`| head`): the rest has nowhere to go, and rendering it is waste.
    if (closed) return;
  }
}

function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/**
 * A failed write (EPIPE when a reader closes its end early, `hearsay … | head -1`; ENOSPC on a full
 * disk) is also emitted as an 'error' event: unheard, that crashes the process with a stack trace.
 * The listener leaves it to the write's callback: EPIPE ends the output quietly, others exit 1.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr])
    if (!stream.listeners('error').includes(onStreamError)) stream.on('error', onStreamError);
}

function onStreamError(): void {
  // The failed write's own callback reports it (emit); a stray progress line on stderr is let go.
}
