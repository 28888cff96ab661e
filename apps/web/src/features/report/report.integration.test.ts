import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewSubmission } from "@/features/submission-review/review-submission";
import { loadAgencySubmission } from "@/features/submissions/data";
import { submitAgencyReport } from "@/features/submissions/submit-agency-report";
import {
  createWorld,
  destroyWorld,
  refusal,
  tasksOf,
  type World,
  writeUpdate,
} from "@/features/submissions/testing";
import { compilePeriodReport } from "./compile-report";
import { loadReportPage, loadVersionFile } from "./data";
import { saveReportBlock, saveReportSettings } from "./edit-report";
import { finalizeReport, markReportSent, reopenReport } from "./finalize-report";

let world: World;

/** The agency's approver sends what its staff wrote, and the compiler accepts it. */
async function sendAndAccept(orgCode: "STNMT" | "SKHDT") {
  const organizationId = world.org[orgCode] as string;
  const approver = orgCode === "STNMT" ? world.actors.approver : world.actors.otherApprover;
  const view = await loadAgencySubmission(world.db.prisma, approver, world.periodId, organizationId);
  await submitAgencyReport(world.db.prisma, approver, {
    periodId: world.periodId,
    organizationId,
    coverSummary: view.submission?.coverSummary ?? "",
    coverBase: view.coverBase,
    reviewedDigest: view.reviewedDigest,
  });
  const sent = await world.db.prisma.submissionSnapshot.findFirstOrThrow({
    where: { submission: { periodId: world.periodId, organizationId } },
    orderBy: { sequence: "desc" },
  });
  await reviewSubmission(world.db.prisma, world.actors.compiler, {
    decision: "accept",
    input: { periodId: world.periodId, organizationId, sequence: sent.sequence },
  });
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "pt-report-"));
  world = await createWorld("pt_report");
  const [task] = await tasksOf(world, "STNMT");
  await writeUpdate(world, {
    orgCode: "STNMT",
    taskId: task?.id as string,
    author: world.actors.staff,
    results: "Đã ban hành kế hoạch quan trắc môi trường năm 2032.",
  });
  const [other] = await tasksOf(world, "SKHDT");
  await writeUpdate(world, {
    orgCode: "SKHDT",
    taskId: other?.id as string,
    author: world.actors.otherStaff,
    results: "Đã bố trí vốn đầu tư công cho các dự án ứng phó biến đổi khí hậu.",
  });
  await sendAndAccept("STNMT");
});

afterAll(async () => {
  await destroyWorld(world);
});

const page = () => loadReportPage(world.db.prisma, world.actors.compiler, world.periodId);

describe("the consolidated report", () => {
  it("is compiled only by the focal agency's compilers", async () => {
    // Before anything is compiled: staff learn that they may not finalize, not that nothing is compiled.
    const finalize = (actor: typeof world.actors.staff) =>
      refusal(finalizeReport(world.db.prisma, actor, { periodId: world.periodId, version: 1 }));
    expect(await finalize(world.actors.staff)).toEqual({ code: "FORBIDDEN", reason: undefined });
    expect(await finalize(world.actors.compiler)).toEqual({ code: "CONFLICT", reason: "notCompiled" });
    expect(await refusal(compilePeriodReport(world.db.prisma, world.actors.staff, world.periodId))).toEqual({
      code: "FORBIDDEN",
      reason: undefined,
    });
    expect(
      await refusal(compilePeriodReport(world.db.prisma, world.actors.leader, world.periodId)),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    // A leader reads the draft; a viewer does not (until finalized).
    expect((await loadReportPage(world.db.prisma, world.actors.leader, world.periodId)).model).toBeNull();
    expect(await refusal(loadReportPage(world.db.prisma, world.actors.viewer, world.periodId))).toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
  });

  it("compiles from accepted reports, flags the rest, and keeps edits across re-compilation", async () => {
    await compilePeriodReport(world.db.prisma, world.actors.compiler, world.periodId);
    let view = await page();
    const model = view.model;
    if (!model || !view.report) throw new Error("compiled");
    expect(model.overview.agencies.accepted).toBe(1);
    expect(model.missing.map((m) => m.organization)).toContain("Sở Kế hoạch và Đầu tư");
    expect(model.annex).toHaveLength(17);
    // Sở TN&MT's text is in the report: as the lead's results or as its contribution, attributed.
    const printed = model.sections
      .flatMap((s) => s.tasks)
      .flatMap((t) => [t.results.text, ...t.contributions.map((c) => `${c.organization}: ${c.text}`)]);
    expect(printed.filter((text) => text.includes("quan trắc môi trường năm 2032"))).toHaveLength(1);

    const version = view.report.version;
    await saveReportBlock(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version,
      key: "nextYear",
      text: "- Hoàn thành quy hoạch tài nguyên nước.\n- Tăng cường kiểm tra môi trường.",
    });
    // A form read before that save is refused, not merged.
    expect(
      await refusal(
        saveReportBlock(world.db.prisma, world.actors.compiler, {
          periodId: world.periodId,
          version,
          key: "introduction",
          text: "Một đoạn khác.",
        }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "staleVersion" });

    // Sở KH&ĐT's report is accepted later; re-compiling picks it up and keeps the edit.
    await sendAndAccept("SKHDT");
    await compilePeriodReport(world.db.prisma, world.actors.compiler, world.periodId);
    view = await page();
    expect(view.model?.overview.agencies.accepted).toBe(2);
    expect(view.model?.nextYear).toMatchObject({
      text: "- Hoàn thành quy hoạch tài nguyên nước.\n- Tăng cường kiểm tra môi trường.",
      edited: true,
    });
    expect(view.changes?.agenciesAdded).toEqual(["Sở Kế hoạch và Đầu tư"]);
  });

  it("finalizes a version with its files and checksums, then needs a new version for a change", async () => {
    let view = await page();
    await saveReportSettings(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version: view.report?.version as number,
      number: "",
      documentDate: "2032-12-03",
      signerAuthority: "KT. GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Trần Văn B",
      recipients: ["UBND tỉnh (báo cáo);", "Lưu: VT."],
    });
    view = await page();
    expect(view.model?.header.date).toBe("2032-12-03");
    expect(view.model?.signer.name).toBe("Trần Văn B");

    const { versionNumber } = await finalizeReport(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version: view.report?.version as number,
    });
    expect(versionNumber).toBe(1);
    view = await page();
    expect(view.report?.state).toBe("FINAL");
    const [v1] = view.versions;
    expect(v1?.files.map((f) => f.fileName.split(".").at(-1)).sort()).toEqual(["docx", "pdf", "xlsx"]);
    for (const f of v1?.files ?? []) {
      const stored = await loadVersionFile(world.db.prisma, world.actors.viewer, f.id);
      const bytes = await readFile(path.join(process.env.UPLOAD_DIR as string, stored.storageKey));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
    }
    const row = await world.db.prisma.reportVersion.findFirstOrThrow({ where: { id: v1?.id } });
    expect(row.docxSha256).toBe(v1?.files.find((f) => f.fileName.endsWith(".docx"))?.sha256);

    // Frozen: no edit, no second finalization, no re-compilation.
    const current = view.report?.version as number;
    expect(
      await refusal(
        saveReportBlock(world.db.prisma, world.actors.compiler, {
          periodId: world.periodId,
          version: current,
          key: "introduction",
          text: "Sửa sau khi hoàn tất.",
        }),
      ),
    ).toEqual({ code: "CONFLICT", reason: "notDraft" });
    expect(
      await refusal(compilePeriodReport(world.db.prisma, world.actors.compiler, world.periodId)),
    ).toEqual({
      code: "CONFLICT",
      reason: "notDraft",
    });

    await markReportSent(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version: current,
      number: "245",
      sentOn: "2032-12-04",
    });
    view = await page();
    expect(view.report).toMatchObject({ state: "SENT", number: "245" });

    await reopenReport(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version: view.report?.version as number,
    });
    view = await page();
    expect(view.report?.state).toBe("DRAFT");
    const second = await finalizeReport(world.db.prisma, world.actors.compiler, {
      periodId: world.periodId,
      version: view.report?.version as number,
    });
    expect(second.versionNumber).toBe(2);
    view = await page();
    expect(view.versions.map((v) => v.number)).toEqual([2, 1]);

    const actions = await world.db.prisma.auditEvent.findMany({
      where: { planId: world.planId, action: { startsWith: "report." } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "report.compile",
      "report.edit",
      "report.recompile",
      "report.settings",
      "report.finalize",
      "report.markSent",
      "report.reopen",
      "report.finalize",
    ]);
    expect(new Set(actions.map((a) => a.actorId))).toEqual(new Set([world.actors.compiler.userId]));
    // The report page's log shows the same, newest first, with the compiler's name.
    const log = (await page()).history;
    expect(log.map((e) => e.action)).toEqual(actions.map((a) => a.action).reverse());
    expect(new Set(log.map((e) => e.actorName))).toEqual(new Set([world.actors.compiler.name]));
  }, 120_000);
});
