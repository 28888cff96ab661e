/**
 * `pnpm plan:import FILE` (no --dry-run): parse against the database's own directory, refuse clearly
 * (organizations the directory lacks, unless --yes; an existing plan number; anything the
 * review would flag), otherwise create the plan in one transaction and print what was created.
 */

import type { PrismaClient } from "@plan-tracker/db";
import { importPlan } from "../index";
import {
  createPlanFromImport,
  findSamePlan,
  isPlanImportError,
  reviewedFromParsed,
  reviewProblems,
} from "../persist/index";
import type { CliIo } from "./run-import";

export interface CliDatabase {
  prisma: PrismaClient;
  close(): Promise<void>;
}

export interface CreateOptions {
  fileName: string;
  format: "text" | "markdown" | undefined;
  createOrganizations: boolean;
}

/** Exit codes: 0 created, 1 unreadable document, 3 needs review, 4 plan exists, 5 database failure. */
export async function createFromCli(
  bytes: Uint8Array,
  options: CreateOptions,
  io: CliIo,
  openDatabase: () => Promise<CliDatabase>,
): Promise<number> {
  let db: CliDatabase;
  try {
    db = await openDatabase();
  } catch (error) {
    io.err(`Không mở được cơ sở dữ liệu: ${(error as Error).message}`);
    return 5;
  }
  try {
    const directory = await db.prisma.organization.findMany({
      select: { code: true, name: true, shortName: true, aliases: true, kind: true },
      orderBy: { code: "asc" },
    });
    const parsed = await importPlan(bytes, { directory, fileName: options.fileName, format: options.format });
    if (!parsed.ok) {
      io.err(parsed.error.message);
      return 1;
    }
    const codes = directory.map((o) => o.code);
    const reviewed = reviewedFromParsed(parsed.value, { directoryCodes: codes });
    if (reviewed.newOrganizations.length > 0 && !options.createOrganizations) {
      io.err(
        [
          `Văn bản nêu ${reviewed.newOrganizations.length} cơ quan chưa có trong danh mục:`,
          ...reviewed.newOrganizations.map((o) => `  - ${o.name} (mã đề xuất ${o.code}, loại ${o.kind})`),
          "Hãy thêm các cơ quan này vào danh mục (hoặc sửa tên trong văn bản), hoặc chạy lại với --yes để tạo mới theo mã đề xuất.",
        ].join("\n"),
      );
      return 3;
    }
    const problems = reviewProblems(reviewed, new Set(codes));
    if (problems.length > 0) {
      io.err(
        [
          "Chưa thể tạo kế hoạch, cần kiểm tra trên màn hình Nhập kế hoạch (/plans/import):",
          ...problems.map((p) => `  - ${p.message}`),
        ].join("\n"),
      );
      return 3;
    }
    const same = await findSamePlan(db.prisma, reviewed.symbol ?? "", reviewed.issuedOn);
    if (same) {
      io.err(
        `Kế hoạch số ${same.symbol} đã có trong cơ sở dữ liệu (/plans/${same.id}). Không tạo trùng; để cập nhật theo văn bản điều chỉnh, bổ sung, hãy dùng «Nhập lại / điều chỉnh» trên trang kế hoạch.`,
      );
      return 4;
    }
    const created = await db.prisma.$transaction(
      (tx) => createPlanFromImport(tx, reviewed, { actorId: null }),
      { timeout: 120_000, maxWait: 20_000 },
    );
    io.out(
      [
        `Đã tạo Kế hoạch số ${created.symbol} (mã ${created.planId}, /plans/${created.planId}):`,
        `  ${created.sections} mục, ${created.tasks} nhiệm vụ, ${created.actionItems} nội dung công việc`,
        created.organizationsCreated.length > 0
          ? `  Cơ quan tạo mới: ${created.organizationsCreated.join(", ")}`
          : "  Không tạo thêm cơ quan nào",
        ...reviewed.tasks.map((t) => `  ${t.code}: chủ trì ${t.leadCode ?? t.leadScopePhrase ?? "?"}`),
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (isPlanImportError(error)) {
      io.err(error.message);
      return error.code === "PLAN_EXISTS" ? 4 : 3;
    }
    io.err(`Lỗi khi ghi cơ sở dữ liệu, không có gì được tạo: ${(error as Error).message}`);
    return 5;
  } finally {
    await db.close();
  }
}
