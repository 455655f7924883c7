export {
  applyPendingMigrations,
  createMigration,
  defaultMigrationPaths,
  migrationStatus,
  MigrationError,
  type MigrationPaths,
  type MigrationStatus,
} from "./migrate";
export { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "../target";
