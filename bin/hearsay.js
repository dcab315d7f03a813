#!/usr/bin/env node
// The CLI is TypeScript run by Node's own type stripping (Node >= 22.18; the node@24 devDependency
// provides it under npx/npm scripts), so there is no build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `hearsay needs Node >= 22.18 (this is ${process.version}); run it through npx or npm scripts, which use the bundled Node 24.\n`,
  );
  process.exit(2);
}
// V8 compiles a regular expression to machine code on its second run by default; the dates
// library's ~800-character patterns cost a short run ~30 ms that way (compiled, then run once or
// twice). Interpreted for their first runs, they are compiled only when used often; a subject of
// 1,000+ characters still compiles at once. Answers are the same either way.
const { setFlagsFromString } = await import('node:v8');
setFlagsFromString('--regexp-tier-up-ticks=100');
// Node's compile cache keeps the type-stripped and compiled modules between runs (in the OS temp
// folder unless NODE_COMPILE_CACHE says otherwise): it halves the start-up of a short run.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../src/cli.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`hearsay: internal error: ${error?.stack ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
