-- AlterTable
ALTER TABLE "ConsolidatedReport" ADD COLUMN     "compiledModel" JSONB,
ADD COLUMN     "previousModel" JSONB;
