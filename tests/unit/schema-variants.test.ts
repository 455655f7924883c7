import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, SchemaVariantError } from "@/lib/db/schema-variants";

const authored = readFileSync("prisma/schema.prisma", "utf8");

describe("the PostgreSQL schema", () => {
  it("is exactly the derivation of the authored schema (run `npm run db:migrate:new` after a schema change)", () => {
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(derivePostgresSchema(authored));
  });

  it("differs from the authored schema only in its header, provider and client output", () => {
    const derived = derivePostgresSchema(authored);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('"sqlite"');
    const strip = (text: string) =>
      text
        .split("\n")
        .filter((line) => !/provider|output|^\/\/ (GENERATED|It is)/.test(line) && line !== "")
        .join("\n");
    expect(strip(derived)).toBe(strip(authored));
  });

  it("uses no provider-specific native types", () => {
    const code = authored
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n");
    expect(code).not.toMatch(/@db\.\w+/);
    expect(code).toMatch(/@default\(now\(\)\)/); // the filter kept the field lines
  });

  it("refuses a schema it does not recognise rather than guessing", () => {
    expect(() => derivePostgresSchema(authored.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(SchemaVariantError);
  });
});
