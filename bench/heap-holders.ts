/**
 * What holds a heap: reads a `.heapsnapshot` (bench/memory.ts `--snapshot-at STAGE`) and prints
 * the live heap's self sizes by constructor, and the retained sizes by the field of the pipeline's
 * State that retains them (the nearest State field dominating each object: an object two fields
 * both reach counts under "State, shared"), with each field's top constructors. Per-article bytes
 * divide by `--articles N`. The snapshot is read in pieces (a large one is longer than the
 * longest string V8 can hold). Run:
 *
 *   node bench/heap-holders.ts memory-20000-claims.heapsnapshot --articles 20000
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: 'string' }, top: { type: 'string' } },
});
const file = positionals[0];
if (file === undefined) {
  console.error('usage: node bench/heap-holders.ts FILE.heapsnapshot [--articles N] [--top N]');
  process.exit(2);
}
const articles = Number(values.articles ?? 1);
const top = Number(values.top ?? 12);

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
}

/** The snapshot's header, numeric arrays and strings, read in 64 MB pieces. */
function readSnapshot(path: string): {
  meta: Meta;
  nodes: Uint32Array;
  edges: Uint32Array;
  strings: string[];
} {
  const fd = openSync(path, 'r');
  const piece = Buffer.alloc(64 * 2 ** 20);
  let len = 0;
  let at = 0;
  let pos = 0;
  const more = (): boolean => {
    if (at < len) return true;
    len = readSync(fd, piece, 0, piece.length, pos);
    pos += len;
    at = 0;
    return len > 0;
  };
  // The header up to `"nodes":[`.
  let head = '';
  while (!head.includes('"nodes":[') && more()) {
    const take = Math.min(len - at, 4096);
    head += piece.toString('latin1', at, at + take);
    at += take;
  }
  const cut = head.indexOf('"nodes":[');
  const header = JSON.parse(`${head.slice(0, cut).replace(/,\s*$/, '')}}`) as {
    snapshot: { meta: Meta; node_count: number; edge_count: number };
  };
  at -= head.length - (cut + '"nodes":['.length);
  const { meta, node_count, edge_count } = header.snapshot;
  /** The next `count` numbers of a JSON array, and the array's closing bracket. */
  const numbers = (count: number): Uint32Array => {
    const out = new Uint32Array(count);
    let n = 0;
    let value = 0;
    let inNumber = false;
    while (more()) {
      const c = piece[at++]!;
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        inNumber = true;
      } else {
        if (inNumber) out[n++] = value;
        value = 0;
        inNumber = false;
        if (c === 93) break; // ]
      }
    }
    if (n !== count) throw new Error(`read ${n} numbers, expected ${count}`);
    return out;
  };
  const skipTo = (text: string): void => {
    let seen = '';
    while (more()) {
      seen = (seen + String.fromCharCode(piece[at++]!)).slice(-text.length);
      if (seen === text) return;
    }
    throw new Error(`no ${text}`);
  };
  const nodes = numbers(node_count * meta.node_fields.length);
  skipTo('"edges":[');
  const edges = numbers(edge_count * meta.edge_fields.length);
  skipTo('"strings":[');
  // The strings one at a time: each JSON string literal parsed on its own.
  const strings: string[] = [];
  let bytes: number[] = [];
  let inString = false;
  let escaped = false;
  let buf = Buffer.alloc(1 << 20);
  while (more()) {
    const c = piece[at++]!;
    if (!inString) {
      if (c === 34) {
        inString = true;
        bytes = [];
      } else if (c === 93) break;
      continue;
    }
    if (escaped) escaped = false;
    else if (c === 92) escaped = true;
    else if (c === 34) {
      if (bytes.length + 2 > buf.length) buf = Buffer.alloc(bytes.length * 2 + 2);
      buf[0] = 34;
      for (let i = 0; i < bytes.length; i++) buf[i + 1] = bytes[i]!;
      buf[bytes.length + 1] = 34;
      strings.push(JSON.parse(buf.toString('utf8', 0, bytes.length + 2)) as string);
      inString = false;
      continue;
    }
    bytes.push(c);
  }
  closeSync(fd);
  return { meta, nodes, edges, strings };
}

const { meta, nodes, edges, strings } = readSnapshot(file);
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const nType = meta.node_fields.indexOf('type');
const nName = meta.node_fields.indexOf('name');
const nSelf = meta.node_fields.indexOf('self_size');
const nEdges = meta.node_fields.indexOf('edge_count');
const eType = meta.edge_fields.indexOf('type');
const eName = meta.edge_fields.indexOf('name_or_index');
const eTo = meta.edge_fields.indexOf('to_node');
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');
const PROPERTY = edgeTypes.indexOf('property');
const count = nodes.length / NF;
const firstEdge = new Uint32Array(count + 1);
for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i]! + nodes[i * NF + nEdges]! * EF;
const selfSize = (i: number): number => nodes[i * NF + nSelf]!;
const edgeName = (e: number): string =>
  edgeTypes[edges[e + eType]!] === 'element' || edgeTypes[edges[e + eType]!] === 'hidden'
    ? String(edges[e + eName])
    : strings[edges[e + eName]!]!;
/** A node's class: an object's constructor name, else its V8 type. */
const classOf = (i: number): string => {
  const type = nodeTypes[nodes[i * NF + nType]!]!;
  return type === 'object' || type === 'native' ? strings[nodes[i * NF + nName]!]! : `(${type})`;
};
const essential = (e: number): boolean => edges[e + eType] !== WEAK && edges[e + eType] !== SHORTCUT;

// Post-order from the root (node 0) over the essential edges, iteratively.
const order = new Uint32Array(count); // post-order position -> node
const post = new Int32Array(count).fill(-1); // node -> post-order position
let n: number; // reachable nodes
{
  const stack = new Uint32Array(count);
  const next = new Uint32Array(count);
  const visited = new Uint8Array(count);
  let sp = 0;
  let k = 0;
  stack[sp++] = 0;
  visited[0] = 1;
  next[0] = firstEdge[0]!;
  while (sp > 0) {
    const v = stack[sp - 1]!;
    let pushed = false;
    while (next[v]! < firstEdge[v + 1]!) {
      const e = next[v]!;
      next[v] = e + EF;
      if (!essential(e)) continue;
      const w = edges[e + eTo]! / NF;
      if (visited[w]) continue;
      visited[w] = 1;
      next[w] = firstEdge[w]!;
      stack[sp++] = w;
      pushed = true;
      break;
    }
    if (!pushed) {
      sp--;
      post[v] = k;
      order[k++] = v;
    }
  }
  n = k;
  console.log(`${count} nodes, ${n} reachable`);
}
// Retainers (predecessors over essential edges), as compressed rows.
const predStart = new Uint32Array(count + 1);
for (let v = 0; v < count; v++)
  for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF)
    if (essential(e)) predStart[edges[e + eTo]! / NF + 1]!++;
for (let i = 0; i < count; i++) predStart[i + 1]! += predStart[i]!;
const preds = new Uint32Array(predStart[count]!);
{
  const fill = predStart.slice(0, count);
  for (let v = 0; v < count; v++)
    for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF)
      if (essential(e)) preds[fill[edges[e + eTo]! / NF]!++] = v;
}
// Dominators (Cooper, Harvey and Kennedy), over post-order positions.
const idom = new Int32Array(n).fill(-1); // by post-order position
const root = post[0]!;
idom[root] = root;
for (let changed = true, round = 0; changed; round++) {
  changed = false;
  for (let b = n - 1; b >= 0; b--) {
    if (b === root) continue;
    const v = order[b]!;
    let d = -1;
    for (let p = predStart[v]!; p < predStart[v + 1]!; p++) {
      const q = post[preds[p]!]!;
      if (q < 0 || idom[q] === -1) continue;
      if (d === -1) d = q;
      else {
        let x = q;
        let y = d;
        while (x !== y) {
          while (x < y) x = idom[x]!;
          while (y < x) y = idom[y]!;
        }
        d = x;
      }
    }
    if (d !== -1 && idom[b] !== d) {
      idom[b] = d;
      changed = true;
    }
  }
  console.log(`dominators: round ${round + 1}`);
}
const retained = new Float64Array(n);
for (let b = 0; b < n; b++) retained[b]! += selfSize(order[b]!);
for (let b = 0; b < n; b++) if (b !== root) retained[idom[b]!]! += retained[b]!;

const total = retained[root]!;
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1).padStart(8);
const perArticle = (bytes: number): string => (bytes / articles).toFixed(0).padStart(7);
console.log(`live heap (snapshot) ${mb(total)} MB, ${perArticle(total)} B/article`);

// By constructor: self sizes.
const byClass = new Map<string, { size: number; count: number }>();
for (let b = 0; b < n; b++) {
  const c = classOf(order[b]!);
  const row = byClass.get(c) ?? { size: 0, count: 0 };
  row.size += selfSize(order[b]!);
  row.count++;
  byClass.set(c, row);
}
console.log('\nself size by constructor:            MB   B/art     count');
for (const [c, row] of [...byClass].sort((a, b) => b[1].size - a[1].size).slice(0, top * 2))
  console.log(
    `  ${c.slice(0, 30).padEnd(30)} ${mb(row.size)} ${perArticle(row.size)} ${String(row.count).padStart(9)}`,
  );

// The State: the object with the pipeline's field names.
const STATE_FIELDS = ['originals', 'storyFeatures', 'positionStatements', 'claimStatements'];
const states: number[] = [];
for (let v = 0; v < count; v++) {
  if (post[v]! < 0) continue;
  const names = new Set<string>();
  for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF)
    if (edges[e + eType] === PROPERTY) names.add(edgeName(e));
  if (STATE_FIELDS.every((f) => names.has(f))) states.push(v);
}
if (states.length !== 1) console.log(`\n${states.length} State objects found`);
const label = new Int32Array(n).fill(-1);
const labels: string[] = [];
for (const s of states) {
  const stateLabel = labels.push('State, shared between its fields') - 1;
  label[post[s]!] = stateLabel;
  for (let e = firstEdge[s]!; e < firstEdge[s + 1]!; e += EF) {
    if (edges[e + eType] !== PROPERTY) continue;
    const b = post[edges[e + eTo]! / NF]!;
    // A field whose value the State alone holds; a value also held elsewhere is not the State's.
    if (b >= 0 && idom[b] === post[s]) label[b] = labels.push(`State.${edgeName(e)}`) - 1;
  }
}
// Each object takes its immediate dominator's label (dominators come first in reverse post-order).
for (let b = n - 1; b >= 0; b--) if (label[b] === -1 && b !== root) label[b] = label[idom[b]!]!;
const byLabel = new Map<string, Map<string, number>>();
for (let b = 0; b < n; b++) {
  const l = label[b]! >= 0 ? labels[label[b]!]! : 'not held by the State';
  const classes = byLabel.get(l) ?? new Map<string, number>();
  const c = classOf(order[b]!);
  classes.set(c, (classes.get(c) ?? 0) + selfSize(order[b]!));
  byLabel.set(l, classes);
}
const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
console.log('\nretained by State field:             MB   B/art');
for (const [l, classes] of [...byLabel].sort((a, b) => sum(b[1]) - sum(a[1]))) {
  console.log(`  ${l.padEnd(34)} ${mb(sum(classes))} ${perArticle(sum(classes))}`);
  for (const [c, size] of [...classes].sort((a, b) => b[1] - a[1]).slice(0, top))
    if (size >= total / 500)
      console.log(`      ${c.slice(0, 28).padEnd(28)} ${mb(size)} ${perArticle(size)}`);
}

// The same by reachability: each State field in turn, the data it reaches (elements, properties,
// internal fields but an object's map, no code or closures) that no earlier field reached, so
// objects also held outside the State (the caller's articles) count under the first field
// reaching them.
const counted = new Uint8Array(count);
const TRAVERSED = new Set(['element', 'property', 'internal', 'hidden', 'context']);
const NOT_DATA = new Set(['closure', 'code', 'hidden', 'object shape']);
for (const s of states) {
  counted[s] = 1;
  console.log('\nreachable from each State field (first field wins): MB   B/art');
  for (let f = firstEdge[s]!; f < firstEdge[s + 1]!; f += EF) {
    if (edges[f + eType] !== PROPERTY) continue;
    const classes = new Map<string, number>();
    const stack = [edges[f + eTo]! / NF];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (counted[v]) continue;
      counted[v] = 1;
      const c = classOf(v);
      classes.set(c, (classes.get(c) ?? 0) + selfSize(v));
      for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF) {
        const type = edgeTypes[edges[e + eType]!]!;
        if (!TRAVERSED.has(type) || (type !== 'element' && type !== 'hidden' && edgeName(e) === 'map'))
          continue;
        if (type === 'property' && edgeName(e) === '__proto__') continue;
        const w = edges[e + eTo]! / NF;
        if (!counted[w] && !NOT_DATA.has(nodeTypes[nodes[w * NF + nType]!]!)) stack.push(w);
      }
    }
    if (sum(classes) === 0) continue;
    console.log(`  ${`State.${edgeName(f)}`.padEnd(34)} ${mb(sum(classes))} ${perArticle(sum(classes))}`);
    for (const [c, size] of [...classes].sort((a, b) => b[1] - a[1]).slice(0, top))
      if (size >= total / 500)
        console.log(`      ${c.slice(0, 28).padEnd(28)} ${mb(size)} ${perArticle(size)}`);
  }
}

// Strings held more than once (equal contents, separate copies): what interning would save,
// with the copies wasted most.
{
  const seen = new Map<string, { copies: number; size: number }>();
  for (let b = 0; b < n; b++) {
    const v = order[b]!;
    if (nodeTypes[nodes[v * NF + nType]!] !== 'string') continue;
    const text = strings[nodes[v * NF + nName]!]!;
    // A snapshot names a long string by its first 1,024 characters only: equal names, not equal strings.
    if (text.length >= 1000) continue;
    const row = seen.get(text) ?? { copies: 0, size: selfSize(v) };
    row.copies++;
    seen.set(text, row);
  }
  // Where the copies are: each string after the first of its contents, by the State field holding it.
  const firsts = new Set<string>();
  const wasteBy = new Map<string, number>();
  for (let b = 0; b < n; b++) {
    const v = order[b]!;
    if (nodeTypes[nodes[v * NF + nType]!] !== 'string') continue;
    const text = strings[nodes[v * NF + nName]!]!;
    if (text.length >= 1000 || !firsts.has(text)) {
      firsts.add(text);
      continue;
    }
    const l = label[b]! >= 0 ? labels[label[b]!]! : 'not held by the State';
    wasteBy.set(l, (wasteBy.get(l) ?? 0) + selfSize(v));
  }
  for (const [l, size] of [...wasteBy].sort((a, b) => b[1] - a[1]))
    console.log(`  copies under ${l.padEnd(34)} ${mb(size)} ${perArticle(size)}`);
  const wasted = [...seen].map(([text, r]) => ({ text, copies: r.copies, waste: (r.copies - 1) * r.size }));
  const all = wasted.reduce((a, r) => a + r.waste, 0);
  console.log(`\nstrings held more than once: ${mb(all)} MB, ${perArticle(all)} B/article wasted; most:`);
  for (const r of wasted.sort((a, b) => b.waste - a.waste).slice(0, top * 2))
    console.log(`  ${mb(r.waste)} ${String(r.copies).padStart(8)}x  ${JSON.stringify(r.text.slice(0, 60))}`);
}

// The largest single holders outside the State's fields, each with its dominator chain.
{
  const rows: number[] = [];
  for (let b = 0; b < n; b++) if (label[b] === -1 && retained[b]! >= 1 << 20) rows.push(b);
  // Only those whose dominator holds little else beside them (the holder itself, not its owners).
  const shown = rows.filter((b) => retained[idom[b]!]! > retained[b]! * 1.5 || idom[b] === root);
  console.log('\nlargest holders not under a State field (retained MB, class, name, dominators):');
  for (const b of shown.sort((x, y) => retained[y]! - retained[x]!).slice(0, top * 2)) {
    const chain: string[] = [];
    for (let d = idom[b]!, k = 0; d !== root && k < 4; d = idom[d]!, k++) {
      const v = order[d]!;
      chain.push(`${classOf(v)}:${strings[nodes[v * NF + nName]!]!.slice(0, 30)}`);
    }
    const v = order[b]!;
    console.log(
      `  ${mb(retained[b]!)} ${classOf(v).slice(0, 24)} ${JSON.stringify(strings[nodes[v * NF + nName]!]!.slice(0, 40))} <- ${chain.join(' <- ')}`,
    );
  }
}
