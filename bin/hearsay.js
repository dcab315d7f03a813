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
