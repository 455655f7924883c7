export { applyPendingMigrations, createMigration, diffHistoryToSchema, MigrationError } from "./migrate";
export { defaultMigrationPaths, migrationStatus, type MigrationPaths, type MigrationStatus } from "./status";
export { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "../target";
