// Driving one row with autocannon and reducing its result to what the table shows.
import autocannon from "autocannon";
import type { SaveRequest } from "./editor-save";

export type LoadSpec = {
  baseUrl: string;
  path: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** For rows whose every request differs (the editor save): the next request. */
  nextRequest?: () => SaveRequest;
};

export type LoadResult = {
  /** Responses received within the row's time. */
  requests: number;
  /** Requests written, including those still in flight when the time was up. */
  sent: number;
  seconds: number;
  reqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  non2xx: number;
  /** Socket errors other than timeouts. */
  socketErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Bytes received per completed response, headers included (autocannon asks for no compression). */
  bytesPerResponse: number;
};

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const next = spec.nextRequest;
  const result = await autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.durationSeconds,
    // A slow page is a result, not a reason to stop: timeouts are counted and reported.
    timeout: 10,
    requests: [
      {
        method: spec.method,
        path: spec.path,
        headers: spec.headers,
        ...(next
          ? {
              setupRequest: (request: autocannon.Request) => {
                const save = next();
                return { ...request, path: save.path, headers: save.headers, body: save.body };
              },
            }
          : {}),
      },
    ],
  });
  const requests = result.requests.total;
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000 || result.duration;
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats?.count ?? 0;
  return {
    requests,
    sent: result.requests.sent,
    seconds,
    reqPerSec: requests / seconds,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    statusCodes,
    bytesPerResponse: requests > 0 ? result.throughput.total / requests : 0,
  };
}
