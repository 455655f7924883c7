// Starting the server `npm start` runs (server.mjs, from the current build) for tests, and waiting for it to be healthy.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type NextServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

/** What `npm start` runs (package.json): keep the two the same. */
export const SERVER_SCRIPT = "server.mjs";

/** What `npm start` gives the server's Node (package.json): keep the two the same. */
export const SERVER_NODE_OPTIONS = "--max-old-space-size=256";

/** Every test server shares one session secret, as a deployment's instances must. */
export const TEST_AUTH_SECRET = "claimdesk-test-secret-0123456789abcdef0123456789";

/** An empty value in `env` means "unset" (to test a missing variable). */
function withoutEmpty(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")) as NodeJS.ProcessEnv;
}

export async function startNextServer(env: Record<string, string>): Promise<NextServer> {
  const port = await freePort();
  const chunks: string[] = [];
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.resolve(SERVER_SCRIPT), "-p", String(port), "-H", "127.0.0.1"], {
    env: withoutEmpty({
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The same heap bound as `npm start`, so tests and the bench run the server as deployed.
      NODE_OPTIONS: SERVER_NODE_OPTIONS,
      NEXTAUTH_SECRET: TEST_AUTH_SECRET,
      NEXTAUTH_URL: url,
      CLAIMDESK_SITE_URL: url,
      ...env,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => chunks.push(String(chunk)));
  child.stderr?.on("data", (chunk) => chunks.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    url,
    process: child,
    output: () => chunks.join(""),
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

export async function waitForHealthy(server: NextServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`the server exited (${server.process.exitCode}):\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not healthy within ${timeoutMs} ms:\n${server.output()}`);
}
