-- DropIndex
DROP INDEX "Claim_claimantId_idx";

-- CreateIndex
CREATE INDEX "Claim_workflow_saidAt_idx" ON "Claim"("workflow", "saidAt");

-- CreateIndex
CREATE INDEX "Claim_workflow_updatedAt_idx" ON "Claim"("workflow", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_claimantId_workflow_saidAt_idx" ON "Claim"("claimantId", "workflow", "saidAt");

-- CreateIndex
CREATE INDEX "Claim_relayedFromId_workflow_saidAt_idx" ON "Claim"("relayedFromId", "workflow", "saidAt");

-- CreateIndex
CREATE INDEX "Claim_firstAppearanceId_idx" ON "Claim"("firstAppearanceId");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- Full-text search (lib/search): one tsvector per claim, from Claim."searchText" (already folded
-- to lowercase words without accents, so the 'simple' configuration is exact), with a GIN index.
-- "seq" orders matches newest first for the ranking window. A trigger keeps it in step with every
-- insert and update of a claim, inside the same transaction. Deletes cascade. Outside Prisma's
-- schema: the migration runner lists it among its external tables (lib/db/migrations/external-tables.ts).
CREATE TABLE "claim_search" (
  "claimId" TEXT NOT NULL PRIMARY KEY REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "seq" BIGSERIAL NOT NULL,
  "document" TSVECTOR NOT NULL
);

INSERT INTO "claim_search" ("claimId", "document")
SELECT "id", to_tsvector('simple', "searchText") FROM "Claim" ORDER BY "createdAt", "id";

CREATE INDEX "claim_search_document_idx" ON "claim_search" USING GIN ("document");
CREATE INDEX "claim_search_seq_idx" ON "claim_search" ("seq");

CREATE FUNCTION "claim_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "claim_search" ("claimId", "document")
  VALUES (NEW."id", to_tsvector('simple', NEW."searchText"))
  ON CONFLICT ("claimId") DO UPDATE SET "document" = EXCLUDED."document";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "claim_search_after_write" AFTER INSERT OR UPDATE OF "searchText" ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "claim_search_sync"();
