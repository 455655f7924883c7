// `npm run db:migrate:new -- <name>`: write a migration for each engine from the schema diff.
import { runCli } from "../../lib/run-cli";
import { loadEnvFiles } from "../../lib/load-env-files";
import { createMigration } from "../../lib/db/migrations";

/** Where PostgreSQL's shadow database may be created: MIGRATE_POSTGRES_URL, or DATABASE_URL when it is PostgreSQL. */
function postgresUrlForMigrations(): string | undefined {
  if (process.env.MIGRATE_POSTGRES_URL) return process.env.MIGRATE_POSTGRES_URL;
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

async function main() {
  loadEnvFiles();
  const name = process.argv[2]?.trim();
  if (!name || !/^[a-z0-9_]+$/i.test(name)) {
    console.error("Usage: npm run db:migrate:new -- <name>   (letters, digits and underscores, e.g. add_topics)");
    process.exit(2);
  }
  const created = await createMigration(name, { postgresUrl: postgresUrlForMigrations() });
  if (!created) {
    console.log("The schema matches both migration histories: no migration written.");
    return;
  }
  for (const folder of created.folders) console.log(`Wrote ${folder}/migration.sql`);
  console.log("Review them, then run `npm run db:migrate` to apply the one for your database.");
}

runCli(main);
