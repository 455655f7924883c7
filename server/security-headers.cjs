// @ts-check
// The security headers, in one place for the two that send them: next.config.js (every response
// Next.js makes, also under `next dev` and plain `next start`) and server.mjs (every response at
// all, including the ones Next's config never reaches: the proxy's 4xx answers to malformed input
// and the server's own refusals). CommonJS, so next.config.js can require it.

/**
 * Sent with every response (tests/security/headers.e2e.test.ts reads them from each kind of page and route). The
 * Content-Security-Policy here holds the directives that do not depend on the page: no framing,
 * no plugins, no <base> hijack, forms post only here. Every HTML page `npm start` serves gets the
 * whole policy instead, these four plus a script-src by nonce, fresh per response even for cached
 * pages: server.mjs stamps it as the page leaves (server/script-nonce.mjs). Under `next dev`
 * (whose hot reloading needs eval) and plain `next start`, pages keep only these four.
 */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** HSTS only when the request came over HTTPS (as the proxy in front says): over plain HTTP it would be ignored or wrong. */
const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

module.exports = { SECURITY_HEADERS, HSTS };
