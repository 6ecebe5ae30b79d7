import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clientDist } from './app.ts';

const root = join(import.meta.dirname, '..');

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** Builds the client with Vite when dist/ is missing or older than its sources. */
export async function ensureClientBuilt(log: (message: string) => void): Promise<void> {
  const index = join(clientDist, 'index.html');
  if (!existsSync(join(root, 'client', 'index.html'))) return;
  const sources = Math.max(newest(join(root, 'client')), newest(join(root, 'contract')), newest(join(root, 'store', 'cypher', 'queries', 'examples')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('Building the client with Vite...');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'client', 'vite.config.ts'), logLevel: 'warn' });
}
