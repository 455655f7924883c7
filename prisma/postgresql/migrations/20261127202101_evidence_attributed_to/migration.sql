-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "attributedToId" TEXT;

-- CreateIndex
CREATE INDEX "Evidence_attributedToId_idx" ON "Evidence"("attributedToId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_attributedToId_fkey" FOREIGN KEY ("attributedToId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;
