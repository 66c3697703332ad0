import { writeFileSync } from 'node:fs';
import { EXAMPLES_FILE } from '../src/schemas/examples.js';
import { collectExamples, renderClientTypes, renderOpenApiYaml } from './openapi-document.js';

// Examples first: the spec embeds them, so it must be rendered from the fresh file.
writeFileSync(EXAMPLES_FILE, `${JSON.stringify(await collectExamples(), null, 2)}\n`);
const spec = await renderOpenApiYaml();
writeFileSync(new URL('../openapi.yaml', import.meta.url), spec);
writeFileSync(new URL('../client/schema.d.ts', import.meta.url), await renderClientTypes(spec));
process.stdout.write('src/schemas/examples.json, openapi.yaml and client/schema.d.ts written\n');
