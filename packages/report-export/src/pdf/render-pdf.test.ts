import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAppError } from "@plan-tracker/core";
import { afterAll, describe, expect, it } from "vitest";
import { sampleModel } from "../testing/sample-model";
import { closePdfBrowsers, pdfBrowserLaunches, printHtmlToPdf, renderReportPdf } from "./render-pdf";

afterAll(async () => {
  await closePdfBrowsers();
});

/** Page count from the PDF's page tree (Chromium writes one /Type /Pages root with /Count). */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString("latin1").matchAll(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...counts);
}

describe("renderReportPdf", () => {
  it("prints the report through Chromium: a PDF of several A4 pages, the annex landscape", async () => {
    const pdf = await renderReportPdf(sampleModel());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);

    // pdfinfo (poppler) reads the page sizes where it is installed, as on the development machines.
    let info = "";
    try {
      const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
      writeFileSync(join(dir, "r.pdf"), pdf);
      info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", join(dir, "r.pdf")], { encoding: "utf8" });
    } catch {
      return;
    }
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes[sizes.length - 1]).toEqual([842, 595]);
  });

  it("prints many PDFs with one Chromium, two at a time", async () => {
    const before = pdfBrowserLaunches();
    const pdfs = await Promise.all(Array.from({ length: 5 }, (_, i) => printHtmlToPdf(`<p>Trang ${i}</p>`)));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The first test may have started it already: at most one more start for all five.
    expect(pdfBrowserLaunches() - before).toBeLessThanOrEqual(1);
    expect(pdfBrowserLaunches()).toBe(1);
  });

  it("fails clearly when Chromium is not there", async () => {
    await expect(renderReportPdf(sampleModel(), { chromiumPath: "/nonexistent/chromium" })).rejects.toThrow(
      /nonexistent/,
    );
  });
});

describe("PDF on a server without Chromium", () => {
  it("refuses with a reason the app turns into what to install", async () => {
    const error = await printHtmlToPdf("<p>x</p>", { chromiumPath: "/nonexistent/chromium" }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: "UNAVAILABLE", details: { reason: "pdfRendererMissing" } });
  });
});
