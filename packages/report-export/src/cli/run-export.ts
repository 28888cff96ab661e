/**
 * The `report:export` command, apart from process globals so it can be tested: arguments in, text out, an
 * exit code back. Writes the DOCX, XLSX and PDF of one period's report and prints each path and SHA-256.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@plan-tracker/db";
import { exportReport } from "../export-report";
import type { PdfOptions } from "../pdf/render-pdf";
import { findPeriodOfPlan, loadPrintedModel } from "../printed-model";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliDatabase {
  prisma: PrismaClient;
  close: () => Promise<void>;
}

export interface ExportCliOptions {
  /** Relative --out paths resolve against this (the caller's folder: INIT_CWD under pnpm). */
  cwd: string;
  now?: () => Date;
  pdf?: PdfOptions;
}

/** Exit codes of sysexits.h: the caller's scripts can tell a typo from a missing plan from a failure. */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 64, NOT_FOUND: 66 } as const;

const USAGE = `Cách dùng: pnpm report:export --plan 182/KH-UBND --year 2026 --out THƯ-MỤC

  Xuất báo cáo tổng hợp của kỳ báo cáo (năm) của kế hoạch thành ba tệp DOCX, XLSX (phụ lục) và PDF vào
  THƯ-MỤC, rồi in đường dẫn và mã SHA-256 của từng tệp. Đọc cơ sở dữ liệu DATABASE_URL (hoặc cơ sở dữ liệu
  nhúng khi không đặt). Báo cáo được tổng hợp lại từ các báo cáo đã tiếp nhận, kèm phần lời văn đã chỉnh
  sửa và số, ngày, người ký, nơi nhận đã lưu.

  --plan   Số, ký hiệu của kế hoạch, đúng như khi ban hành: 182/KH-UBND
  --year   Năm của kỳ báo cáo: 2026
  --out    Thư mục ghi tệp (tạo nếu chưa có)`;

export async function runExport(
  argv: string[],
  io: CliIo,
  openDatabase: () => Promise<CliDatabase>,
  options: ExportCliOptions,
): Promise<number> {
  if (argv.includes("--help")) {
    io.out(USAGE);
    return EXIT.OK;
  }
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] ?? "";
    const value = argv[i + 1];
    if (!["--plan", "--year", "--out"].includes(name) || value === undefined || value.startsWith("--")) {
      io.err(`Tham số không hợp lệ: «${name}».\n\n${USAGE}`);
      return EXIT.USAGE;
    }
    values.set(name, value);
    i++;
  }
  const plan = values.get("--plan")?.trim();
  const yearText = values.get("--year")?.trim();
  const out = values.get("--out")?.trim();
  if (!plan || !yearText || !out) {
    io.err(`Thiếu --plan, --year hoặc --out.\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  if (!/^\d{4}$/.test(yearText)) {
    io.err(`Năm «${yearText}» không hợp lệ: ghi bốn chữ số, ví dụ 2026.`);
    return EXIT.USAGE;
  }
  const year = Number(yearText);

  let db: CliDatabase;
  try {
    db = await openDatabase();
  } catch (error) {
    io.err(`Không mở được cơ sở dữ liệu: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILURE;
  }
  try {
    const found = await findPeriodOfPlan(db.prisma, plan, year);
    if ("error" in found) {
      if (found.error === "PLAN_NOT_FOUND") {
        io.err(
          `Không tìm thấy kế hoạch «${plan}». Ghi số, ký hiệu đúng như khi ban hành, ví dụ 182/KH-UBND.`,
        );
      } else {
        const years =
          found.years.length > 0 ? `các năm có kỳ báo cáo: ${found.years.join(", ")}` : "chưa có kỳ nào";
        io.err(`Kế hoạch «${plan}» chưa có kỳ báo cáo năm ${year} (${years}).`);
      }
      return EXIT.NOT_FOUND;
    }
    const model = await loadPrintedModel(db.prisma, found.periodId, { now: options.now?.() ?? new Date() });
    const files = await exportReport(model, options.pdf);
    const dir = path.resolve(options.cwd, out);
    await mkdir(dir, { recursive: true });
    for (const file of Object.values(files)) {
      const target = path.join(dir, file.fileName);
      await writeFile(target, file.buffer);
      io.out(`${target}  sha256=${file.sha256}`);
    }
    return EXIT.OK;
  } catch (error) {
    io.err(`Xuất báo cáo không thành công: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILURE;
  } finally {
    await db.close().catch(() => {});
  }
}
