import { z } from 'zod';

/**
 * Numbers in a query string. They arrive as text, and z.coerce.number would read it as
 * JavaScript does: `0x10` as 16, `1e1` as 10, `  5` as 5, an empty value as 0. Here an integer
 * is decimal digits and a number is written as JSON writes one; anything else is refused with a
 * 400 saying so, rather than read as something the client did not write.
 */

const DECIMAL_DIGITS = /^[0-9]+$/;
/** RFC 8259 §6. */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/** Text that is only the shape accepted becomes a number; the rest goes on, to be refused as not a number. */
function numberIf(shape: RegExp) {
  return (value: unknown) => (typeof value === 'string' && shape.test(value) ? Number(value) : value);
}

/** A whole number in decimal digits, between `min` and `max`, `fallback` when absent. */
export function integerParam(min: number, max: number, fallback: number) {
  const range = `must be between ${min} and ${max}`;
  return z.preprocess(
    numberIf(DECIMAL_DIGITS),
    z
      .number({ error: `is not an integer from ${min} to ${max} written in decimal digits (such as ${fallback})` })
      .int('must be a whole number')
      .min(min, range)
      .max(max, range)
      // Inside the preprocess, so the spec states the default.
      .default(fallback),
  );
}

/** A number written as in JSON: `-2.5`, `40000000000` or `4e10`. */
export const numberParam = z.preprocess(
  numberIf(JSON_NUMBER),
  z
    .number({ error: 'is not a finite number written as JSON writes one (such as 1e9 or -2.5)' })
    .finite('is too large to be a number'),
);
