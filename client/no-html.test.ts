import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('text from the data is never parsed as HTML (11)', () => {
  it('no client module writes HTML strings into the DOM', () => {
    const offenders = sources(import.meta.dirname)
      .filter((path) => /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|createContextualFragment/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(import.meta.dirname, path));
    expect(offenders).toEqual([]);
  });
});
