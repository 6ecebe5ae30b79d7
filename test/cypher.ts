import { join } from 'node:path';
import { cypherLoader } from '../store/cypher-files.ts';

/** Queries only tests run (dumps, probes), kept out of the product's Cypher folder. */
export const testCypher = cypherLoader(join(import.meta.dirname, 'cypher'));
