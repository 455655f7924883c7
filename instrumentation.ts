// Runs once when a Next.js server starts (dev or production).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A server without its session secret or its database stops with one clear line, rather
  // than answering every request with an error.
  const { exitUnlessReadyToServe } = await import("./lib/db/startup");
  await exitUnlessReadyToServe();
  // `npm run bench` reads the server's running total of SQL statements from a file; off unless asked.
  if (process.env.CLAIMDESK_QUERY_TOTAL_FILE) {
    const { startQueryTotalFileWriter } = await import("./lib/db/query-count");
    startQueryTotalFileWriter();
  }
}
