import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure, parallel) and `integration` (real Neo4j, real Chromium, one file at a time
 * because they share one database). `npm test` runs both after the type-check and the lint.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{contract,domain,config,text,formats,extract,store,corpus,ingest,server,cli,client,neo4j,bench,test}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{contract,domain,config,text,formats,extract,store,corpus,ingest,server,cli,client,neo4j,bench,test}/**/*.int.test.ts', '{client,test}/**/*.browser.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
