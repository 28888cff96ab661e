-- Reorganizations as data (docs/reorganization.md): events with their legal basis, predecessor → successor
-- links, and per-task choices for splits. Organization.successorId (one successor, no date, no basis) gives
-- way to them: each existing pair becomes a RENAME event effective the day the successor begins (or the day
-- after the predecessor ends), its basis to be filled in from the decision.

-- CreateEnum
CREATE TYPE "ReorganizationKind" AS ENUM ('MERGE', 'SPLIT', 'RENAME', 'ABOLISH', 'TRANSFER');

-- CreateTable
CREATE TABLE "ReorganizationEvent" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ReorganizationKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "basisNumber" TEXT NOT NULL DEFAULT '',
    "basisDate" DATE,
    "basisIssuer" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReorganizationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReorganizationLink" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT,
    "function" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReorganizationLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskDutyChoice" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "chosenById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskDutyChoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReorganizationEvent_code_key" ON "ReorganizationEvent"("code");

-- CreateIndex
CREATE INDEX "ReorganizationEvent_effectiveOn_idx" ON "ReorganizationEvent"("effectiveOn");

-- CreateIndex
CREATE INDEX "ReorganizationLink_predecessorId_idx" ON "ReorganizationLink"("predecessorId");

-- CreateIndex
CREATE INDEX "ReorganizationLink_successorId_idx" ON "ReorganizationLink"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "ReorganizationLink_eventId_predecessorId_successorId_key" ON "ReorganizationLink"("eventId", "predecessorId", "successorId");

-- CreateIndex
CREATE INDEX "TaskDutyChoice_taskId_idx" ON "TaskDutyChoice"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskDutyChoice_eventId_taskId_predecessorId_key" ON "TaskDutyChoice"("eventId", "taskId", "predecessorId");

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ReorganizationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReorganizationLink" ADD CONSTRAINT "ReorganizationLink_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDutyChoice" ADD CONSTRAINT "TaskDutyChoice_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ReorganizationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDutyChoice" ADD CONSTRAINT "TaskDutyChoice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDutyChoice" ADD CONSTRAINT "TaskDutyChoice_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDutyChoice" ADD CONSTRAINT "TaskDutyChoice_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each existing predecessor → successor pair, kept as an event before the column goes.
INSERT INTO "ReorganizationEvent" ("id", "code", "kind", "effectiveOn", "title", "note")
SELECT 'migrated-' || o."id", 'MIGRATED-' || o."code" || '-' || s."code", 'RENAME',
  COALESCE(s."validFrom", o."validTo" + 1, CURRENT_DATE), o."name" || ' → ' || s."name", COALESCE(o."note", '')
FROM "Organization" o JOIN "Organization" s ON s."id" = o."successorId";
INSERT INTO "ReorganizationLink" ("id", "eventId", "predecessorId", "successorId")
SELECT 'migrated-' || o."id", 'migrated-' || o."id", o."id", o."successorId"
FROM "Organization" o WHERE o."successorId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Organization" DROP CONSTRAINT "Organization_successorId_fkey";

-- AlterTable
ALTER TABLE "Organization" DROP COLUMN "successorId";
