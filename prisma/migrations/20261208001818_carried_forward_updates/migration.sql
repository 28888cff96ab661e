-- CreateEnum
CREATE TYPE "ResultScope" AS ENUM ('PERIOD', 'CUMULATIVE');

-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "resultScope" "ResultScope" NOT NULL DEFAULT 'PERIOD';

-- CreateIndex
CREATE INDEX "ProgressUpdate_carriedFromId_idx" ON "ProgressUpdate"("carriedFromId");

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
