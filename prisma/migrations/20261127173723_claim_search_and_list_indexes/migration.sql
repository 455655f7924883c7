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

-- Full-text search (lib/search): an FTS5 index of Claim."searchText", keyed by the claim's rowid.
-- Contentless (the text lives in Claim), prefix indexes for 2- and 3-letter prefixes so the
-- reader's last, half-typed word stays cheap. Triggers keep it in step with every insert,
-- update and delete of a claim, inside the same transaction. Outside Prisma's schema: the
-- migration runner lists it among its external tables (lib/db/migrations/external-tables.ts).
-- A migration that redefines "Claim" (Prisma's copy-and-rename) drops these triggers and
-- changes rowids: it must recreate the triggers and rebuild the index as below.
CREATE VIRTUAL TABLE "claim_search" USING fts5(
  "body",
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

INSERT INTO "claim_search" (rowid, "body") SELECT rowid, "searchText" FROM "Claim";

CREATE TRIGGER "claim_search_after_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "claim_search" (rowid, "body") VALUES (new.rowid, new."searchText");
END;

CREATE TRIGGER "claim_search_after_update" AFTER UPDATE OF "searchText" ON "Claim" BEGIN
  DELETE FROM "claim_search" WHERE rowid = old.rowid;
  INSERT INTO "claim_search" (rowid, "body") VALUES (new.rowid, new."searchText");
END;

CREATE TRIGGER "claim_search_after_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "claim_search" WHERE rowid = old.rowid;
END;
