import type { FastifyReply, FastifyRequest } from 'fastify';
import { varyOnAcceptLanguage } from '../lib/vary.js';
import { CATALOGUES, FORMATTERS, isLocale, LOCALES, type Formatters, type Locale, type Messages } from '../i18n/index.js';
import { ASSETS } from './assets.js';

export type QueryValue = string | number | readonly string[] | null | undefined;
export type Params = Record<string, QueryValue>;

/** What every template gets besides its own model: language, messages, links. */
export type PageContext = {
  locale: Locale;
  /** The language the reader chose with `?lang=`, which forms and links carry on. */
  lang: Locale | undefined;
  m: Messages;
  fmt: Formatters;
  /** The request path, for marking the current navigation entry. */
  path: string;
  /** An internal link; the language is kept in it when the reader chose one with `?lang=`. */
  href(path: string, params?: Params): string;
  /** The same page in the other interface language. */
  switchTo: { locale: Locale; name: string; href: string };
  assets: { css: string; js: string; icon: string };
  /**
   * The public origin for absolute links (citations, curl lines): the first configured
   * OPENAPI_SERVERS entry, or empty, when the page's script fills in the browser's own.
   * Never the request's Host header: pages are cached by path, whatever the Host.
   */
  origin: string;
};

/** `a=1&b=x,y`: commas stay readable (they are allowed in a query); empty values are left out. */
export function queryString(params: Params): string {
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(params)) {
    if (raw === undefined || raw === null) continue;
    const value = Array.isArray(raw) ? raw.join(',') : String(raw);
    if (value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** The request's query as written, in order, for links that change one parameter of it. */
function currentParams(url: string): Params {
  const at = url.indexOf('?');
  if (at < 0) return {};
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(url.slice(at + 1)))
    params[key] = params[key] ? `${params[key]},${value}` : value;
  return params;
}

/**
 * The interface language: `?lang=` when given (it is then kept in links), else the best match
 * of Accept-Language, else English. A response chosen from Accept-Language says so in Vary, so
 * caches keep one copy per language.
 */
export function pageContext(request: FastifyRequest, reply: FastifyReply, origin: string): PageContext {
  const query = (request.query ?? {}) as { lang?: unknown };
  const explicit = isLocale(query.lang) ? query.lang : undefined;
  let locale: Locale;
  if (explicit !== undefined) locale = explicit;
  else {
    varyOnAcceptLanguage(reply);
    const best = request.accepts().language([...LOCALES]);
    locale = isLocale(best) ? best : 'en';
  }
  reply.header('content-language', locale);
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  const [path = '/'] = request.url.split('?');
  return {
    locale,
    lang: explicit,
    m: CATALOGUES[locale],
    fmt: FORMATTERS[locale],
    path,
    href: (target, params = {}) => `${target}${queryString({ ...params, lang: explicit })}`,
    switchTo: {
      locale: other,
      name: CATALOGUES[other].languageName,
      href: `${path}${queryString({ ...currentParams(request.url), lang: other })}`,
    },
    assets: { css: ASSETS['explorer.css'].url, js: ASSETS['explorer.js'].url, icon: ASSETS['favicon.svg'].url },
    origin,
  };
}
