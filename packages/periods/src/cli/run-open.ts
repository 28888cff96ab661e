/**
 * `pnpm period:open --plan NUMBER --period KEY`, kept apart from process globals so it can be tested:
 * arguments in, text out, an exit code back. The period opens through `openPeriod`, the same function as
 * the periods page, as the system; its dates default to the plan's reporting rule and the decree's data
 * windows, on the working calendar (docs/reporting-cycles.md).
 */

import { parseArgs } from "node:util";
import { defaultCycleDates, formatDate, isAppError, parseVnDate, toIsoDate } from "@plan-tracker/core";
import { calendarDayToDate } from "@plan-tracker/core/reporting/calendar-day";
import {
  CYCLE_NAMES,
  formatPeriodKey,
  parsePeriodKey,
  periodName,
  periodNameInSentence,
} from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { type PeriodProblem, type PeriodProblemParams, periodProblemOf } from "../errors";
import { openPeriod } from "../open-period";
import { loadWorkingCalendar } from "../working-calendar";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliDatabase {
  prisma: PrismaClient;
  close(): Promise<void>;
}

const USAGE = `Cách dùng: pnpm period:open --plan SỐ_KẾ_HOẠCH --period KỲ [--cutoff dd/mm/yyyy] [--agency-deadline dd/mm/yyyy] [--due dd/mm/yyyy]

  --plan             Số, ký hiệu của kế hoạch (182/KH-UBND) hoặc mã của kế hoạch trong hệ thống.
  --period           Kỳ báo cáo: 2026 (năm), 2026-H1 (6 tháng), 2026-Q4 (quý), 2026-11 (tháng).
  --cutoff           Thời điểm chốt số liệu (mặc định: theo quy định báo cáo của kế hoạch).
  --agency-deadline  Hạn các cơ quan gửi báo cáo cho cơ quan đầu mối (mặc định: như trên).
  --due              Hạn báo cáo UBND tỉnh (mặc định: như trên).

Cơ sở dữ liệu: DATABASE_URL, hoặc cơ sở dữ liệu nhúng khi không đặt.`;

/** The period problems the periods page shows, said for the command line. */
const PROBLEMS: Record<PeriodProblem, (p: PeriodProblemParams) => string> = {
  duplicatePeriod: (p) => `Kế hoạch đã có kỳ báo cáo ${p.period}; không mở trùng.`,
  periodInvalid: () => "Kỳ báo cáo không hợp lệ.",
  cycleNotInPlan: (p) => `Kỳ ${p.period} không thuộc chu kỳ báo cáo của kế hoạch.`,
  anotherPeriodOpen: (p) =>
    `Kỳ báo cáo ${p.period} của kế hoạch đang mở. Mỗi kế hoạch mở một kỳ tại một thời điểm: cơ quan đầu mối chuyển kỳ đó sang «Đang tổng hợp» trước.`,
  yearOutOfRange: (p) => `Năm báo cáo phải từ ${p.min} đến ${p.max} (từ năm ban hành kế hoạch đến năm sau).`,
  cutoffAfterDeadline: () => "Thời điểm chốt số liệu phải trước hoặc trùng với hạn gửi báo cáo.",
  deadlineAfterDue: () => "Hạn gửi báo cáo phải trước hoặc trùng với hạn báo cáo UBND tỉnh.",
  dateOutOfYear: (p) => `Ngày cách năm báo cáo ${p.year} quá xa; hãy kiểm tra lại năm.`,
  transitionNotAllowed: () => "Không thể chuyển trạng thái kỳ báo cáo như vậy.",
  stale: () => "Kỳ báo cáo vừa được người khác thay đổi; hãy chạy lại lệnh.",
};

/** Exit codes: 0 opened, 3 refused (nothing changed), 5 database failure, 64 usage. */
export async function runOpenPeriod(
  argv: string[],
  io: CliIo,
  openDatabase: () => Promise<CliDatabase>,
  now: Date = new Date(),
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        plan: { type: "string" },
        period: { type: "string" },
        cutoff: { type: "string" },
        "agency-deadline": { type: "string" },
        due: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 64;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const planText = typeof values.plan === "string" ? values.plan.trim() : "";
  const periodText = typeof values.period === "string" ? values.period : "";
  if (!planText || !periodText || planText.length > 100) {
    io.err(USAGE);
    return 64;
  }
  const key = parsePeriodKey(periodText);
  if (!key) {
    io.err(`Kỳ «${periodText}» không đúng dạng: 2026 (năm), 2026-H1, 2026-Q4 hoặc 2026-11.\n\n${USAGE}`);
    return 64;
  }
  const overrides: Record<"cutoffDate" | "agencyDeadline" | "reportDueDate", string | undefined> = {
    cutoffDate: undefined,
    agencyDeadline: undefined,
    reportDueDate: undefined,
  };
  for (const [flag, field] of [
    ["cutoff", "cutoffDate"],
    ["agency-deadline", "agencyDeadline"],
    ["due", "reportDueDate"],
  ] as const) {
    const text = values[flag];
    if (typeof text !== "string") continue;
    const day = text.length <= 20 ? parseVnDate(text) : null;
    if (!day) {
      io.err(`Ngày «${text}» (--${flag}) không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 25/11/2026.`);
      return 64;
    }
    overrides[field] = toIsoDate(day);
  }

  let db: CliDatabase;
  try {
    db = await openDatabase();
  } catch (error) {
    io.err(`Không mở được cơ sở dữ liệu: ${(error as Error).message}`);
    return 5;
  }
  try {
    const plans = await db.prisma.plan.findMany({
      where: { OR: [{ id: planText }, { symbol: { equals: planText, mode: "insensitive" } }] },
      select: {
        id: true,
        symbol: true,
        issuedOn: true,
        title: true,
        reportingCycles: true,
        reportDueDay: true,
        reportDueMonth: true,
        agencyDeadlineOffsetDays: true,
      },
      take: 10,
    });
    if (plans.length === 0) {
      io.err(
        `Không có kế hoạch số «${planText}». Xem danh sách tại /plans, hoặc nhập kế hoạch bằng pnpm plan:import.`,
      );
      return 3;
    }
    if (plans.length > 1) {
      io.err(
        [
          `Có ${plans.length} kế hoạch số «${planText}»; hãy chọn bằng mã:`,
          ...plans.map((p) => `  --plan ${p.id}   (ban hành ${formatDate(p.issuedOn)}: ${p.title})`),
        ].join("\n"),
      );
      return 3;
    }
    const plan = plans[0] as (typeof plans)[number];
    if (!plan.reportingCycles.includes(key.cycle)) {
      io.err(
        `Kế hoạch ${plan.symbol} báo cáo ${plan.reportingCycles.map((c) => CYCLE_NAMES[c]).join(", ")}; kỳ «${periodName(key)}» (${formatPeriodKey(key)}) không thuộc chu kỳ báo cáo của kế hoạch.`,
      );
      return 3;
    }
    const dates = { ...defaultCycleDates(key, plan, await loadWorkingCalendar(db.prisma)) };
    for (const field of ["cutoffDate", "agencyDeadline", "reportDueDate"] as const)
      dates[field] = overrides[field] ?? dates[field];
    const opened = await openPeriod(
      db.prisma,
      { system: "period:open" },
      { planId: plan.id, year: key.year, cycle: key.cycle, index: key.index, ...dates },
      { now, userAgent: "pnpm period:open" },
    );
    const day = (iso: string) => formatDate(calendarDayToDate(iso));
    io.out(
      [
        `Đã mở kỳ báo cáo ${periodNameInSentence(key)} của Kế hoạch số ${plan.symbol} (/plans/${plan.id}/periods, mã kỳ ${opened.id}):`,
        `  Chốt số liệu:            ${day(dates.cutoffDate)}`,
        `  Hạn các cơ quan gửi:     ${day(dates.agencyDeadline)}`,
        `  Hạn báo cáo UBND tỉnh:   ${day(dates.reportDueDate)}`,
        `  Chuyển sang từ kỳ trước: ${opened.carriedForward} nội dung đã được tiếp nhận (các cơ quan xem lại và cập nhật)`,
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    const problem = periodProblemOf(error);
    if (problem) {
      io.err(`Không mở kỳ báo cáo, không có gì thay đổi: ${PROBLEMS[problem.reason](problem.params)}`);
      return 3;
    }
    if (isAppError(error)) {
      io.err(`Không mở kỳ báo cáo: ${error.message}`);
      return 3;
    }
    io.err(`Lỗi khi ghi cơ sở dữ liệu, không có gì thay đổi: ${(error as Error).message}`);
    return 5;
  } finally {
    await db.close();
  }
}
