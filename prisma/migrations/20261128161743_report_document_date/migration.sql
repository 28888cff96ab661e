-- AlterTable
ALTER TABLE "ConsolidatedReport" ADD COLUMN     "documentDate" DATE,
ADD COLUMN     "signerAuthority" TEXT NOT NULL DEFAULT '';
