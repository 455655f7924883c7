// Runs a project CLI as its npm script does, in a child process of its own, and reports how it
// ended: the crash-safety tests need to tell "finished" from "killed at the chosen point".
import { execFile } from "node:child_process";
import path from "node:path";

const tsx = path.resolve("node_modules/.bin/tsx");

export type CliOutcome = { stdout: string; stderr: string; code: number | null; killed: boolean };

export function runCliProcess(script: string, env: Record<string, string>): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      [path.resolve(script)],
      { env: { ...process.env, NODE_ENV: "development", ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: number; signal?: NodeJS.Signals }) | null;
        const code = failure ? (typeof failure.code === "number" ? failure.code : null) : 0;
        // tsx runs the script in a child node process and, when that one dies of SIGKILL, exits
        // with 128 + 9 itself rather than re-raising the signal.
        resolve({ stdout, stderr, code, killed: failure?.signal === "SIGKILL" || code === 128 + 9 });
      },
    );
  });
}
