-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PlanImportDraft" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "planId" TEXT,
    "fileName" TEXT,
    "parsed" JSONB NOT NULL,
    "reviewed" JSONB NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanImportDraft_createdById_createdAt_idx" ON "PlanImportDraft"("createdById", "createdAt");
