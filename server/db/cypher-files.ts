import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the Cypher files: every query Sila runs lives here as a named `.cypher` file. */
export const cypherDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const cache = new Map<string, string>();

/** The text of `cypher/queries/<name>.cypher`; names may contain folders, e.g. `examples/events-by-date`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir, 'queries', `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a script such as schema.cypher into statements: one per `;`, comments dropped. */
export function statements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function schemaStatements(): string[] {
  return statements(readFileSync(join(cypherDir, 'schema.cypher'), 'utf8'));
}

/** Every `.cypher` file under a folder of `cypher/queries`, as name → text. */
export function cypherFolder(folder: string): { name: string; text: string }[] {
  const root = join(cypherDir, 'queries', folder);
  return readdirSync(root)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({ name: relative(join(cypherDir, 'queries'), join(root, f)).replace(/\.cypher$/, ''), text: cypher(`${folder}/${f.replace(/\.cypher$/, '')}`) }));
}
