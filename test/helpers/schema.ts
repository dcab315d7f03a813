import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPO } from './run-cli.ts';

const schema = JSON.parse(readFileSync(join(REPO, 'schema', 'dossier.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Schema errors of a dossier as readable lines; empty when it validates. */
export function schemaErrors(dossier: unknown): string[] {
  if (validate(dossier)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
