// `npm run db:migrate`: apply pending migrations to DATABASE_URL (default data/claimdesk.db).
import { crashPointFromEnv } from "../../lib/crash-point";
import { runCli } from "../../lib/run-cli";
import { loadEnvFiles } from "../../lib/load-env-files";
import { applyPendingMigrations, describeTarget, resolveDatabaseTarget } from "../../lib/db/migrations";

async function main() {
  loadEnvFiles();
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  console.log(`Migrating ${describeTarget(target)}`);
  const { applied, alreadyApplied } = await applyPendingMigrations(target, undefined, { onStep: crashPointFromEnv() });
  for (const name of applied) console.log(`  applied ${name}`);
  console.log(
    applied.length === 0
      ? `Nothing to apply: all ${alreadyApplied} migration(s) already applied.`
      : `Applied ${applied.length} migration(s); ${alreadyApplied} were already applied.`,
  );
}

runCli(main);
