/** `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C. */
import { localNeo4jSettings } from '../config/env.ts';
import { startLocalNeo4j } from './local-neo4j.ts';

const settings = localNeo4jSettings(process.env);
const local = await startLocalNeo4j({ ...settings, onLog: (line) => console.log(line) });
console.log(`Neo4j is ready at ${local.uri} (user ${settings.user}, data in ${local.dataDir}). Ctrl-C stops it.`);
const stop = (): void => void local.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
