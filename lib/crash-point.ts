/**
 * TEST ONLY. The crash-safety tests (tests/security/crash-safe-*.test.ts) must kill a command-line
 * tool at an exact point, never "about two seconds in", or they would prove nothing reliably.
 * A CLI passes this function to the work it runs as its `onStep` callback; each named step it
 * reaches is compared with CLAIMDESK_TEST_KILL_AFTER, and on a match the process kills itself
 * with SIGKILL: no handler, no `finally`, no flush, exactly as `kill -9` or a power cut would.
 *
 * The variable is ignored when NODE_ENV=production, so a stray setting can never take down a
 * production migration or seed.
 */
export function crashPointFromEnv(env: NodeJS.ProcessEnv = process.env): ((step: string) => void) | undefined {
  const killAfter = env.CLAIMDESK_TEST_KILL_AFTER;
  if (!killAfter || env.NODE_ENV === "production") return undefined;
  return (step) => {
    if (step === killAfter) process.kill(process.pid, "SIGKILL");
  };
}
