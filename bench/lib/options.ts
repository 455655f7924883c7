// `npm run bench -- …` flags.
import { parseArgs } from "node:util";

export type BenchEngine = "sqlite" | "postgres";

export type BenchOptions = {
  sizes: number[];
  engine: BenchEngine;
  /** Seconds each row is driven for. */
  duration: number;
  /** Concurrent connections of the loaded rows (the one-client rows always use 1). */
  connections: number;
  skipBuild: boolean;
};

export const USAGE = `npm run bench -- [--sizes 1000,10000,100000] [--engine sqlite|postgres] [--duration 10] [--connections 50] [--skip-build]

  --sizes        claims per database, comma-separated (a size at or below the seed's 35 claims skips synthesis)
  --engine       sqlite (a file under bench/data/) or postgres (a fresh database per size on BENCH_POSTGRES_URL,
                 default postgresql://claimdesk_test:claimdesk_test@127.0.0.1:5432/postgres)
  --duration     seconds per row (default 10)
  --connections  connections of the loaded rows (default 50)
  --skip-build   serve the existing .next build instead of running \`next build\``;

export class UsageError extends Error {
  override name = "UsageError";
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} takes a whole number above 0 (got "${value}")`);
  return number;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        sizes: { type: "string", default: "1000,10000,100000" },
        engine: { type: "string", default: "sqlite" },
        duration: { type: "string", default: "10" },
        connections: { type: "string", default: "50" },
        "skip-build": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) throw new UsageError("");
  const engine = values.engine === "postgresql" ? "postgres" : values.engine;
  if (engine !== "sqlite" && engine !== "postgres") throw new UsageError(`--engine is sqlite or postgres (got "${values.engine}")`);
  const sizes = values.sizes
    .split(",")
    .map((size) => size.trim())
    .filter(Boolean)
    .map((size) => positiveInteger(size.replace(/k$/i, "000"), "--sizes"));
  if (sizes.length === 0) throw new UsageError("--sizes needs at least one size");
  return {
    sizes,
    engine,
    duration: positiveInteger(values.duration, "--duration"),
    connections: positiveInteger(values.connections, "--connections"),
    skipBuild: values["skip-build"],
  };
}
