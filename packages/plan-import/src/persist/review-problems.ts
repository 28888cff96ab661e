/**
 * What still stops a reviewed plan from being written, in words the compiler can act on. The review
 * screen lists these beside the confirm button; `createPlanFromImport` and `applyPlanDiff` refuse while
 * any remain.
 */

import type { ReviewedPlan } from "./reviewed-plan";

export type ReviewProblemCode =
  | "NO_SYMBOL"
  | "NO_ISSUED_ON"
  | "NO_ISSUER"
  | "NO_FOCAL"
  | "NO_REPORT_DUE"
  | "BAD_YEARS"
  | "NO_LEAD"
  | "UNKNOWN_ORGANIZATION"
  | "DUPLICATE_TASK_CODE"
  | "DUPLICATE_SECTION_CODE"
  | "UNKNOWN_SECTION"
  | "DUPLICATE_ORGANIZATION_CODE";

export interface ReviewProblem {
  code: ReviewProblemCode;
  message: string;
  taskCode?: string;
}

/** `directoryCodes`: the organizations that exist now; `newOrganizations` of the plan count as known. */
export function reviewProblems(plan: ReviewedPlan, directoryCodes: ReadonlySet<string>): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const add = (code: ReviewProblemCode, message: string, taskCode?: string) =>
    problems.push(taskCode ? { code, message, taskCode } : { code, message });
  const known = new Set(directoryCodes);
  for (const org of plan.newOrganizations) {
    if (known.has(org.code))
      add("DUPLICATE_ORGANIZATION_CODE", `Mã cơ quan mới «${org.code}» đã có trong danh mục: hãy đổi mã.`);
    known.add(org.code);
  }
  const unknown = (code: string | null) => code !== null && !known.has(code);

  if (!plan.symbol) add("NO_SYMBOL", "Chưa có số, ký hiệu văn bản (ví dụ 182/KH-UBND).");
  if (!plan.issuedOn) add("NO_ISSUED_ON", "Chưa có ngày ban hành.");
  if (!plan.issuerCode) add("NO_ISSUER", "Chưa chọn cơ quan ban hành.");
  else if (unknown(plan.issuerCode))
    add("UNKNOWN_ORGANIZATION", `Cơ quan ban hành «${plan.issuerCode}» không có trong danh mục.`);
  if (!plan.focalCode) add("NO_FOCAL", "Chưa chọn cơ quan đầu mối tổng hợp báo cáo.");
  else if (unknown(plan.focalCode))
    add("UNKNOWN_ORGANIZATION", `Cơ quan đầu mối «${plan.focalCode}» không có trong danh mục.`);
  // The day each report is due; its month only for a yearly report ("trước ngày 05 tháng 12 hằng năm").
  if (!plan.reportDueDay)
    add("NO_REPORT_DUE", "Chưa có ngày báo cáo UBND tỉnh (ví dụ trước ngày 20 hằng tháng).");
  else if (plan.reportingCycles.includes("ANNUAL") && !plan.reportDueMonth)
    add("NO_REPORT_DUE", "Chưa có tháng của báo cáo năm (ví dụ trước ngày 05 tháng 12 hằng năm).");
  if (plan.validToYear < plan.validFromYear)
    add("BAD_YEARS", "Năm kết thúc theo dõi phải từ năm bắt đầu trở đi.");

  const sectionCodes = new Set<string>();
  for (const s of plan.sections) {
    if (sectionCodes.has(s.code)) add("DUPLICATE_SECTION_CODE", `Mục «${s.code}» bị trùng mã.`);
    sectionCodes.add(s.code);
  }
  for (const s of plan.sections) {
    if (s.parentCode !== null && !sectionCodes.has(s.parentCode))
      add("UNKNOWN_SECTION", `Mục «${s.code}» nằm trong mục «${s.parentCode}» không tồn tại.`);
  }
  const taskCodes = new Set<string>();
  for (const t of plan.tasks) {
    if (taskCodes.has(t.code))
      add("DUPLICATE_TASK_CODE", `Nhiệm vụ «${t.code}» bị trùng mã: mỗi nhiệm vụ cần một mã riêng.`, t.code);
    taskCodes.add(t.code);
    if (!sectionCodes.has(t.sectionCode))
      add("UNKNOWN_SECTION", `Nhiệm vụ ${t.code} thuộc mục «${t.sectionCode}» không tồn tại.`, t.code);
    if (t.leadCode === null && t.leadScope === null)
      add("NO_LEAD", `Nhiệm vụ ${t.code}: chưa chọn cơ quan chủ trì.`, t.code);
    for (const code of [t.leadCode, ...t.coordinatorCodes]) {
      if (unknown(code))
        add(
          "UNKNOWN_ORGANIZATION",
          `Nhiệm vụ ${t.code}: cơ quan «${code}» chưa có trong danh mục; hãy xác nhận tạo mới hoặc chọn cơ quan khác.`,
          t.code,
        );
    }
  }
  return problems;
}
