-- AlterEnum
ALTER TYPE "ReportingFrequency" ADD VALUE 'MONTHLY';

-- DropIndex
DROP INDEX "ReportingPeriod_planId_year_key";

-- AlterTable: a plan's single frequency becomes its list of cycles, value for value (nothing is lost).
ALTER TABLE "Plan" ADD COLUMN     "reportingCycles" "ReportingFrequency"[] DEFAULT ARRAY['ANNUAL']::"ReportingFrequency"[];
UPDATE "Plan" SET "reportingCycles" = ARRAY["reportingFrequency"];
ALTER TABLE "Plan" DROP COLUMN "reportingFrequency";

-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "cycle" "ReportingFrequency" NOT NULL DEFAULT 'ANNUAL',
ADD COLUMN     "index" INTEGER NOT NULL DEFAULT 1;

-- Every existing period was a plan's year: it becomes the ANNUAL period of that year (index 1, the defaults).
-- The index of a period within its year: 1 for the year, 1–2 halves, 1–4 quarters, 1–12 months.
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_index_in_cycle" CHECK (
  "index" >= 1 AND "index" <= CASE "cycle"::text
    WHEN 'ANNUAL' THEN 1 WHEN 'SEMIANNUAL' THEN 2 WHEN 'QUARTERLY' THEN 4 ELSE 12 END
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_planId_cycle_year_index_key" ON "ReportingPeriod"("planId", "cycle", "year", "index");
