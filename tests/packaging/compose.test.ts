import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/server-process.js';

/**
 * Issue 18, item 16: docker-compose.yml as an engine reads it (YAML merge keys resolved). Our
 * machines have no Docker engine and no registry images for postgres or nginx, so these checks
 * read the file; scripts/docker-smoke.sh runs the image itself.
 */

type Service = {
  image?: string;
  build?: unknown;
  pull_policy?: string;
  environment?: Record<string, string>;
  networks?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { interval?: string; start_interval?: string; start_period?: string; test?: unknown };
};
type Compose = {
  services: Record<string, Service>;
  networks?: Record<string, { ipam?: { config?: { subnet?: string }[] } }>;
};

const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;
const apis = Object.entries(compose.services).filter(([, s]) => s.environment?.DATABASE_URL !== undefined);
const seconds = (duration: string | undefined) => (duration === undefined ? Infinity : Number(/^(\d+)s$/.exec(duration)?.[1]));

describe('docker-compose.yml', () => {
  it('runs two API instances from one image built once', () => {
    expect(apis.map(([name]) => name)).toEqual(['api1', 'api2']);
    const images = new Set(apis.map(([, s]) => s.image));
    expect(images.size).toBe(1);
    expect([...images][0]).toBeTruthy();
    expect(Object.values(compose.services).filter((s) => s.build !== undefined)).toHaveLength(1);
    // The instance without a build section must not try to pull the locally built image.
    for (const [, service] of apis) expect(service.pull_policy).toMatch(service.build === undefined ? /^never$/ : /^build$/);
  });

  it('trusts X-Forwarded-For from exactly the subnet it pins for its own network', () => {
    const networks = Object.entries(compose.networks ?? {});
    expect(networks).toHaveLength(1);
    const [name, network] = networks[0] ?? [];
    const subnets = (network?.ipam?.config ?? []).map((c) => c.subnet);
    expect(subnets).toHaveLength(1);
    expect(subnets[0]).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    for (const [, service] of Object.entries(compose.services)) expect(service.networks).toEqual([name]);
    for (const [, service] of apis) expect(service.environment?.TRUST_PROXY).toBe(subnets[0]);
  });

  it('takes CURSOR_SECRET from the environment and refuses to start without one', () => {
    for (const [, service] of apis) expect(service.environment?.CURSOR_SECRET).toMatch(/^\$\{CURSOR_SECRET:\?[^}]+\}$/);
  });

  it('starts the second instance within seconds of the first answering its health check', () => {
    const api2 = compose.services.api2;
    expect(api2?.depends_on).toMatchObject({ api1: { condition: 'service_healthy' } });
    const check = compose.services.api1?.healthcheck;
    // No `test`: the image's own HEALTHCHECK is kept, only its timing changes.
    expect(check?.test).toBeUndefined();
    expect(Math.min(seconds(check?.start_interval), seconds(check?.interval))).toBeLessThanOrEqual(2);
    expect(seconds(check?.start_period)).toBeGreaterThanOrEqual(20);
  });

  it('builds offline: the Dockerfile names no BuildKit frontend image', () => {
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).not.toMatch(/^#\s*syntax=/m);
  });
});
