// How busy the machine was with anything but the bench and its server while a row ran: on a
// shared machine that is the first thing to check before believing a number.
import { readdirSync, readFileSync } from "node:fs";
import { processTree } from "./server";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusyTicks(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: busy is everything but idle and iowait
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return total - (fields[3] ?? 0) - (fields[4] ?? 0);
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

export type CpuWindow = { stop: () => { otherCores: number; ownCores: number } };

/** PostgreSQL backends serving one database (their command line names it). */
export function postgresBackends(database: string): () => number[] {
  return () =>
    readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
          return command.startsWith("postgres:") && command.includes(` ${database} `);
        } catch {
          return false;
        }
      })
      .map(Number);
}

/**
 * Starts measuring; `stop()` gives the cores other processes kept busy on average, and ours
 * (the bench, the server and its children, and `alsoOurs`, e.g. the database's backends).
 */
export function measureCpu(serverPid: number, alsoOurs: () => number[] = () => []): CpuWindow {
  const ours = () =>
    [...processTree(serverPid), ...alsoOurs(), process.pid].reduce((sum, pid) => sum + processTicks(pid), 0);
  const startedAt = process.hrtime.bigint();
  const busyAtStart = machineBusyTicks();
  const oursAtStart = ours();
  return {
    stop: () => {
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      const busy = (machineBusyTicks() - busyAtStart) / TICKS_PER_SECOND;
      const own = (ours() - oursAtStart) / TICKS_PER_SECOND;
      return { otherCores: Math.max(0, (busy - own) / seconds), ownCores: own / seconds };
    },
  };
}
