// @ts-check
// SIGTERM (what orchestrators send) or SIGINT: stop taking connections, let the requests in
// flight finish, close the database, exit 0.

/**
 * @param {import("node:http").Server} server
 * @param {{ graceMs: number, close: () => Promise<void>, log: (fields: object) => void }} options
 */
export function shutDownOnSignals(server, { graceMs, close, log }) {
  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log({ msg: "shutting down", signal, graceMs });
    const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
    // Keep-alive connections with no request in flight would otherwise hold the server open.
    server.closeIdleConnections();
    // Requests still running after the grace period are cut off: a bounded stop beats a hung one.
    const force = setTimeout(() => {
      log({ msg: "grace period over, closing the remaining connections" });
      server.closeAllConnections();
    }, graceMs);
    force.unref();
    await closed;
    clearTimeout(force);
    let code = 0;
    try {
      await close();
    } catch (error) {
      log({ msg: "closing the database failed", error: /** @type {Error} */ (error).message });
      code = 1;
    }
    log({ msg: "stopped" });
    process.exit(code);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
