/**
 * `pnpm --filter @plan-tracker/report-export exec tsx src/testing/write-sample.ts DIR`: writes the sample
 * report in every format (and its HTML), to look at as docs/report-format.md describes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { exportReport } from "../export-report";
import { renderReportHtml } from "../html/render-html";
import { sampleModel } from "./sample-model";

const dir = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? "report-sample");
mkdirSync(dir, { recursive: true });
const model = sampleModel();
const files = await exportReport(model);
for (const file of Object.values(files)) {
  writeFileSync(join(dir, file.fileName), file.buffer);
  process.stdout.write(`${join(dir, file.fileName)}  ${file.sha256}\n`);
}
writeFileSync(join(dir, "sample.html"), renderReportHtml(model));
