/**
 * The real server in its own process (so the load generator does not share its event loop), started with
 * server/index.ts `start()` against NEO4J_URI on a free port; prints `SILA_BENCH_URL <url>` when listening.
 */
import { start } from '../server/index.ts';

const server = await start({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
console.log(`SILA_BENCH_URL ${server.url}`);
const stop = (): void => void server.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
