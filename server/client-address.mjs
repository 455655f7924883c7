// @ts-check
// Who is asking: the socket's peer, or, only when that peer is a proxy listed in TRUSTED_PROXIES,
// the client X-Forwarded-For names (walked from the right with proxy-addr, as Express does).
import proxyaddr from "proxy-addr";

/** Read by lib/auth/options.ts (`clientAddress`); keep the two names the same. */
export const CLIENT_ADDRESS_HEADER = "x-claimdesk-client-address";

/** Headers only a proxy may set: from anyone else they are lies Next.js would believe. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses, CIDR ranges or proxy-addr's names
 * (`loopback`, `linklocal`, `uniquelocal`). Unset or empty: no proxy is trusted.
 * Throws on an entry proxy-addr cannot read, so a typo stops the server instead of trusting nothing.
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function compileTrustedProxies(value) {
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return () => false;
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES is not a list of addresses, CIDR ranges or names: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * Sets the client address header (always overwriting what the client sent) and, when the peer
 * is not a trusted proxy, removes the forwarded headers before Next.js reads them: its
 * server-action Origin check compares against X-Forwarded-Host, and it only fills in
 * X-Forwarded-For from the socket when the request has none.
 * @param {import("node:http").IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function applyClientAddress(req, trust) {
  const peer = req.socket.remoteAddress ?? "";
  if (!peer || !trust(peer, 0)) {
    for (const name of FORWARDED_HEADERS) delete req.headers[name];
  }
  req.headers[CLIENT_ADDRESS_HEADER] = (peer && proxyaddr(req, trust)) || "unknown";
}
