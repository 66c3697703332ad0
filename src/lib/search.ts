const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/** Whether `q` asks for a search at all: absent or blank, it filters nothing. */
export function isSearch(q: string | undefined): q is string {
  return q !== undefined && q.trim() !== '';
}

/**
 * The words of a search, for either engine: NFKC, runs of letters and digits, at most MAX_TERMS
 * of at most MAX_TERM_LENGTH characters each. Quotes and operators are not letters, so no search
 * syntax survives the split.
 */
export function searchWords(input: string): string[] {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((w) => w.slice(0, MAX_TERM_LENGTH));
}

/**
 * Turns user input into an FTS5 MATCH expression made only of quoted words, so FTS syntax in
 * the input (quotes, `*`, `NEAR(`, `OR`, column filters) is searched for as text, never run.
 * Each word is a prefix match: `drone` finds `drones`. Returns null when no word is left.
 */
export function ftsMatchExpression(input: string, columns: readonly string[]): string | null {
  const terms = searchWords(input).map((w) => `"${w}"*`);
  if (terms.length === 0) return null;
  const expression = terms.join(' AND ');
  return columns.length > 0 ? `{${columns.join(' ')}} : (${expression})` : expression;
}
