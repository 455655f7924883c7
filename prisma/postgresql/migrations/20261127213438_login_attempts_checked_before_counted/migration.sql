-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ALTER COLUMN "succeeded" DROP NOT NULL;

-- Attempts from before this migration were checked when they were made.
UPDATE "LoginAttempt" SET "checkedAt" = "createdAt";
