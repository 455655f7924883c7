// Preloaded (NODE_OPTIONS=--import) into every Node process of a step that bench/backup-memory.ts
// measures: at exit each appends its own peak resident set size, the kernel's high-water mark (no
// sampling to miss a short peak), to the file CLAIMDESK_PEAK_RSS_FILE names.
import { appendFileSync } from "node:fs";

const file = process.env.CLAIMDESK_PEAK_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const record = { pid: process.pid, argv: process.argv.slice(1), maxRssKiB: process.resourceUsage().maxRSS };
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  });
}
