-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "textHash" TEXT;

-- CreateTable
CREATE TABLE "SpeakerAlias" (
    "id" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeakerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerAlias_alias_key" ON "SpeakerAlias"("alias");

-- CreateIndex
CREATE INDEX "SpeakerAlias_speakerId_idx" ON "SpeakerAlias"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_textHash_key" ON "Source"("textHash");

-- AddForeignKey
ALTER TABLE "SpeakerAlias" ADD CONSTRAINT "SpeakerAlias_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
