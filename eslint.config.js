// @ts-check
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layout is the architecture: each folder has one job, and dependencies run one way (README, "Repository
 * layout"; docs/decisions/0012-layout.md). Each zone says which folders the files of `target` may not import.
 * Tests (`*.test.ts`) and the harness in test/ sit beside real servers and databases and may reach anything;
 * the rules protect the shipped code.
 */
const PRODUCT = ['contract', 'domain', 'config', 'text', 'formats', 'extract', 'store', 'corpus', 'ingest', 'server', 'cli', 'client', 'neo4j'];
const TOOLS = ['bench', 'test'];
const everythingBut = (...allowed) => [...PRODUCT, ...TOOLS].filter((folder) => !allowed.includes(folder));

const zones = [
  { target: 'contract', from: everythingBut('contract'), why: 'the contract is shared by the client and the server and depends on no one' },
  { target: 'domain', from: everythingBut('domain', 'contract'), why: 'domain errors are plain and shared by every use case' },
  { target: 'config', from: everythingBut('config'), why: 'configuration is read before anything else exists' },
  { target: 'text', from: everythingBut('text', 'contract'), why: 'Arabic text processing is pure and shared' },
  { target: 'formats', from: everythingBut('formats', 'contract'), why: 'export formats are pure converters of Graph JSON' },
  { target: 'extract', from: everythingBut('extract', 'text', 'contract', 'domain'), why: 'extraction is pure: text in, proposals out' },
  { target: 'store', from: everythingBut('store', 'contract', 'domain', 'text', 'config', 'formats'), why: 'the store is below every use case' },
  // The writer counts each entity's facts per type (store/fact-degrees.ts), writing the types into Cypher text.
  { target: 'store', from: ['formats'], except: ['./cypher-names.ts'], why: 'of formats/, the store uses only the Cypher name quoting' },
  { target: 'corpus', from: everythingBut('corpus', 'store', 'contract', 'domain', 'text'), why: 'the corpus is data written through the store' },
  { target: 'ingest', from: everythingBut('ingest', 'extract', 'store', 'contract', 'domain', 'text', 'formats'), why: 'ingestion is a use case the server and the command line share' },
  { target: 'neo4j', from: everythingBut('neo4j', 'store', 'config'), why: 'the local Neo4j runner knows nothing of the product' },
  { target: 'client', from: everythingBut('client', 'contract', 'text', 'formats'), why: 'the client talks to the server over HTTP only' },
  // One rule for writing names into Cypher text, shared with the console editor's completions.
  { target: 'client', from: ['formats'], except: ['./cypher-names.ts'], why: 'of formats/, the client uses only the Cypher name quoting' },
  { target: 'server/routes', from: ['store'], why: 'routes call use cases; only services reach the store' },
  { target: 'server/services', from: ['server/http', 'server/routes'], why: 'services raise domain errors; only the HTTP layer knows about HTTP' },
  { target: 'cli', from: ['client', 'server', ...TOOLS], why: 'command lines run use cases, not the HTTP server' },
  { target: 'server', from: ['client', 'cli', ...TOOLS], why: 'the server never depends on the client or on tools' },
].map(({ target, from, except, why }) => ({
  target: `./${target}/**/*`,
  from: from.map((folder) => `./${folder}`),
  ...(except ? { except } : {}),
  message: `${target}/ may not import from there: ${why}.`,
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', '.data/', 'scratch/', 'test-results/', 'test/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { project: ['./tsconfig.json', './client/tsconfig.json', './tsconfig.browser-tests.json'], tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      // neo4j-driver types its plain option objects as classes; object literals are its documented usage.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Only the store may touch driver types; everything else gets plain JSON.
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only store/ may import neo4j-driver (bench/ measures the bare driver).' }] }],
    },
  },
  { files: ['store/**', 'bench/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['server/services/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['express', 'neo4j-driver'].map((name) => ({ name, message: `services do not import ${name}: they raise domain errors and read through the store.` })) }] },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/*.test.ts', 'test/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
