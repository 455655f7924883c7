-- DropIndex
DROP INDEX "Claim_workflow_verification_idx";

-- CreateIndex
CREATE INDEX "Claim_workflow_verification_saidAt_idx" ON "Claim"("workflow", "verification", "saidAt");
