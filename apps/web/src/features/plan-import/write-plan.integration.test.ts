import { AppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { readStoredReviewedPlan } from "@plan-tracker/plan-import/persist";
import { readPlan182Source } from "@plan-tracker/prisma/data/plan-182/source-file";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, closeAppClient } from "@/testing/integration";
import { uploadPlanDraft } from "./upload-draft";
import { applyReimportDraft, createPlanFromDraft } from "./write-plan";

let db: TestDatabase;
let planId: string;

beforeAll(async () => {
  db = await createTestPostgres("pt_plan_import_write");
  ({ planId } = await setupDatabase(db, { demo: true }));
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

const text = () => readPlan182Source().slice(0, 3000);
const compiler = () => actorFor(db.prisma, "tonghop@kiengiang.example");
const staff = () => actorFor(db.prisma, "chuyenvien.stnmt@kiengiang.example");

describe("plan import's domain functions", () => {
  it("uploads a draft only for those who may import, audited", async () => {
    const refused = await refusal(
      uploadPlanDraft(db.prisma, await staff(), { source: { kind: "text", text: text() }, limitMb: 10 }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    const empty = await refusal(
      uploadPlanDraft(db.prisma, await compiler(), {
        source: { kind: "none", emptyFileChosen: false },
        limitMb: 10,
      }),
    );
    expect([empty.code, empty.details?.reason]).toEqual(["VALIDATION", "NO_INPUT"]);

    const { draftId } = await uploadPlanDraft(
      db.prisma,
      await compiler(),
      { source: { kind: "text", text: text() }, limitMb: 10 },
      { ip: "127.0.0.1" },
    );
    const audit = await db.prisma.auditEvent.findFirst({
      where: { action: "planImport.upload", entityId: draftId },
    });
    expect(audit?.ip).toBe("127.0.0.1");
  });

  it("creates from the stored draft: another user's draft is NOT_FOUND, a refusal leaves it unused", async () => {
    const actor = await compiler();
    const { draftId } = await uploadPlanDraft(db.prisma, actor, {
      source: { kind: "text", text: text() },
      limitMb: 10,
    });
    expect((await refusal(createPlanFromDraft(db.prisma, await staff(), { draftId }))).code).toBe(
      "NOT_FOUND",
    );

    // The stored draft names no focal agency (the head of the text does not say): creating it needs an
    // administrator.
    expect((await refusal(createPlanFromDraft(db.prisma, actor, { draftId }))).code).toBe("FORBIDDEN");
    const draft = await db.prisma.planImportDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.consumedAt).toBeNull();
    const stored = readStoredReviewedPlan(draft.reviewed);
    expect(stored.focalCode).toBeNull();

    // The review's edits are what is stored and judged: Sở TN&MT, the compiler's own agency. Plan 182
    // exists, so the plan is refused as a duplicate, naming it; the refusal rolls the edits back.
    const edited = { ...stored, focalCode: "STNMT", reportDueDay: 5, reportDueMonth: 12 };
    const exists = await refusal(createPlanFromDraft(db.prisma, actor, { draftId, reviewed: edited }));
    expect(exists.details?.reason, exists.message).toBe("PLAN_EXISTS");
    expect(exists.code).toBe("CONFLICT");
    expect(exists.details?.params).toEqual({ existingPlanId: planId });
    const after = await db.prisma.planImportDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(after.consumedAt).toBeNull();
    expect(readStoredReviewedPlan(after.reviewed).focalCode).toBeNull();
  });

  it("re-imports only one's own draft of a plan one manages, once", async () => {
    const actor = await compiler();
    const { draftId } = await uploadPlanDraft(db.prisma, actor, {
      planId,
      source: { kind: "text", text: text() },
      limitMb: 10,
    });
    expect(
      (await refusal(applyReimportDraft(db.prisma, await staff(), { draftId, createOrganizations: false })))
        .code,
    ).toBe("NOT_FOUND");
    // A re-import draft is not a new plan's.
    expect((await refusal(createPlanFromDraft(db.prisma, actor, { draftId }))).code).toBe("NOT_FOUND");
    await db.prisma.planImportDraft.update({ where: { id: draftId }, data: { consumedAt: new Date() } });
    const used = await refusal(applyReimportDraft(db.prisma, actor, { draftId, createOrganizations: false }));
    expect([used.code, used.details?.reason]).toEqual(["CONFLICT", "DRAFT_USED"]);
  });
});
