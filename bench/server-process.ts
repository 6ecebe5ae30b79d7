/** Runs the real server (bench/serve.ts) in a child process, so its work is measured apart from the benchmark's. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_PASSWORD, BENCH_USER } from './neo4j-instance.ts';

/** `nodeOptions` go to the server's Node (e.g. `--cpu-prof`); `env` adds to the environment. */
export async function startServer(uri: string, env: NodeJS.ProcessEnv = {}, nodeOptions: readonly string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', join(import.meta.dirname, 'serve.ts')], {
    env: { ...process.env, ...env, NEO4J_URI: uri, NEO4J_USER: BENCH_USER, NEO4J_PASSWORD: BENCH_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /SILA_BENCH_URL (\S+)/.exec(chunk.toString('utf8'));
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { url, child };
}
