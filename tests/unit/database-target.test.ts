import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUrlError, resolveDatabaseTarget } from "@/lib/db/target";
import { EnvError, readEnv } from "@/lib/env";

describe("resolveDatabaseTarget", () => {
  it("defaults to data/claimdesk.db under the project root", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/claimdesk")).toEqual({
      engine: "sqlite",
      filePath: path.resolve("/srv/claimdesk/data/claimdesk.db"),
    });
    expect(resolveDatabaseTarget("  ", "/srv/claimdesk").filePath).toBe(path.resolve("/srv/claimdesk/data/claimdesk.db"));
  });

  it("resolves relative and absolute file: URLs", () => {
    expect(resolveDatabaseTarget("file:./other.db", "/srv/app").filePath).toBe("/srv/app/other.db");
    expect(resolveDatabaseTarget("file:/var/lib/claimdesk.db", "/srv/app").filePath).toBe("/var/lib/claimdesk.db");
    expect(resolveDatabaseTarget("file:///var/lib/claimdesk.db", "/srv/app").filePath).toBe("/var/lib/claimdesk.db");
  });

  it("names the problem with an unsupported URL", () => {
    expect(() => resolveDatabaseTarget("mysql://localhost/db")).toThrow(DatabaseUrlError);
    expect(() => resolveDatabaseTarget("mysql://localhost/db")).toThrow(/unsupported scheme "mysql:"/);
    expect(() => resolveDatabaseTarget("file:")).toThrow(/needs a path/);
  });
});

describe("readEnv", () => {
  it("names the variable that is wrong", () => {
    expect(() => readEnv({ SQLITE_BUSY_TIMEOUT_MS: "soon" })).toThrow(EnvError);
    expect(() => readEnv({ SQLITE_BUSY_TIMEOUT_MS: "soon" })).toThrow(/SQLITE_BUSY_TIMEOUT_MS/);
  });

  it("fills in defaults", () => {
    expect(readEnv({})).toMatchObject({ NODE_ENV: "development", SQLITE_BUSY_TIMEOUT_MS: 5000 });
  });
});
