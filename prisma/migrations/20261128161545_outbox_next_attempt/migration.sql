-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);
