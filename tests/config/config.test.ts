import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to an embedded SQLite file under ./data, port 3000, localhost', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'file:./data/app.db',
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      nodeEnv: 'development',
    });
  });

  it('honours PORT, HOST, DATABASE_URL, LOG_LEVEL and NODE_ENV', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'file:/data/x.db',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'file:/data/x.db',
      logLevel: 'warn',
      nodeEnv: 'production',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc', /PORT: PORT must be a number/],
    ['PORT', '70000', /PORT: PORT must be between 0 and 65535/],
    ['PORT', '3.5', /PORT: PORT must be an integer/],
    ['DATABASE_URL', 'mysql://localhost/db', /DATABASE_URL: DATABASE_URL must be a SQLite file URL/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
  ])('rejects %s=%s with a clear message', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('splits CORS_ORIGINS into a list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('takes PUBLIC_BASE_URL without its trailing slash, and leaves it empty when unset', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://allies.example.org/' }).publicBaseUrl).toBe('https://allies.example.org');
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://host:8080/api' }).publicBaseUrl).toBe('http://host:8080/api');
    expect(loadConfig({}).publicBaseUrl).toBe('');
  });

  it.each([
    'allies.example.org',
    'ftp://allies.example.org',
    'https://allies.example.org/?x=1',
    'https://allies.example.org/#top',
  ])('rejects PUBLIC_BASE_URL=%s with a message naming what is accepted', (value) => {
    expect(() => loadConfig({ PUBLIC_BASE_URL: value })).toThrow(/PUBLIC_BASE_URL: PUBLIC_BASE_URL must/);
  });
});
