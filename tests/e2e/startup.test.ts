import { describe, expect, it } from "vitest";
import { startNextServer } from "../helpers/next-server";
import { unreachableDatabaseUrl } from "../helpers/test-database";

describe("a server whose database is unreachable", () => {
  it.each(["sqlite", "postgresql"] as const)("stops at start-up with one clear line (%s)", async (engine) => {
    const server = await startNextServer({ DATABASE_URL: unreachableDatabaseUrl(engine) });
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
    await server.stop();
    expect(code).toBe(1);
    const output = server.output();
    expect(output).toMatch(/ClaimDesk: Cannot (reach|open) the (SQLite )?database/);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
  });
});

describe("a production server without NEXTAUTH_SECRET", () => {
  it("stops at start-up and says what to set", async () => {
    const server = await startNextServer({ DATABASE_URL: unreachableDatabaseUrl("sqlite"), NEXTAUTH_SECRET: "" });
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
    await server.stop();
    expect(code).toBe(1);
    expect(server.output()).toMatch(/ClaimDesk: .*NEXTAUTH_SECRET/);
    expect(server.output()).not.toMatch(/^\s+at /m);
  });
});
