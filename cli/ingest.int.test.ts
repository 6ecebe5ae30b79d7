/** `npm run ingest` against the real test Neo4j: a dry run writes nothing, an ingest adds the article. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { graphSchema } from '../contract/graph.ts';
import { seedIfEmpty } from '../corpus/seed-database.ts';
import { articleIdOf } from '../store/article-batch.ts';
import { retractArticle } from '../store/article-writer.ts';
import { Database } from '../store/database.ts';
import { dumpGraph } from '../test/graph-dump.ts';
import { neo4jEnv, neo4jTarget } from '../test/neo4j-target.ts';
import { readFileSync } from 'node:fs';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const a2 = join(root, 'test/fixtures/corpus/dev/a2.txt');
const target = neo4jTarget();
const db = new Database({ uri: target.uri, user: target.user, password: target.password, database: target.database });

const ingest = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', ...args], { cwd: root, env: { ...process.env, ...neo4jEnv() }, maxBuffer: 64 * 1024 * 1024 });

afterAll(async () => {
  await retractArticle(db, articleIdOf(readFileSync(a2, 'utf8')), { by: 'test' });
  await db.close();
});

describe('npm run ingest', () => {
  it('prints the dry run as Graph JSON with --print --empty, without a database', async () => {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', '--print', '--empty', a2], { cwd: root, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' }, maxBuffer: 64 * 1024 * 1024 });
    const graph = graphSchema.parse(JSON.parse(stdout));
    expect(graph.nodes.some((n) => n.labels.includes('Article'))).toBe(true);
    expect(graph.nodes.filter((n) => n.labels.includes('Entity')).every((n) => n.properties.ingest === 'new')).toBe(true);
    expect(stderr).toMatch(/\[1\/1\] .*a2\.txt: would add a-[0-9a-f]{12}: \d+ sentences/);
  }, 60_000);

  it('dry-runs against the graph without writing, then ingests, reporting progress per file', async () => {
    await seedIfEmpty(db);
    const before = await dumpGraph(db);
    const dry = await ingest('--dry-run', '--published', '2024-02-07', a2);
    expect(dry.stderr).toMatch(/would add .*entities \d+ linked/);
    expect(await dumpGraph(db)).toEqual(before);
    const real = await ingest('--published', '2024-02-07', '--title', 'خلية تضم معتقلين سابقين', a2);
    expect(real.stderr).toMatch(/\[1\/1\] .*: added a-/);
    const again = await ingest(a2);
    expect(again.stderr).toMatch(/already in the corpus/);
  }, 120_000);

  it('refuses --empty without --dry-run, and reports a bad field', async () => {
    await expect(ingest('--empty', a2)).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--empty measures extraction alone/) as unknown });
    await expect(ingest('--published', 'yesterday', '--dry-run', a2)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/published: /) as unknown });
  }, 120_000);
});
