import escapeHtml from 'escape-html';
import { problemTypeUri, PROBLEMS_PREFIX, type ProblemType } from './problem-types.js';

/**
 * The problem-type pages for people: plain, self-contained HTML with no script, style, image
 * or font, so the API's own Content-Security-Policy (`default-src 'none'`) holds for them
 * unchanged. Every piece of text is escaped; `code` spans (backticks in the registry's
 * sentences) are the only markup made from it.
 */

/** Escaped text, with `backticked` spans as <code>. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<p><a href="${PROBLEMS_PREFIX}">Problem types</a> · <a href="/docs">API documentation</a> · <a href="/v1">Dataset</a></p>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function statusLine(type: ProblemType): string {
  return type.status === null ? 'Sent with other statuses of its class' : `HTTP status ${type.status}`;
}

export function problemTypePage(type: ProblemType): string {
  return page(
    `${type.title}: allies-api problem type`,
    [
      `<h1>${escapeHtml(type.title)}</h1>`,
      `<p>${escapeHtml(statusLine(type))}. Problem documents (<code>application/problem+json</code>) of this kind carry <code>"type": "${escapeHtml(problemTypeUri(type))}"</code>.</p>`,
      '<h2>What happened</h2>',
      `<p>${prose(type.description)}</p>`,
      '<h2>What to do</h2>',
      `<p>${prose(type.action)}</p>`,
    ].join('\n'),
  );
}

export function problemTypeIndexPage(types: readonly ProblemType[]): string {
  const items = types.map(
    (t) =>
      `<li><a href="${escapeHtml(problemTypeUri(t))}">${escapeHtml(t.title)}</a> (${escapeHtml(t.status === null ? 'other statuses' : String(t.status))})</li>`,
  );
  return page(
    'Problem types: allies-api',
    [
      '<h1>Problem types</h1>',
      '<p>Every error this API answers with is an RFC 9457 problem document whose <code>type</code> is one of these pages.</p>',
      `<ul>\n${items.join('\n')}\n</ul>`,
    ].join('\n'),
  );
}
