// `npm run db:migrate:new -- <name>`: write a migration folder from the schema diff.
import { loadEnvFiles } from "../../lib/load-env-files";
import { createMigration } from "../../lib/db/migrations";

async function main() {
  loadEnvFiles();
  const name = process.argv[2]?.trim();
  if (!name || !/^[a-z0-9_]+$/i.test(name)) {
    console.error("Usage: npm run db:migrate:new -- <name>   (letters, digits and underscores, e.g. add_topics)");
    process.exit(2);
  }
  const created = await createMigration(name);
  if (!created) {
    console.log("The schema matches the migration history: no migration written.");
    return;
  }
  console.log(`Wrote ${created.folder}/migration.sql`);
  console.log("Review it, then run `npm run db:migrate` to apply it.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
