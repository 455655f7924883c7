// @ts-check
// The HTTP server `npm start` runs: Next.js's request handler behind a server of our own, so the
// app knows the real client address (Next.js alone cannot tell a client's X-Forwarded-For from
// a proxy's), every HTML page leaves with a script nonce of its own and the policy that needs it
// (server/stamp-html-responses.mjs), every request leaves one log line, and SIGTERM stops it
// cleanly. Plain JavaScript so that `node` runs it with no build step beyond `next build`.
// Options: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME, default every interface).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyClientAddress, compileTrustedProxies } from "./server/client-address.mjs";
import { logRequest } from "./server/request-log.mjs";
import { refusedEmptyOrigin } from "./server/empty-origin.mjs";
import securityHeaders from "./server/security-headers.cjs";
import { shutDownOnSignals } from "./server/shutdown.mjs";
import { stampHtmlResponses } from "./server/stamp-html-responses.mjs";

/** How long requests in flight may take to finish after SIGTERM. */
const SHUTDOWN_GRACE_MS = 10_000;

/** @param {object} fields */
const log = (fields) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);

/** @param {string[]} names */
function option(names) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
}

const port = Number(option(["-p", "--port"]) ?? process.env.PORT ?? 3000);
const hostname = option(["-H", "--hostname"]) ?? process.env.HOSTNAME;
let trust;
try {
  trust = compileTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`ClaimDesk: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

// As `next start` does; lib/env.ts reads PORT for the default site address.
process.env.NODE_ENV ??= "production";
process.env.PORT = String(port);
// lib/auth/options.ts trusts the client address header only when this server set it.
process.env.CLAIMDESK_SERVER_SETS_CLIENT_ADDRESS = "1";

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  logRequest(req, res);
  applyClientAddress(req, trust);
  // Next's config sets these on its own responses; set here first, they are on every other one too.
  for (const { key, value } of securityHeaders.SECURITY_HEADERS) res.setHeader(key, value);
  if (req.headers["x-forwarded-proto"] === "https") res.setHeader(securityHeaders.HSTS.key, securityHeaders.HSTS.value);
  if (refusedEmptyOrigin(req, res)) return;
  stampHtmlResponses(req, res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

shutDownOnSignals(server, {
  graceMs: SHUTDOWN_GRACE_MS,
  log,
  // lib/db/client.ts keeps the process's one client here.
  close: async () => {
    const db = /** @type {{ claimdeskDb?: { $disconnect: () => Promise<void> } }} */ (globalThis).claimdeskDb;
    await db?.$disconnect();
  },
});

server.listen(port, hostname, () => log({ msg: "listening", port, hostname: hostname ?? "*" }));
