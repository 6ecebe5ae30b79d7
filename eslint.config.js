// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder boundaries: each entry says which folders a part of the code may not import from. */
const boundaries = [
  { files: ['client/**'], forbidden: ['server', 'seed', 'neo4j', 'bench', 'neo4j-driver', 'express'], why: 'the client talks to the server over HTTP only' },
  { files: ['contract/**'], forbidden: ['server', 'client', 'seed', 'neo4j', 'bench', 'neo4j-driver', 'express'], why: 'the contract is shared by everyone and depends on no one' },
  { files: ['seed/**'], forbidden: ['client', 'server/routes', 'server/services', 'server/http'], why: 'the seed reaches the database only through server/db' },
];

const restrictions = boundaries.map(({ files, forbidden, why }) => ({
  files,
  // Tests run in Node beside the real server and database; the boundary protects the shipped code.
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((name) => ({
          group: name.includes('-') || !['server', 'client', 'seed', 'neo4j', 'bench'].includes(name.split('/')[0] ?? '') ? [name, `${name}/*`] : [`**/${name}/*`, `**/${name}`],
          message: `${files[0]} must not import ${name}: ${why}.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', '.data/', 'scratch/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      // neo4j-driver types its plain option objects as classes; object literals are its documented usage.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Only the database layer may touch driver types; everything else gets plain JSON.
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only server/db, neo4j/ and bench/ may import neo4j-driver.' }] }],
    },
  },
  { files: ['server/db/**', 'neo4j/**', 'bench/**', 'seed/loader*.ts'], rules: { 'no-restricted-imports': 'off' } },
  ...restrictions,
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
