const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

/** A calendar day; "inferred" days (worked out from "Tuesday") say so. */
export function Day({ date, inferred = false }: { date: Date; inferred?: boolean }) {
  return (
    <time dateTime={date.toISOString().slice(0, 10)} title={inferred ? "Date inferred from the report" : undefined}>
      {formatDay(date)}
      {inferred ? <span className="inferred"> (inferred)</span> : null}
    </time>
  );
}
