import type { Dossier } from '../model/dossier.ts';

/** The dossier contract as published in schema/dossier.schema.json. */
export function renderJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
