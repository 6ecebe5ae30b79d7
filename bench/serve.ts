/**
 * The real server in its own process (so the load generator does not share its event loop), started with
 * server/index.ts `start()` against NEO4J_URI on a free port; prints `SILA_BENCH_URL <url>` when listening.
 * With SILA_BENCH_STRUCTURE=main the structure measures run on the server's main thread, as before the
 * worker (the baseline of bench:views).
 */
import { start } from '../server/index.ts';
import { replaceStructureRunner } from '../server/services/structure.ts';
import { createInThreadStructureRunner } from '../server/services/structure-runner.ts';

if (process.env.SILA_BENCH_STRUCTURE === 'main') await replaceStructureRunner(createInThreadStructureRunner()).terminate();
const server = await start({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
console.log(`SILA_BENCH_URL ${server.url}`);
const stop = (): void => void server.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
