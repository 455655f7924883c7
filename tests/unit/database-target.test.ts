import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  assertLocalDatabase,
  DatabaseUrlError,
  describeTarget,
  RemoteDatabaseError,
  resolveDatabaseTarget,
} from "@/lib/db/target";
import { EnvError, readEnv } from "@/lib/env";

const sqliteFile = (url: string | undefined, root = "/srv/app") => {
  const target = resolveDatabaseTarget(url, root);
  if (target.engine !== "sqlite") throw new Error("expected SQLite");
  return target.filePath;
};

describe("resolveDatabaseTarget", () => {
  it("defaults to SQLite at data/claimdesk.db under the project root", () => {
    expect(sqliteFile(undefined, "/srv/claimdesk")).toBe(path.resolve("/srv/claimdesk/data/claimdesk.db"));
    expect(sqliteFile("  ", "/srv/claimdesk")).toBe(path.resolve("/srv/claimdesk/data/claimdesk.db"));
  });

  it("resolves relative and absolute file: URLs", () => {
    expect(sqliteFile("file:./other.db")).toBe("/srv/app/other.db");
    expect(sqliteFile("file:/var/lib/claimdesk.db")).toBe("/var/lib/claimdesk.db");
    expect(sqliteFile("file:///var/lib/claimdesk.db")).toBe("/var/lib/claimdesk.db");
  });

  it("selects PostgreSQL for postgresql:// and postgres:// URLs", () => {
    expect(resolveDatabaseTarget("postgresql://u:secret@db.internal:5432/claimdesk")).toMatchObject({
      engine: "postgresql",
      host: "db.internal",
      database: "claimdesk",
    });
    expect(resolveDatabaseTarget("postgres://u@localhost/claims").engine).toBe("postgresql");
  });

  it("never prints credentials", () => {
    const target = resolveDatabaseTarget("postgresql://u:secret@db.internal:5432/claimdesk");
    expect(describeTarget(target)).toBe("PostgreSQL db.internal/claimdesk");
  });

  it("names the problem with an unsupported or incomplete URL", () => {
    expect(() => resolveDatabaseTarget("mysql://localhost/db")).toThrow(DatabaseUrlError);
    expect(() => resolveDatabaseTarget("mysql://localhost/db")).toThrow(/unsupported scheme "mysql:"/);
    expect(() => resolveDatabaseTarget("file:")).toThrow(/needs a path/);
    expect(() => resolveDatabaseTarget("postgresql://localhost:5432/")).toThrow(/needs a database name/);
  });
});

describe("assertLocalDatabase", () => {
  it("allows SQLite files and PostgreSQL on this machine", () => {
    for (const url of [undefined, "postgresql://u@localhost/db", "postgresql://u@127.0.0.1:5432/db", "postgresql://u@[::1]/db"]) {
      expect(() => assertLocalDatabase(resolveDatabaseTarget(url), {})).not.toThrow();
    }
  });

  it("refuses a remote server unless forced on purpose", () => {
    const remote = resolveDatabaseTarget("postgresql://u@db.example.com/claimdesk");
    expect(() => assertLocalDatabase(remote, {})).toThrow(RemoteDatabaseError);
    expect(() => assertLocalDatabase(remote, {})).toThrow(/CLAIMDESK_ALLOW_REMOTE_DATABASE=1/);
    expect(() => assertLocalDatabase(remote, { CLAIMDESK_ALLOW_REMOTE_DATABASE: "1" })).not.toThrow();
  });
});

describe("readEnv", () => {
  it("names the variable that is wrong", () => {
    expect(() => readEnv({ SQLITE_BUSY_TIMEOUT_MS: "soon" })).toThrow(EnvError);
    expect(() => readEnv({ SQLITE_BUSY_TIMEOUT_MS: "soon" })).toThrow(/SQLITE_BUSY_TIMEOUT_MS/);
    expect(() => readEnv({ DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });

  it("fills in defaults", () => {
    expect(readEnv({})).toMatchObject({ NODE_ENV: "development", SQLITE_BUSY_TIMEOUT_MS: 5000, DATABASE_POOL_MAX: 10 });
  });
});
