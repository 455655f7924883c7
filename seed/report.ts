import { SEED_KINDS, type SeedReport } from "./seed";

export function printSeedReport(report: SeedReport, log: (line: string) => void = console.log) {
  const created = SEED_KINDS.reduce((sum, kind) => sum + report[kind].created, 0);
  log(SEED_KINDS.map((kind) => `${kind} +${report[kind].created} (${report[kind].skipped} skipped)`).join(", "));
  log(created === 0 ? "Nothing to create: the seed is already loaded." : `Created ${created} records.`);
}
