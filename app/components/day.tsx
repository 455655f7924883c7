import { formatDateTime, formatDay } from "@/lib/text/date-format";

export { formatDay };

/** A calendar day; "inferred" days (worked out from "Tuesday") say so. */
export function Day({ date, inferred = false }: { date: Date; inferred?: boolean }) {
  return (
    <time dateTime={date.toISOString().slice(0, 10)} title={inferred ? "Date inferred from the report" : undefined}>
      {formatDay(date)}
      {inferred ? <span className="inferred"> (inferred)</span> : null}
    </time>
  );
}

/** A moment, to the minute: "27 Nov 2026, 14:05 UTC" (the desk works across time zones, so it says which). */
export function DateTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}
