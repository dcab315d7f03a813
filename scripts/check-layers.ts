/**
 * Enforces the dependency direction of src/ (STYLE.md §1): a module imports only from its own
 * folder or from folders to its left, and no import cycle exists anywhere. Exits 1 listing each
 * violation. Run by `npm run lint` and by test/architecture.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Left to right; folders of equal rank may not import each other. Top-level files rank last. */
const LAYER_RANK: Readonly<Record<string, number>> = {
  model: 0,
  nlp: 1,
  ingest: 2,
  extract: 3,
  link: 4,
  analyze: 5,
  store: 6,
  report: 6,
  // The run loop (worker pool, batches, progress) drives ingest and the store; a server may use it.
  run: 7,
  server: 8,
  '.': 9,
};

const IMPORT_PATTERN =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

export function checkLayers(srcDir: string): string[] {
  const files = listTs(srcDir);
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of source.matchAll(IMPORT_PATTERN)) {
      const target = resolve(dirname(file), (m[1] ?? m[2])!);
      targets.push(target);
      const from = layerOf(srcDir, file);
      const to = layerOf(srcDir, target);
      if (from === to) continue;
      const fromRank = LAYER_RANK[from];
      const toRank = LAYER_RANK[to];
      if (fromRank === undefined || toRank === undefined) {
        problems.push(
          `${relative(srcDir, file)}: folder '${from === '.' ? to : from}' has no layer rank in scripts/check-layers.ts`,
        );
      } else if (toRank >= fromRank) {
        problems.push(
          `${relative(srcDir, file)}: '${from}' may not import from '${to}' (${relative(srcDir, target)})`,
        );
      }
    }
    graph.set(file, targets);
  }
  for (const cycle of findCycles(graph))
    problems.push(`import cycle: ${cycle.map((f) => relative(srcDir, f)).join(' → ')}`);
  return problems;
}

function layerOf(srcDir: string, file: string): string {
  const rel = relative(srcDir, file).split(/[\\/]/);
  return rel.length === 1 ? '.' : rel[0]!;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listTs(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'active');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const problems = checkLayers(src);
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stdout.write(problems.length === 0 ? 'layers: ok\n' : `layers: ${problems.length} violation(s)\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
