// lib/db: the only door to the database. Everything else imports from here.
export { db, dbEngine, createPrismaClient, type DbClient, type DbTransaction } from "./client";
export { lockKeys } from "./key-lock";
export { Prisma } from "./generated/sqlite/client";
export type {
  Annotation,
  AuditEvent,
  Claim,
  ClaimLink,
  Evidence,
  Source,
  Speaker,
  StatusChange,
  Topic,
  User,
} from "./generated/sqlite/client";
export * from "./enums";
