import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../contract/graph.ts';
import { buildArticleGraph } from '../corpus/seed/article-graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('cli/seed.ts --print', () => {
  it('writes the article graph as Graph JSON to stdout, without a database', () => {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'cli/seed.ts', '--print'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const printed: unknown = JSON.parse(stdout);
    expect(graphSchema.safeParse(printed).success).toBe(true);
    expect(printed).toEqual(buildArticleGraph());
  }, 30_000);

  it('rejects unknown arguments with the usage', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'cli/seed.ts', '--frobnicate'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
    ).toThrow(/Unknown argument --frobnicate[\s\S]*Usage/);
  }, 30_000);
});
