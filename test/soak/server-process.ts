/**
 * The server under soak, in a process of its own so its memory can be measured alone: starts Sila
 * against NEO4J_URI, loads the article graph when missing, prints `SOAK_SERVER_READY <url>`, and stops on SIGTERM.
 */
import { start } from '../../server/index.ts';
import { prepareDatabase } from '../../server/prepare-database.ts';

const server = await start({ ...process.env, HOST: '127.0.0.1', PORT: '0' });
await prepareDatabase(server.db, () => undefined);
console.log(`SOAK_SERVER_READY ${server.url}`);
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
