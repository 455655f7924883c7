// Configuration for the stock Prisma CLI (`prisma generate`, and `prisma migrate status`
// where its native engine can be had). The app itself migrates through lib/db/migrations.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/claimdesk.db" },
});
