/**
 * Summarises a V8 CPU profile (`node --cpu-prof …` writes one per thread) by self time per
 * function, within the calls of one function when `--under NAME` is given (say `buildClaims`, a
 * corpus part), so the serial work of one stage reads apart from the passes around it:
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof bench/parallel.ts --limit 5000 --jobs 1
 *   node bench/cpu-profile.ts /tmp/prof/CPU.….cpuprofile --under buildClaims --top 25
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { under: { type: 'string', multiple: true }, top: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: node bench/cpu-profile.ts FILE.cpuprofile [--under NAME …] [--top N]');
  process.exit(2);
}
const top = Number(values.top ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Self microseconds per node: each sample's time goes to the node on top of the stack. */
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** Whether a node runs within a call of one of `names` (itself included). */
const inside = (id: number, names: readonly string[]): boolean => {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
    if (names.includes(byId.get(at)!.callFrame.functionName)) return true;
  return false;
};

const names = values.under ?? [];
const totals = new Map<string, number>();
let all = 0;
for (const [id, us] of selfUs) {
  if (names.length > 0 && !inside(id, names)) continue;
  const key = label(byId.get(id)!);
  totals.set(key, (totals.get(key) ?? 0) + us);
  all += us;
}
console.log(`${names.length > 0 ? `within ${names.join(', ')}: ` : ''}${(all / 1e6).toFixed(2)} s sampled`);
for (const [key, us] of [...totals].sort((p, q) => q[1] - p[1]).slice(0, top))
  console.log(
    `${(us / 1e3).toFixed(0).padStart(8)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`,
  );
