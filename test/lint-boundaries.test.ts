/**
 * The folder boundaries and the no-cycle rule are only worth something if lint really fails on a
 * crossing. These probes write deliberate violations into the tree, lint them with the project's own
 * configuration, and remove them again.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const written: string[] = [];

function probe(path: string, text: string): string {
  const file = join(root, path);
  writeFileSync(file, text);
  written.push(file);
  return file;
}

async function ruleIds(files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`));
}

/** The deliberate violations, by name; a file is linted only by the test that names it. */
const violations = {
  route: ['server/routes/zz-lint-probe-route.ts', "import { cypher } from '../../store/cypher-files.ts';\nexport const q = cypher('health/ping');\n"],
  client: ['client/zz-lint-probe-client.ts', "import { createApp } from '../server/app.ts';\nexport const app = createApp;\n"],
  service: ['server/services/zz-lint-probe-service.ts', "import { HttpError } from '../http/problem.ts';\nexport const e = HttpError;\n"],
  driver: ['corpus/zz-lint-probe-driver.ts', "import neo4j from 'neo4j-driver';\nexport const int = neo4j.int;\n"],
  cycleA: ['text/zz-lint-probe-a.ts', "import { b } from './zz-lint-probe-b.ts';\nexport const a = (): number => b() + 1;\n"],
  cycleB: ['text/zz-lint-probe-b.ts', "import { a } from './zz-lint-probe-a.ts';\nexport const b = (): number => a() - 1;\n"],
} as const;
const probeFile = (name: keyof typeof violations): string => join(root, violations[name][0]);

// Every probe exists before the first lint: with CI=true typescript-eslint builds its programs once
// (single-run mode) and would not see a file written after that.
beforeAll(() => {
  for (const [path, text] of Object.values(violations)) probe(path, text);
});

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

describe('lint enforces the layout', () => {
  it('refuses a route that reaches the store', async () => {
    expect((await ruleIds([probeFile('route')])).join('\n')).toMatch(/import-x\/no-restricted-paths: .*server\/routes\/ may not import/);
  }, 60_000);

  it('refuses the client importing the server, and a service importing HTTP', async () => {
    const messages = (await ruleIds([probeFile('client'), probeFile('service')])).join('\n');
    expect(messages).toMatch(/client\/ may not import from there/);
    expect(messages).toMatch(/server\/services\/ may not import from there/);
  }, 60_000);

  it('refuses neo4j-driver outside the store', async () => {
    expect((await ruleIds([probeFile('driver')])).join('\n')).toMatch(/no-restricted-imports: .*Only store\/ may import neo4j-driver/);
  }, 60_000);

  it('refuses an import cycle', async () => {
    expect((await ruleIds([probeFile('cycleA'), probeFile('cycleB')])).join('\n')).toMatch(/import-x\/no-cycle/);
  }, 60_000);
});

describe('type-checking keeps each world to its globals', () => {
  /** Type-checks one probe file with the compiler options of `config`, as `npm run typecheck` would. */
  async function diagnostics(config: string, path: string, text: string): Promise<string[]> {
    const ts = (await import('typescript')).default;
    const file = probe(path, text);
    const read = ts.readConfigFile(join(root, config), (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, join(root, config, '..'));
    const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('refuses `document` in Node code', async () => {
    const messages = await diagnostics('tsconfig.json', 'server/zz-lint-probe-dom.ts', 'export const title = document.title;\n');
    expect(messages.join('\n')).toMatch(/Cannot find name 'document'/);
  }, 60_000);

  it('refuses `process` in browser code', async () => {
    const messages = await diagnostics('client/tsconfig.json', 'client/zz-lint-probe-node.ts', 'export const env = process.env.HOME;\n');
    expect(messages.join('\n')).toMatch(/Cannot find name 'process'/);
  }, 60_000);
});
