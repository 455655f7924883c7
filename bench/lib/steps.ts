// Running the project's own npm scripts (migrate, seed, synthesise, build) with their output
// indented under the bench's progress lines.
import { spawn } from "node:child_process";

export function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

/** Runs `npm run <script> -- <args>`, echoing its output indented; throws with the last lines when it fails. */
export async function runNpmScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = Date.now();
  const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  let partial = "";
  const echo = (chunk: Buffer) => {
    const lines = (partial + String(chunk)).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      console.log(`    | ${line}`);
    }
  };
  child.stdout.on("data", echo);
  child.stderr.on("data", echo);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (partial) console.log(`    | ${partial}`);
  if (code !== 0) throw new Error(`npm run ${script} failed (exit ${code}):\n${tail.join("\n")}\n${partial}`);
  return (Date.now() - started) / 1000;
}

/** The environment of a CLI script: NODE_ENV unset (so the seed creates the demo logins), telemetry off. */
export function scriptEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.NODE_ENV;
  return env as NodeJS.ProcessEnv;
}
