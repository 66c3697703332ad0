import { createRequire } from 'node:module';
// The package's own entry without its locales: the default one registers all 79 (about 3 MB of
// heap in each thread that loads it, the writer's included), where two are used.
import countries from 'i18n-iso-countries/index.js';

/**
 * ISO 3166-1 as packaged by i18n-iso-countries: codes and English/French short names come from
 * here, never from hand-typed tables, and every country record says so in its basis.
 */
const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/fr.json') as countries.LocaleData);
const { version } = require('i18n-iso-countries/package.json') as { version: string };

/** Named in each reference basis, so a reader knows which edition of the tables was used. */
export const ISO_3166_PACKAGE = `i18n-iso-countries ${version}`;

export type IsoCountry = {
  code: string;
  alpha3: string;
  /** The short English name in common use (the package's alias, e.g. Russia, not Russian Federation). */
  name: string;
  /** Every English name the package lists for the code (official and alias). */
  names: string[];
  nameFr: string;
};

/** The ISO 3166-1 entry of an upper-case alpha-2 code, or null when ISO 3166-1 has no such code. */
export function isoCountry(code: string): IsoCountry | null {
  if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code)) return null;
  const alpha3 = countries.alpha2ToAlpha3(code);
  const name = countries.getName(code, 'en', { select: 'alias' });
  const nameFr = countries.getName(code, 'fr', { select: 'alias' });
  if (alpha3 === undefined || name === undefined || nameFr === undefined) return null;
  const names = countries.getName(code, 'en', { select: 'all' }) ?? [name];
  return { code, alpha3, name, names, nameFr };
}
