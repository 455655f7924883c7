import { describe, expect, it } from "vitest";
import { crashPointFromEnv } from "@/lib/crash-point";

// The kill point exists for the crash-safety tests only: nothing else may ever trip it.
describe("crashPointFromEnv (test-only kill point)", () => {
  it("is off unless CLAIMDESK_TEST_KILL_AFTER is set", () => {
    expect(crashPointFromEnv({ NODE_ENV: "development" })).toBeUndefined();
  });

  it("is ignored in production even when set", () => {
    expect(crashPointFromEnv({ NODE_ENV: "production", CLAIMDESK_TEST_KILL_AFTER: "topics" })).toBeUndefined();
  });

  it("does nothing at a step other than the named one", () => {
    const onStep = crashPointFromEnv({ NODE_ENV: "test", CLAIMDESK_TEST_KILL_AFTER: "links (not committed)" });
    expect(onStep).toBeTypeOf("function");
    expect(() => onStep!("topics")).not.toThrow();
  });
});
