-- CreateIndex
CREATE INDEX "Claim_rating_updatedAt_idx" ON "Claim"("rating", "updatedAt");
