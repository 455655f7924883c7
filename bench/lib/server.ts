// The production server (`npm start`, server.mjs) for one size, its memory, and its running total of SQL statements.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { startNextServer, waitForHealthy, type NextServer } from "../../tests/helpers/next-server";
import { BENCH_DATA_DIR } from "./database";

/** A fixed session secret: the bench logs in once per server and nothing it signs leaves this machine. */
export const BENCH_AUTH_SECRET = "claimdesk-bench-secret-0123456789abcdef0123456789";

export type BenchServer = {
  server: NextServer;
  url: string;
  /** The build the server was started from (.next/BUILD_ID then). */
  buildId: string;
  rss: RssMonitor;
  queryTotalFile: string;
  stop: () => Promise<void>;
};

export async function startBenchServer(databaseUrl: string, size: number): Promise<BenchServer> {
  const queryTotalFile = path.join(BENCH_DATA_DIR, `query-total-${size}.txt`);
  rmSync(queryTotalFile, { force: true });
  const buildId = currentBuildId();
  const server = await startNextServer({
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: BENCH_AUTH_SECRET,
    CLAIMDESK_QUERY_TOTAL_FILE: queryTotalFile,
  });
  const rss = new RssMonitor(server.process.pid!);
  try {
    await waitForHealthy(server, 120_000);
    await waitFor(() => existsSync(queryTotalFile), 10_000, "the server to write CLAIMDESK_QUERY_TOTAL_FILE");
  } catch (error) {
    rss.stop();
    await server.stop();
    throw error;
  }
  return {
    server,
    url: server.url,
    buildId,
    rss,
    queryTotalFile,
    stop: async () => {
      rss.stop();
      await server.stop();
    },
  };
}

export const currentBuildId = () => readFileSync(".next/BUILD_ID", "utf8").trim();

/**
 * Other work in the same tree may run `next build` meanwhile: the running server then no longer
 * matches .next (its server actions answer 409), and what follows would measure nothing real.
 */
export function assertSameBuild(server: BenchServer): void {
  let now: string;
  try {
    now = currentBuildId();
  } catch {
    now = "(none)";
  }
  if (now !== server.buildId) {
    throw new Error(`.next was rebuilt while the bench ran (build ${server.buildId} → ${now}); run again when nothing else builds in this tree.`);
  }
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readQueryTotal(file: string): number {
  const value = Number(readFileSync(file, "utf8").trim());
  if (!Number.isFinite(value)) throw new Error(`${file} does not hold a number`);
  return value;
}

/**
 * The server's running total once it has stopped moving: the writer flushes every 250 ms and
 * requests still in flight when a row ends finish first, so wait for two quiet intervals.
 */
export async function settledQueryTotal(file: string, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = readQueryTotal(file);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(100);
    const now = readQueryTotal(file);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 600) {
      return now;
    }
  }
  return last;
}

/** Resident memory of a process and all its descendants, polled from /proc every 200 ms. */
export class RssMonitor {
  /** Highest total seen since the monitor started, in bytes. */
  peakBytes = 0;
  /** Highest total since the last `resetWindow()`. */
  windowPeakBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly rootPid: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  resetWindow(): void {
    this.windowPeakBytes = 0;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  sample(): number {
    let total = 0;
    for (const pid of processTree(this.rootPid)) total += rssBytes(pid);
    this.peakBytes = Math.max(this.peakBytes, total);
    this.windowPeakBytes = Math.max(this.windowPeakBytes, total);
    return total;
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // gone between listing and reading
  }
}

/** The process and its descendants, from each task's `children` list (or a /proc scan where that is missing). */
export function processTree(root: number): number[] {
  const found = [root];
  for (let index = 0; index < found.length; index++) found.push(...childrenOf(found[index]!));
  return found;
}

function childrenOf(pid: number): number[] {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    const children: number[] = [];
    for (const task of tasks) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
    return children;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && existsSync(`/proc/${pid}`)) return scanForChildren(pid);
    return [];
  }
}

function scanForChildren(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children;
}
