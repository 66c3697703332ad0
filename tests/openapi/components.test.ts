import { describe, expect, it } from 'vitest';
import { pruneUnusedComponents } from '../../src/openapi/components.js';

describe('component schemas in the spec', () => {
  it('keep only those an operation reaches, directly or through another component', () => {
    const doc = pruneUnusedComponents({
      paths: { '/a': { get: { responses: { 200: { $ref: '#/components/schemas/A' } } } } },
      components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: {}, AInput: {} } },
    });
    expect(Object.keys(doc.components.schemas)).toEqual(['A', 'B']);
  });

  it('come in name order, whatever order the registry met them in (the import order of modules)', () => {
    const refs = {
      get: { responses: { 200: { oneOf: ['Zeta', 'Alpha', 'Mid'].map((n) => ({ $ref: `#/components/schemas/${n}` })) } } },
    };
    const doc = pruneUnusedComponents({ paths: { '/x': refs }, components: { schemas: { Zeta: {}, Mid: {}, Alpha: {} } } });
    expect(Object.keys(doc.components.schemas)).toEqual(['Alpha', 'Mid', 'Zeta']);
  });
});
