// Runs once when a Next.js server starts (dev or production).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A server that cannot reach its database stops with one clear line, rather than answering
  // every request with an error.
  const { exitUnlessDatabaseReachable } = await import("./lib/db/startup");
  await exitUnlessDatabaseReachable();
}
