import { z } from 'zod';

/** The shape of a date the data model holds: a year, a month or a day (ISO 8601 calendar dates). */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD naming a date that exists in the Gregorian
 * calendar: years 0001 to 9999 (there is no year zero), months 01 to 12, days the month has
 * (2022-02-30 does not exist, 2024-02-29 does).
 */
export function isCalendarDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  const year = Number(text.slice(0, 4));
  if (year < 1) return false;
  if (text.length === 4) return true;
  const month = Number(text.slice(5, 7));
  if (month < 1 || month > 12) return false;
  if (text.length === 7) return true;
  const day = Number(text.slice(8, 10));
  const days = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= days;
}

const CALENDAR_MESSAGE = 'must be a date that exists: year 0001 to 9999, month 01 to 12, a day the month has';

/** A date as the data model holds it (claimedAt, a period's start and end) and as range filters take it. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, CALENDAR_MESSAGE);

/** An ISO 8601 timestamp (zod checks months and days); year 0000 is refused as in dates. */
export function timestamp(options?: { offset?: boolean }) {
  return z.iso
    .datetime(options)
    .refine((text) => !text.startsWith('0000'), 'is in year 0000, which does not exist: years start at 0001');
}
