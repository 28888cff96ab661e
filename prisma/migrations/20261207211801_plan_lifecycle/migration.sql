-- AlterEnum
BEGIN;
CREATE TYPE "PlanStatus_new" AS ENUM ('DRAFT', 'ACTIVE', 'EXPIRED', 'REPLACED');
ALTER TABLE "public"."Plan" ALTER COLUMN "status" DROP DEFAULT;
-- A plan COMPLETED or ARCHIVED under the old statuses is out of force: EXPIRED keeps it read-only and off the
-- agencies' lists, as both did. No plan had either status in the product (nothing set them), but a database
-- edited by hand may.
ALTER TABLE "Plan" ALTER COLUMN "status" TYPE "PlanStatus_new" USING (
  CASE "status"::text WHEN 'COMPLETED' THEN 'EXPIRED' WHEN 'ARCHIVED' THEN 'EXPIRED' ELSE "status"::text END
)::"PlanStatus_new";
ALTER TYPE "PlanStatus" RENAME TO "PlanStatus_old";
ALTER TYPE "PlanStatus_new" RENAME TO "PlanStatus";
DROP TYPE "public"."PlanStatus_old";
ALTER TABLE "Plan" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "replacedById" TEXT,
ADD COLUMN     "replacedByText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A plan out of force (EXPIRED, REPLACED) is read-only with its whole history: no period opens or changes,
-- no update, agency report or consolidated report is written. Enforced here, under every writer (pages,
-- API, command lines, jobs); the message is recognised by core's toAppError (PLAN_NOT_IN_FORCE).
CREATE FUNCTION "refuse_write_to_plan_out_of_force"() RETURNS trigger AS $$
DECLARE
  plan_status TEXT;
BEGIN
  IF TG_TABLE_NAME = 'ReportingPeriod' THEN
    SELECT "status"::text INTO plan_status FROM "Plan" WHERE "id" = NEW."planId";
  ELSE
    SELECT p."status"::text INTO plan_status
      FROM "ReportingPeriod" r JOIN "Plan" p ON p."id" = r."planId"
      WHERE r."id" = NEW."periodId";
  END IF;
  IF plan_status IN ('EXPIRED', 'REPLACED') THEN
    RAISE EXCEPTION 'plan_not_in_force: % of a plan out of force (%)', TG_TABLE_NAME, plan_status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReportingPeriod_plan_in_force" BEFORE INSERT OR UPDATE ON "ReportingPeriod"
  FOR EACH ROW EXECUTE FUNCTION "refuse_write_to_plan_out_of_force"();
CREATE TRIGGER "ProgressUpdate_plan_in_force" BEFORE INSERT OR UPDATE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION "refuse_write_to_plan_out_of_force"();
CREATE TRIGGER "AgencySubmission_plan_in_force" BEFORE INSERT OR UPDATE ON "AgencySubmission"
  FOR EACH ROW EXECUTE FUNCTION "refuse_write_to_plan_out_of_force"();
CREATE TRIGGER "ConsolidatedReport_plan_in_force" BEFORE INSERT OR UPDATE ON "ConsolidatedReport"
  FOR EACH ROW EXECUTE FUNCTION "refuse_write_to_plan_out_of_force"();
