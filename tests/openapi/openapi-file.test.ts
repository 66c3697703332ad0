import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpenApiYaml } from '../../scripts/openapi-document.js';

describe('openapi.yaml', () => {
  it('is exactly what `npm run openapi:generate` produces from the code (run it and commit if this fails)', async () => {
    const committed = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
    const generated = await renderOpenApiYaml();
    expect(generated).toBe(committed);
  });

  it('renders the same bytes twice: no timestamps or run-specific values', async () => {
    expect(await renderOpenApiYaml()).toBe(await renderOpenApiYaml());
  });
});
