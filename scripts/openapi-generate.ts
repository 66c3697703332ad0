import { writeFileSync } from 'node:fs';
import { EXAMPLES_FILE } from '../src/schemas/examples.js';
import { collectExamples, renderOpenApiYaml } from './openapi-document.js';

// Examples first: the spec embeds them, so it must be rendered from the fresh file.
writeFileSync(EXAMPLES_FILE, `${JSON.stringify(await collectExamples(), null, 2)}\n`);
writeFileSync(new URL('../openapi.yaml', import.meta.url), await renderOpenApiYaml());
process.stdout.write('src/schemas/examples.json and openapi.yaml written\n');
