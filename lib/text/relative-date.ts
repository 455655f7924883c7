/**
 * Resolving the relative dates news copy uses ("Tuesday", "Oct. 14") against the date of the
 * article that uses them. All dates are calendar days at 00:00 UTC.
 */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_MS = 86_400_000;

export class RelativeDateError extends Error {
  override name = "RelativeDateError";
}

export function utcDay(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new RelativeDateError(`Not a date: ${isoDate}`);
  return date;
}

/** The latest given weekday on or before the reference day ("Tuesday" in a Wednesday paper → the day before). */
export function resolveWeekday(reference: Date, weekday: string): Date {
  const target = WEEKDAYS.indexOf(weekday.trim().toLowerCase());
  if (target === -1) throw new RelativeDateError(`Not a weekday: ${weekday}`);
  const back = (reference.getUTCDay() - target + 7) % 7;
  return new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()) - back * DAY_MS);
}

/** A month and day without a year ("Oct. 14"): the latest such day on or before the reference day. */
export function resolveMonthDay(reference: Date, monthDay: string): Date {
  const match = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})$/i.exec(monthDay.trim());
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) : -1;
  const day = match ? Number(match[2]) : NaN;
  if (month === -1 || !(day >= 1 && day <= 31)) throw new RelativeDateError(`Not a month and day: ${monthDay}`);
  let year = reference.getUTCFullYear();
  if (Date.UTC(year, month, day) > reference.getTime()) year -= 1;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day) throw new RelativeDateError(`No such day: ${monthDay}`);
  return date;
}
