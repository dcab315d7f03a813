import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** `<repo>/../shared`, where the evaluation data lives beside a checkout (as in CI). */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', 'shared');

/** The path of a file under ../shared, or exit 1 with a message saying what is missing. */
export function requireShared(relativePath: string): string {
  const path = resolve(SHARED_DIR, relativePath);
  if (!existsSync(path)) {
    process.stderr.write(
      `missing ${path}: this script reads the project's evaluation data from ../shared beside the repository\n`,
    );
    process.exit(1);
  }
  return path;
}
