import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePdfBrowsers } from "../pdf/render-pdf";
import { count, openDocx, paragraphs, tables } from "../testing/docx-xml";
import { EXIT, runExport } from "./run-export";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestPostgres("pt_report_export_cli");
  await setupDatabase(db, { demo: true });
}, 240_000);

afterAll(async () => {
  await closePdfBrowsers();
  await db?.destroy();
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const open = async () => ({ prisma: db.prisma, close: async () => {} });
const now = () => new Date("2025-12-01T02:00:00Z");

describe("report:export on the demo database", () => {
  it("writes the three files of a period with the report's stored particulars and edits, printing SHA-256s", async () => {
    const period = await db.prisma.reportingPeriod.findFirstOrThrow({
      where: { year: 2025, plan: { symbol: "182/KH-UBND" } },
      select: { id: true },
    });
    await db.prisma.consolidatedReport.upsert({
      where: { periodId: period.id },
      create: {
        periodId: period.id,
        number: "45",
        documentDate: new Date("2025-12-04T00:00:00Z"),
        signerAuthority: "KT. GIÁM ĐỐC",
        signerTitle: "PHÓ GIÁM ĐỐC",
        signerName: "Trần Văn Minh",
        recipients: ["UBND tỉnh (b/c)", "Lưu: VT, CCBVMT"],
        narrative: {
          blocks: {
            introduction: {
              text: "Phần mở đầu do chuyên viên viết lại.",
              basis: "",
              editedAt: "",
              editedBy: "",
            },
          },
        },
      },
      update: {},
    });

    const dir = mkdtempSync(join(tmpdir(), "report-export-"));
    const { io, out, err } = capture();
    const code = await runExport(["--plan", "182/KH-UBND", "--year", "2025", "--out", "files"], io, open, {
      cwd: dir,
      now,
    });
    expect(err).toEqual([]);
    expect(code).toBe(EXIT.OK);
    expect(out).toHaveLength(3);
    for (const [index, ext] of ["docx", "xlsx", "pdf"].entries()) {
      const path = join(dir, "files", `bao-cao-182-KH-UBND-nam-2025.${ext}`);
      const sha = createHash("sha256").update(readFileSync(path)).digest("hex");
      expect(out[index]).toBe(`${path}  sha256=${sha}`);
    }

    const docx = await openDocx(readFileSync(join(dir, "files", "bao-cao-182-KH-UBND-nam-2025.docx")));
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts).toContain("Số: 45/BC-STNMT");
    expect(texts).toContain("Kiên Giang, ngày 04 tháng 12 năm 2025");
    expect(texts).toContain("Phần mở đầu do chuyên viên viết lại.");
    expect(texts).toContain("Trần Văn Minh");
    expect(texts).toContain("- Lưu: VT, CCBVMT.");
    const annex = tables(docx.document).at(-1) ?? "";
    expect(count(annex, /<w:tr>/g)).toBe(1 + 17);
  });

  it("says which is wrong: an unknown plan, or a year the plan has no period for", async () => {
    const unknown = capture();
    expect(
      await runExport(["--plan", "999/KH-UBND", "--year", "2025", "--out", "x"], unknown.io, open, {
        cwd: tmpdir(),
      }),
    ).toBe(EXIT.NOT_FOUND);
    expect(unknown.err.join("\n")).toContain("Không tìm thấy kế hoạch «999/KH-UBND»");

    const year = capture();
    expect(
      await runExport(["--plan", "182/KH-UBND", "--year", "2019", "--out", "x"], year.io, open, {
        cwd: tmpdir(),
      }),
    ).toBe(EXIT.NOT_FOUND);
    expect(year.err.join("\n")).toContain(
      "Kế hoạch «182/KH-UBND» chưa có kỳ báo cáo năm 2019 (các năm có kỳ báo cáo: 2021, 2022, 2023, 2024, 2025, 2026).",
    );
  });

  it("refuses missing or malformed arguments before opening the database", async () => {
    const never = async () => {
      throw new Error("the database must not be opened");
    };
    for (const [argv, message] of [
      [["--plan", "182/KH-UBND", "--year", "2025"], "Thiếu --plan, --year hoặc --out."],
      [["--plan", "182/KH-UBND", "--year", "năm nay", "--out", "x"], "Năm «năm nay» không hợp lệ"],
      [["--plan", "--year", "2025", "--out", "x"], "Tham số không hợp lệ: «--plan»."],
      [["--what", "x"], "Tham số không hợp lệ: «--what»."],
    ] as const) {
      const { io, err } = capture();
      expect(await runExport([...argv], io, never, { cwd: tmpdir() })).toBe(EXIT.USAGE);
      expect(err.join("\n")).toContain(message);
    }
  });
});
