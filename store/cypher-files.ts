import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Root of Sila's Cypher: every query the product runs lives under it as a named `.cypher` file. */
export const cypherDir = join(import.meta.dirname, 'cypher');

/** Reads `<root>/<name>.cypher` once per process; names may contain folders, e.g. `examples/events-by-date`. */
export function cypherLoader(root: string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let text = cache.get(name);
    if (text === undefined) {
      text = readFileSync(join(root, `${name}.cypher`), 'utf8').trim();
      cache.set(name, text);
    }
    return text;
  };
}

/** The text of `store/cypher/queries/<name>.cypher`. */
export const cypher = cypherLoader(join(cypherDir, 'queries'));

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

/** Every `.cypher` file under a folder of `store/cypher/queries`, as name → text. */
export function cypherFolder(folder: string): { name: string; text: string }[] {
  return readdirSync(join(cypherDir, 'queries', folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const name = `${folder}/${f.replace(/\.cypher$/, '')}`;
      return { name, text: cypher(name) };
    });
}
