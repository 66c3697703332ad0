/**
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a
 * formula, and one that begins with a tab or a carriage return may be trimmed into one. Such a
 * text cell is exported with an apostrophe in front, which spreadsheets show as text and hide.
 * Numbers are exported as numbers (a negative figure stays `-3`); only text is changed.
 */
export const CSV_FORMULA_NOTE =
  'A text cell that begins with =, +, -, @, a tab or a carriage return gets an apostrophe in front, so that spreadsheets show it as text instead of running it as a formula (OWASP CSV injection)';

function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ tab CR
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

export function csvCell<T>(value: T): T | string {
  return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}
