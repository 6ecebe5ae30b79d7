import { join } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
/** Comma-separated host names (or host:port) the server answers to besides its own addresses. */
const hostList = z
  .string()
  .transform((text) => text.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry.length > 0))
  .pipe(z.array(z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/, 'each entry is a host name or address, optionally with :port')));

/** Every setting Sila reads from the environment, with its default. README's configuration table mirrors it. */
const envSchema = z.object({
  NEO4J_URI: z.url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('sila-local-password'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default(join(process.cwd(), '.data', 'neo4j')),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  SILA_QUERY_TIMEOUT_MS: positiveInt.default(10_000),
  SILA_ROW_CAP: positiveInt.default(1000),
  SILA_MAX_CONCURRENT_QUERIES: positiveInt.default(8),
  SILA_MAX_RESULT_BYTES: positiveInt.default(4 * 1024 * 1024),
  SILA_MAX_QUERY_NESTING: positiveInt.default(100),
  SILA_ALLOWED_HOSTS: hostList.default([]),
  SILA_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Writing (ingesting, retracting, correcting) needs this token; without it only a loopback server's local user writes. */
  SILA_EDITOR_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Behind a proxy that signs users in: the header it sets to the user's name (trusted only when set here). */
  SILA_IDENTITY_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name').optional(),
}).refine((e) => e.SILA_EDITOR_TOKEN === undefined || e.SILA_EDITOR_TOKEN !== e.SILA_API_TOKEN, {
  error: 'must differ from SILA_API_TOKEN: the editor token is what tells a writer from a reader',
  path: ['SILA_EDITOR_TOKEN'],
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads the environment; an invalid value fails with the name of the setting and what is wrong with it. */
export function readEnv(env: NodeJS.ProcessEnv): Env {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export function localNeo4jSettings(env: NodeJS.ProcessEnv): {
  port: number;
  dataDir: string;
  user: string;
  password: string;
} {
  const e = readEnv(env);
  return { port: e.NEO4J_BOLT_PORT, dataDir: e.NEO4J_DATA_DIR, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD };
}
