import { parseArgs } from "node:util";

/**
 * The command line of the data commands (`db:export`, `db:import`, `db:backup`): one FILE, and
 * `--force` where the command may replace it. Prints the usage and sets exit code 2 on anything
 * else (or just the usage for --help) and returns null, so the command simply stops.
 */
export function readFileArgument(usage: string, { allowForce }: { allowForce: boolean }): { file: string; force: boolean } | null {
  let parsed;
  try {
    parsed = parseArgs({
      options: { help: { type: "boolean" }, ...(allowForce ? { force: { type: "boolean" as const } } : {}) },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exitCode = 2;
    return null;
  }
  if (parsed.values.help) {
    console.log(usage);
    return null;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    console.error(usage);
    process.exitCode = 2;
    return null;
  }
  return { file, force: Boolean((parsed.values as { force?: boolean }).force) };
}
