-- CreateTable
CREATE TABLE "ClaimSubject" (
    "claimId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,

    CONSTRAINT "ClaimSubject_pkey" PRIMARY KEY ("speakerId","claimId")
);

-- CreateIndex
CREATE INDEX "ClaimSubject_claimId_idx" ON "ClaimSubject"("claimId");

-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source"("title");

-- AddForeignKey
ALTER TABLE "ClaimSubject" ADD CONSTRAINT "ClaimSubject_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSubject" ADD CONSTRAINT "ClaimSubject_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
