/**
 * Which `Host` headers the server answers. A web page the analyst visits can point its own domain at
 * 127.0.0.1 (DNS rebinding) and read the loopback server from the page's origin; its requests then carry
 * the attacker's name in `Host`. Only the server's own addresses and the names configured in
 * SILA_ALLOWED_HOSTS are answered.
 */
import { isLoopback } from './access.ts';

/** A host the server answers to; without a port it is answered on any port. */
export interface HostRule {
  host: string;
  port?: number;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

function bracketed(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '');
  return bare.includes(':') ? `[${bare.toLowerCase()}]` : bare.toLowerCase();
}

/** Splits `name:port`, `[v6]:port` or a bare name; the port is undefined when absent, NaN when not a number. */
export function splitHost(value: string): HostRule {
  const text = value.trim().toLowerCase();
  const v6 = /^(\[[^\]]*\])(?::(.*))?$/.exec(text);
  if (v6) return { host: v6[1] ?? '', ...(v6[2] === undefined ? {} : { port: Number(v6[2] === '' ? Number.NaN : v6[2]) }) };
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { host: text };
  const port = text.slice(colon + 1);
  return { host: text.slice(0, colon), port: /^\d{1,5}$/.test(port) ? Number(port) : Number.NaN };
}

/**
 * The server's own addresses on `port` (every interface address when it binds a wildcard, the loopback
 * names when it binds loopback), plus the configured hosts.
 */
export function allowedHosts(bind: string, port: number, configured: readonly string[], interfaceAddresses: readonly string[]): HostRule[] {
  const own = new Set<string>();
  const host = bracketed(bind);
  if (WILDCARDS.has(host)) {
    for (const address of [...interfaceAddresses, ...LOOPBACK_NAMES]) own.add(bracketed(address));
  } else {
    own.add(host);
    if (isLoopback(bind)) for (const name of LOOPBACK_NAMES) own.add(name);
  }
  return [...[...own].map((name) => ({ host: name, port })), ...configured.map(splitHost)];
}

/** Whether a `Host` header names one of `rules`; a header without a port means port 80. */
export function hostAllowed(header: string, rules: readonly HostRule[]): boolean {
  const given = splitHost(header);
  if (given.host === '' || Number.isNaN(given.port)) return false;
  const port = given.port ?? 80;
  return rules.some((rule) => rule.host === given.host && (rule.port === undefined || rule.port === port));
}
