/**
 * `pnpm --filter @plan-tracker/report-export exec tsx src/testing/write-sample.ts DIR`: writes the sample
 * report in every format, to look at (docs/report-format.md says how).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderReportDocx } from "../docx/render-docx";
import { sampleModel } from "./sample-model";

const dir = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? "report-sample");
mkdirSync(dir, { recursive: true });
const model = sampleModel();
writeFileSync(join(dir, "sample.docx"), await renderReportDocx(model));
process.stdout.write(`${dir}\n`);
