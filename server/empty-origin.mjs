// @ts-check

/**
 * A POST whose Origin header is present but empty. Next's server-action CSRF check parses the
 * Origin as a URL and throws on an empty one (a 500), and proxy.ts cannot refuse it first: a
 * matcher's `has` does not see an empty header. No browser sends one, so it is answered here.
 * Answers the request and returns true when it refused it.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function refusedEmptyOrigin(req, res) {
  if (req.method !== "POST" || req.headers.origin !== "") return false;
  res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
  res.end("Bad request: the Origin header is empty.\n");
  return true;
}
