/**
 * Hearsay as a library: the short list a program needs. Read sources, prepare articles, run the
 * pipeline, store, render. Everything else is internal and may change.
 */
export { markDuplicates } from './ingest/dedupe.ts';
export { ingestSources, parseSource, prepareArticle } from './ingest/ingest.ts';
export { readSources } from './ingest/sources.ts';
export type * from './model/index.ts';
export { makeOptions, type Options } from './model/options.ts';
export { OptionsSchema } from './model/options-schema.ts';
export { analyzeArticles, STAGES } from './pipeline.ts';
export { renderHtml } from './report/html.ts';
export { renderJson } from './report/json.ts';
export { renderMarkdown } from './report/markdown.ts';
export { openSqliteStore } from './store/sqlite.ts';
export type { Store } from './store/store.ts';
export { VERSION } from './version.ts';
