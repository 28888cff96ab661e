import { formatDate } from "../dates/format";
import { deriveOfficialCategory } from "../status/derive-category";
import { officialCategoryLabel } from "../status/labels";
import { percentForStatus, rollUpPercent } from "../status/roll-up";
import { OFFICIAL_CATEGORIES, type OfficialCategory, type ReportedStatus } from "../status/types";
import { excerpt } from "../text/excerpt";
import {
  type AnnexRow,
  type Attributed,
  type AttributedGroup,
  type CategoryCounts,
  type MissingAgency,
  REPORT_MODEL_SCHEMA,
  type ReportModel,
  type ReportSection,
  type ReportTask,
  type TextBlock,
} from "./model";
import type { ReportSettings, ReportSource, SourceUpdate } from "./source";

export const DEFAULT_SIGNER = { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "" } as const;

/** The usual "Nơi nhận" of a yearly report to UBND tỉnh; the compiler edits it per report. */
export function defaultRecipients(): string[] {
  return [
    "UBND tỉnh (báo cáo);",
    "Bộ Tài nguyên và Môi trường;",
    "Các sở, ban, ngành tỉnh;",
    "UBND các huyện, thành phố;",
    "Lưu: VT.",
  ];
}

/** Generated text, not yet edited: the narrative overlay (./narrative.ts) puts the compiler's edits on it. */
export const block = (key: string, generated: string): TextBlock => ({
  key,
  generated,
  text: generated,
  edited: false,
  stale: false,
});

const isoToDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
const emptyCounts = (): CategoryCounts =>
  Object.fromEntries(OFFICIAL_CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
const round = (n: number | null) => (n === null ? null : Math.round(n));

interface Outcome {
  status: ReportedStatus;
  percent: number | null;
  completedOn: string | null;
}

/**
 * One status for a task from its leads' updates: the task-level updates where any were written, else its
 * action items'. Completed only when every part is; blocked when any part is; the percent is the mean of
 * the parts' percents (a completed part counts 100).
 */
export function combineOutcome(updates: readonly SourceUpdate[]): Outcome | null {
  if (updates.length === 0) return null;
  const taskLevel = updates.filter((u) => u.actionItemCode === null);
  const parts = taskLevel.length > 0 ? taskLevel : updates;
  const statuses = new Set(parts.map((u) => u.status));
  const completedOn = parts
    .map((u) => u.completedOn)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  let status: ReportedStatus;
  if (statuses.size === 1 && statuses.has("COMPLETED")) status = "COMPLETED";
  else if (statuses.has("BLOCKED")) status = "BLOCKED";
  else if ([...statuses].every((s) => s === "COMPLETED" || s === "DONE_THIS_YEAR")) status = "DONE_THIS_YEAR";
  else if (statuses.size === 1 && statuses.has("NOT_STARTED")) status = "NOT_STARTED";
  else status = "IN_PROGRESS";
  const percent = rollUpPercent(parts.map((u) => ({ percent: percentForStatus(u.status, u.percent) })));
  return {
    status,
    percent: round(percent),
    completedOn: status === "COMPLETED" ? (completedOn ?? null) : null,
  };
}

/**
 * An agency's text for a task: one paragraph, or one line per action item it reported on. Results given
 * as cumulative say so ("Lũy kế đến ngày 14/11/2026: …"), so the report never adds a total to a period's.
 */
function agencyText(
  updates: readonly SourceUpdate[],
  field: "results" | "difficulties" | "proposals",
  cumulativePrefix = "",
): string {
  const written = updates.filter((u) => u[field].trim() !== "");
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const u of written) {
    const raw = u[field].trim();
    const text = field === "results" && u.resultScope === "CUMULATIVE" ? `${cumulativePrefix}${raw}` : raw;
    if (seen.has(text)) continue; // the same sentence pasted on several items reads once
    seen.add(text);
    lines.push(u.actionItemCode && written.length > 1 ? `- ${u.actionItemCode}) ${text}` : text);
  }
  return lines.join("\n");
}

function categorySentence(taskCount: number, counts: CategoryCounts): string {
  const parts = OFFICIAL_CATEGORIES.filter((c) => counts[c] > 0).map(
    (c) => `${counts[c]} ${lowerFirst(officialCategoryLabel[c].vi)}`,
  );
  return `Có ${taskCount} nhiệm vụ${parts.length ? `: ${parts.join("; ")}` : ""}.`;
}

export interface CompileOptions {
  /** When the report is compiled; categories are judged at the earlier of this and the cut-off day. */
  now: Date;
  settings?: Partial<ReportSettings>;
}

/**
 * The consolidated report of a period from the agencies' accepted reports: counts by official category and
 * by section, each task's results from its lead with the coordinators' contributions, difficulties and
 * proposals grouped by section and attributed, and an annex of every task. Agencies whose report was not
 * accepted are listed as missing, and their tasks say so. Pure: the same source gives the same model.
 */
export function compileReport(source: ReportSource, options: CompileOptions): ReportModel {
  const { plan, period } = source;
  const cutoff = isoToDate(period.cutoffDate);
  const asOf = options.now.getTime() < cutoff.getTime() ? options.now : cutoff;
  const cumulative = `Lũy kế đến ngày ${formatDate(cutoff)}: `;
  const order = new Map(source.expected.map((a) => [a.id, a]));
  const nameOf = (id: string) => order.get(id)?.name ?? id;
  const byOrder = (a: string, b: string) =>
    (order.get(a)?.order ?? Number.MAX_SAFE_INTEGER) - (order.get(b)?.order ?? Number.MAX_SAFE_INTEGER);

  const accepted = source.submissions.filter((s) => s.state === "ACCEPTED");
  const acceptedIds = new Set(accepted.map((s) => s.organizationId));
  // taskCode → organizationId → that agency's accepted updates on the task
  const updatesOf = new Map<string, Map<string, SourceUpdate[]>>();
  for (const submission of accepted) {
    for (const update of submission.updates) {
      const perTask = updatesOf.get(update.taskCode) ?? new Map<string, SourceUpdate[]>();
      const list = perTask.get(submission.organizationId) ?? [];
      list.push(update);
      perTask.set(submission.organizationId, list);
      updatesOf.set(update.taskCode, perTask);
    }
  }

  const difficulties = new Map<string, Attributed[]>();
  const proposals = new Map<string, Attributed[]>();
  const collect = (target: Map<string, Attributed[]>, sectionCode: string, item: Attributed) => {
    if (!item.text) return;
    const list = target.get(sectionCode) ?? [];
    list.push(item);
    target.set(sectionCode, list);
  };

  const tasks: (ReportTask & { sectionCode: string; updatedPercent: number | null })[] = [];
  let notReported = 0;
  for (const task of source.tasks) {
    const perOrg = updatesOf.get(task.code) ?? new Map<string, SourceUpdate[]>();
    const orgIds = [...perOrg.keys()].sort(byOrder);
    const leadIds = orgIds.filter((id) => perOrg.get(id)?.some((u) => u.role === "lead"));
    const leadUpdates = leadIds.flatMap((id) => (perOrg.get(id) ?? []).filter((u) => u.role === "lead"));
    const outcome = combineOutcome(leadUpdates);
    if (!outcome) notReported += 1;
    const category = deriveOfficialCategory({
      kind: task.kind,
      dueDate: task.dueDate ? isoToDate(task.dueDate) : null,
      reportedStatus: outcome?.status ?? null,
      completedOn: outcome?.completedOn ? isoToDate(outcome.completedOn) : null,
      asOf,
    });
    const leadResults =
      leadIds.length === 1
        ? agencyText(leadUpdates, "results", cumulative)
        : leadIds
            .map((id) => {
              const text = agencyText(
                (perOrg.get(id) ?? []).filter((u) => u.role === "lead"),
                "results",
                cumulative,
              );
              return text ? `${nameOf(id)}: ${text}` : "";
            })
            .filter(Boolean)
            .join("\n");
    const contributions: Attributed[] = orgIds
      .filter((id) => !leadIds.includes(id))
      .map((id) => ({
        organizationId: id,
        organization: nameOf(id),
        role: "coordinate" as const,
        taskCode: task.code,
        text: agencyText(perOrg.get(id) ?? [], "results", cumulative),
      }))
      .filter((c) => c.text !== "");
    for (const id of orgIds) {
      const updates = perOrg.get(id) ?? [];
      const role = leadIds.includes(id) ? ("lead" as const) : ("coordinate" as const);
      const base = { organizationId: id, organization: nameOf(id), role, taskCode: task.code };
      collect(difficulties, task.sectionCode, { ...base, text: agencyText(updates, "difficulties") });
      collect(proposals, task.sectionCode, { ...base, text: agencyText(updates, "proposals") });
    }
    const missingFrom = [
      ...new Set(
        task.reporters.filter((r) => !acceptedIds.has(r.organizationId)).map((r) => r.organizationId),
      ),
    ]
      .sort(byOrder)
      .map(nameOf);
    tasks.push({
      id: task.id,
      code: task.code,
      content: task.content,
      lead: task.lead?.name ?? (task.leadText || null),
      coordinators: task.coordinators,
      category,
      status: outcome?.status ?? null,
      percent: outcome?.percent ?? null,
      results: block(`task:${task.code}:results`, leadResults),
      contributions,
      missingFrom,
      sectionCode: task.sectionCode,
      updatedPercent: outcome ? percentForStatus(outcome.status, outcome.percent) : null,
    });
  }

  const overallCounts = emptyCounts();
  for (const t of tasks) overallCounts[t.category] += 1;
  const sections = source.sections
    .map((section) => {
      const own = tasks.filter((t) => t.sectionCode === section.code);
      const counts = emptyCounts();
      for (const t of own) counts[t.category] += 1;
      return {
        code: section.code,
        title: section.title,
        summary: block(`section:${section.code}:summary`, categorySentence(own.length, counts)),
        tasks: own.map(({ sectionCode: _s, updatedPercent: _p, ...task }): ReportTask => task),
        counts,
        percent: round(rollUpPercent(own.map((t) => ({ percent: t.updatedPercent })))),
      };
    })
    .filter((s) => s.tasks.length > 0);

  const expectedIds = new Set(source.expected.map((a) => a.id));
  const stateOf = new Map(source.submissions.map((s) => [s.organizationId, s.state]));
  const sent = source.submissions.filter(
    (s) => expectedIds.has(s.organizationId) && (s.state === "SUBMITTED" || s.state === "ACCEPTED"),
  ).length;
  const missing: MissingAgency[] = source.expected
    .filter((a) => !acceptedIds.has(a.id))
    .sort((a, b) => a.order - b.order)
    .map((a) => {
      const state = stateOf.get(a.id);
      return {
        organizationId: a.id,
        organization: a.name,
        state: state === undefined || state === "ACCEPTED" ? null : state,
        taskCodes: source.tasks
          .filter((t) => t.reporters.some((r) => r.organizationId === a.id))
          .map((t) => t.code),
      };
    });

  const groups = (target: Map<string, Attributed[]>): AttributedGroup[] =>
    source.sections
      .filter((s) => target.has(s.code))
      .map((s) => ({ code: s.code, title: s.title, items: target.get(s.code) ?? [] }));
  const difficultyGroups = groups(difficulties);
  const proposalGroups = groups(proposals);
  const countItems = (g: AttributedGroup[]) => g.reduce((n, group) => n + group.items.length, 0);

  const settings = options.settings ?? {};
  const planRef = `Kế hoạch số ${plan.number} ngày ${formatDate(isoToDate(plan.issuedAt))} của ${plan.issuer}`;
  const annex: AnnexRow[] = tasks.map((t) => ({
    code: t.code,
    content: excerpt(t.content, 200),
    lead: t.lead ?? "",
    coordinators: t.coordinators.join("; "),
    category: t.category,
    percent: t.percent,
    results: [t.results.generated, ...t.contributions.map((c) => `${c.organization}: ${c.text}`)]
      .filter(Boolean)
      .join("\n"),
  }));

  return {
    schema: REPORT_MODEL_SCHEMA,
    plan: {
      id: plan.id,
      number: plan.number,
      issuedAt: plan.issuedAt,
      issuer: plan.issuer,
      title: plan.title,
    },
    period: { ...period },
    header: {
      parentAgency: plan.parentAgency.replace(/^Ủy ban nhân dân/iu, "UBND").toLocaleUpperCase("vi"),
      agency: plan.focal.name.toLocaleUpperCase("vi"),
      number: settings.number ?? "",
      symbol: settings.symbol || `BC-${plan.focal.code}`,
      place: plan.place,
      date: settings.date ?? null,
      summary: `Kết quả thực hiện ${planRef} ${periodText(period)}`,
    },
    introduction: block(
      "introduction",
      `Thực hiện ${planRef} về ${lowerFirst(plan.title)}; ${earlierBasis(source.earlierReports ?? [])}${plan.focal.name} báo cáo kết quả thực hiện ${periodText(period)} như sau:`,
    ),
    overview: {
      taskCount: tasks.length,
      byCategory: overallCounts,
      notReported,
      percent: round(rollUpPercent(tasks.map((t) => ({ percent: t.updatedPercent })))),
      bySection: sections.map(({ code, title, tasks: own, counts, percent }) => ({
        code,
        title,
        taskCount: own.length,
        byCategory: counts,
        percent,
      })),
      agencies: { expected: source.expected.length, submitted: sent, accepted: acceptedIds.size },
    },
    sections: sections.map(({ counts: _c, percent: _p, ...section }): ReportSection => section),
    difficulties: difficultyGroups,
    difficultiesSummary: block(
      "difficulties:summary",
      countItems(difficultyGroups) > 0
        ? "Trong quá trình triển khai, các cơ quan, đơn vị nêu một số khó khăn, vướng mắc sau:"
        : "Các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.",
    ),
    proposals: proposalGroups,
    proposalsSummary: block(
      "proposals:summary",
      countItems(proposalGroups) > 0
        ? "Trên cơ sở báo cáo của các cơ quan, đơn vị, Sở kính đề nghị UBND tỉnh xem xét các nội dung sau:"
        : "Các cơ quan, đơn vị không có đề xuất, kiến nghị trong kỳ.",
    ),
    nextYear: block("nextYear", nextYearText(source, tasks, missing)),
    annex,
    recipients: settings.recipients?.length ? [...settings.recipients] : defaultRecipients(),
    signer: { ...DEFAULT_SIGNER, ...settings.signer },
    missing,
    compiledAt: options.now.toISOString(),
  };
}

function nextYearText(
  source: ReportSource,
  tasks: readonly { code: string; content: string; category: OfficialCategory }[],
  missing: readonly MissingAgency[],
): string {
  const open = tasks.filter((t) => t.category === "OVERDUE" || t.category === "IN_PROGRESS_ON_TIME");
  const lines = [
    `Tiếp tục triển khai đồng bộ các nhiệm vụ của Kế hoạch số ${source.plan.number} trong ${nextPeriodText(source.period)}, trong đó tập trung:`,
    ...open.map((t) => `- Hoàn thành nhiệm vụ ${t.code}: ${excerpt(t.content, 160)}`),
    "- Duy trì thực hiện thường xuyên các nhiệm vụ được giao; định kỳ báo cáo kết quả đúng thời hạn.",
  ];
  if (missing.length > 0)
    lines.push("- Đôn đốc các cơ quan, đơn vị chưa gửi báo cáo hoàn thành và gửi báo cáo theo quy định.");
  return lines.join("\n");
}

/** The period inside a sentence: "năm 2026", "quý IV/2026" (a report compiled before cycles: its year). */
/**
 * What a yearly report stands on besides the agencies' reports: the year's shorter reports already issued,
 * each cited by number and date when there are a few ("Báo cáo số 12/BC-SKHDT ngày 20/11/2026 (tháng
 * 11/2026)"), as a range when there are many (the months of a monthly plan).
 */
function earlierBasis(reports: NonNullable<ReportSource["earlierReports"]>): string {
  if (reports.length === 0) return "";
  const cite = (r: (typeof reports)[number]) => {
    const ref = [r.number, r.symbol].filter(Boolean).join("/");
    const dated = r.date ? ` ngày ${formatDate(isoToDate(r.date))}` : "";
    return ref ? `Báo cáo số ${ref}${dated} (${r.period})` : `báo cáo ${r.period}`;
  };
  const first = reports[0];
  const last = reports[reports.length - 1];
  const basis =
    reports.length <= 3 || !first || !last
      ? reports.map(cite).join("; ")
      : `${reports.length} báo cáo định kỳ đã ban hành trong năm (${first.period} đến ${last.period})`;
  return `trên cơ sở ${basis} và báo cáo của các cơ quan, đơn vị, `;
}

export function periodText(period: { year: number; label?: string }): string {
  return period.label ?? `năm ${period.year}`;
}

/** The next period inside a sentence: "năm 2027", "quý I/2027". */
export function nextPeriodText(period: { year: number; nextLabel?: string }): string {
  return period.nextLabel ?? `năm ${period.year + 1}`;
}
