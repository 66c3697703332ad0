/** What the client sent, quoted back: bounded in length, depth and width. */

/** Longest received value quoted back, in characters. */
export const MAX_RECEIVED = 120;

/**
 * JSON of a value, bounded in depth and width as well as length: a body can nest 100,000 levels
 * deep, which JSON.stringify would follow until the stack overflows.
 */
function preview(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const WIDTH = 5;
  if (Array.isArray(value)) {
    if (depth >= 3) return value.length === 0 ? '[]' : '[…]';
    const items = value.slice(0, WIDTH).map((v) => preview(v, depth + 1));
    return `[${items.join(',')}${value.length > WIDTH ? ',…' : ''}]`;
  }
  const keys = Object.keys(value);
  if (depth >= 3) return keys.length === 0 ? '{}' : '{…}';
  const entries = keys
    .slice(0, WIDTH)
    .map((k) => `${JSON.stringify(k)}:${preview((value as Record<string, unknown>)[k], depth + 1)}`);
  return `{${entries.join(',')}${keys.length > WIDTH ? ',…' : ''}}`;
}

/** A received value as text, cut short; undefined when nothing was sent. */
export function receivedText(value: unknown, fromText: boolean): string | undefined {
  if (value === undefined) return undefined;
  const text = fromText && typeof value === 'string' ? value : preview(value);
  return text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED)}…` : text;
}

export function quoted(value: unknown, text: string, fromText: boolean): string {
  // Body values are already JSON text; parameters and headers are quoted here.
  const shown = fromText ? JSON.stringify(text) : text;
  const long = typeof value === 'string' && value.length > MAX_RECEIVED ? ` (${value.length} characters)` : '';
  return `${shown}${long}`;
}
