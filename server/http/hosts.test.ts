import { describe, expect, it } from 'vitest';
import { allowedHosts, hostAllowed, splitHost } from './hosts.ts';

describe('the hosts the server answers to', () => {
  it('splits host headers, IPv6 included', () => {
    expect(splitHost('Example.org:3000')).toEqual({ host: 'example.org', port: 3000 });
    expect(splitHost('example.org')).toEqual({ host: 'example.org' });
    expect(splitHost('[::1]:8080')).toEqual({ host: '[::1]', port: 8080 });
    expect(splitHost('[::1]')).toEqual({ host: '[::1]' });
    expect(Number.isNaN(splitHost('example.org:x').port)).toBe(true);
  });

  it('answers loopback names on the port it listens on, and nothing else by default', () => {
    const rules = allowedHosts('127.0.0.1', 3000, [], ['10.0.0.5']);
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '[::1]:3000']) expect(hostAllowed(host, rules), host).toBe(true);
    for (const host of ['127.0.0.1', '127.0.0.1:3001', 'attacker.example:3000', '10.0.0.5:3000', '', 'localhost:', '127.0.0.1:3000:1']) expect(hostAllowed(host, rules), host).toBe(false);
  });

  it('answers every interface address when it binds a wildcard, and the configured names', () => {
    const rules = allowedHosts('0.0.0.0', 80, ['sila.example.org', 'proxy.example.org:8443'], ['10.0.0.5', 'fe80::1']);
    for (const host of ['10.0.0.5', '10.0.0.5:80', '[fe80::1]', 'sila.example.org:1234', 'SILA.example.org', 'proxy.example.org:8443']) expect(hostAllowed(host, rules), host).toBe(true);
    for (const host of ['10.0.0.6', 'proxy.example.org', 'x.sila.example.org', '10.0.0.5:81']) expect(hostAllowed(host, rules), host).toBe(false);
  });
});
