import path from 'node:path';
import { Eta } from 'eta';
import { PROJECT_ROOT } from '../lib/paths.js';
import { escapeHtml } from './escape.js';

/** Read from the project folder at run time, so the bundle in dist/ and tsx use the same files. */
export const TEMPLATE_DIR = path.join(PROJECT_ROOT, 'src/pages/templates');

/**
 * Eta escapes every `<%= %>` interpolation (autoEscape); `<%~ %>` is kept for the layout's
 * body and included partials, whose output is already escaped markup. Compiled templates are
 * cached for the life of the process.
 */
const eta = new Eta({
  views: TEMPLATE_DIR,
  cache: true,
  autoEscape: true,
  escapeFunction: escapeHtml,
});

export function renderTemplate(name: string, model: object): string {
  return eta.render(name, model);
}
