// @ts-check
// One JSON line on stdout per request, written when its response ends (or the client goes away).
import { randomUUID } from "node:crypto";

const MAX_PATH_LENGTH = 2_000;

/**
 * Only what says which request it was and how it went: never the query string (search terms,
 * tokens in links), headers (cookies, authorization) or bodies (passwords).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {(line: string) => void} write
 */
export function logRequest(req, res, write = (line) => process.stdout.write(`${line}\n`)) {
  const id = randomUUID();
  const started = process.hrtime.bigint();
  res.setHeader("X-Request-Id", id);
  res.once("close", () => {
    const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        msg: "request",
        id,
        method: req.method,
        path: (req.url ?? "").split("?")[0]?.slice(0, MAX_PATH_LENGTH),
        status: res.statusCode,
        durationMs,
        // The client went away before the whole response was sent.
        ...(res.writableFinished ? {} : { aborted: true }),
      }),
    );
  });
}
