/**
 * Dates as the site writes them, in UTC so that server and browser render the same text: a day
 * ("26 Nov 2025") and, on the desk, a moment to the minute ("27 Nov 2026, 14:05 UTC").
 */
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}
