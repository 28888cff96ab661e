/**
 * `pnpm bench:report [TASKS] [--skip-pdf]`: times compiling and exporting the report of a synthetic plan (1,000 tasks by
 * default). Prints `report.compile_export_ms` (compile + DOCX + XLSX, median of 5 runs after a warm-up)
 * and `report.pdf_ms` (HTML + Chromium print, median of 3). Target: compile + export under 2,000 ms.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { compileReport } from "@plan-tracker/core";
import { renderReportDocx } from "../src/docx/render-docx";
import { closePdfBrowsers, renderReportPdf } from "../src/pdf/render-pdf";
import { renderReportXlsx } from "../src/xlsx/render-xlsx";
import { syntheticSource } from "./synthetic-source";

const args = process.argv.slice(2);
const taskCount = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const skipPdf = args.includes("--skip-pdf");
const source = syntheticSource(taskCount);
const now = new Date("2026-12-01T02:00:00Z");

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timeCompileExport() {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const model = compileReport(source, { now });
  const compiled = performance.now();
  const [docx, xlsx] = await Promise.all([renderReportDocx(model), renderReportXlsx(model)]);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    total: end - start,
    compile: compiled - start,
    // CPU time of this process: on a shared machine the wall time also counts others' work.
    cpu: (used.user + used.system) / 1000,
    docxBytes: docx.length,
    xlsxBytes: xlsx.length,
  };
}

await timeCompileExport(); // warm-up: module loading and JIT
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await timeCompileExport());
const last = runs[runs.length - 1];
console.log(`report.tasks=${taskCount}`);
console.log(`report.compile_ms=${Math.round(median(runs.map((r) => r.compile)))}`);
console.log(`report.compile_export_ms=${Math.round(median(runs.map((r) => r.total)))}`);
console.log(`report.compile_export_cpu_ms=${Math.round(median(runs.map((r) => r.cpu)))}`);
console.log(`report.load_average=${loadavg()[0]?.toFixed(1)} (cores: ${cpus().length})`);
console.log(`report.docx_bytes=${last?.docxBytes} report.xlsx_bytes=${last?.xlsxBytes}`);

if (skipPdf) process.exit(0);
const model = compileReport(source, { now });
const pdfRuns = [];
let pdfBytes = 0;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const pdf = await renderReportPdf(model);
  pdfRuns.push(performance.now() - start);
  pdfBytes = pdf.length;
}
console.log(`report.pdf_ms=${Math.round(median(pdfRuns))}`);
console.log(`report.pdf_bytes=${pdfBytes}`);
// The shared Chromium would keep the benchmark running after it printed its figures.
await closePdfBrowsers();
