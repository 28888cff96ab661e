import { formatDate } from "@plan-tracker/core";
import { type EmailParts, renderEmail } from "./html";

const FOOTER =
  "Thư gửi tự động từ hệ thống theo dõi thực hiện kế hoạch. Bạn có thể chọn loại thư nhắc nhận qua email tại mục Cài đặt thông báo.";

export interface AgencyReminderInput {
  agencyName: string;
  /** The plan's number as written: "182/KH-UBND". */
  planNumber: string;
  /** The period inside a sentence: "năm 2026", "tháng 11/2026", "quý IV/2026". */
  period: string;
  agencyDeadline: Date;
  /** Path inside the app (joined to APP_URL) or an absolute URL. */
  link: string;
  /** True once the agency deadline has passed. */
  late: boolean;
  /** Working days left before the deadline (shown when not late). */
  workingDaysLeft?: number;
}

/** The reminder to an agency that has not yet submitted its report for the period. */
export function agencyReminderEmail(input: AgencyReminderInput): EmailParts {
  const deadline = formatDate(input.agencyDeadline);
  const subject = input.late
    ? `[Quá hạn] Báo cáo ${input.period} Kế hoạch ${input.planNumber} chưa được gửi (hạn ${deadline})`
    : `[Nhắc việc] Báo cáo ${input.period} Kế hoạch ${input.planNumber} – hạn ${deadline}`;
  const due = input.late
    ? `Hạn gửi báo cáo của cơ quan là ngày ${deadline} đã qua, nhưng hệ thống chưa nhận được báo cáo của ${input.agencyName}.`
    : input.workingDaysLeft !== undefined
      ? `Hạn gửi báo cáo của cơ quan là ngày ${deadline} (còn ${input.workingDaysLeft} ngày làm việc).`
      : `Hạn gửi báo cáo của cơ quan là ngày ${deadline}.`;
  return renderEmail({
    subject,
    greeting: `Kính gửi ${input.agencyName},`,
    paragraphs: [
      `Hệ thống nhắc cơ quan cập nhật tiến độ và gửi báo cáo kết quả thực hiện Kế hoạch ${input.planNumber} ${input.period}.`,
      due,
      input.late
        ? "Đề nghị cơ quan hoàn thành và gửi báo cáo sớm nhất để kịp tổng hợp báo cáo chung của tỉnh."
        : "Đề nghị cơ quan hoàn thành và gửi báo cáo đúng hạn.",
    ],
    link: { href: input.link, label: "Mở báo cáo của cơ quan" },
    footer: FOOTER,
  });
}

export interface CompilerReminderInput {
  planSymbol: string;
  /** The period inside a sentence: "năm 2026", "tháng 11/2026". */
  period: string;
  reportDueDate: Date;
  workingDaysLeft: number;
  total: number;
  notSubmitted: number;
  awaitingReview: number;
  notSubmittedNames: readonly string[];
  link: string;
}

/** The compiler's reminder of what is still missing before the provincial due date. */
export function compilerReminderEmail(input: CompilerReminderInput): EmailParts {
  const due = formatDate(input.reportDueDate);
  const names = input.notSubmittedNames.length
    ? `Cơ quan chưa gửi: ${input.notSubmittedNames.join("; ")}${input.notSubmitted > input.notSubmittedNames.length ? "; …" : ""}.`
    : "Tất cả cơ quan đã gửi báo cáo.";
  return renderEmail({
    subject: `[Nhắc việc] Tổng hợp báo cáo ${input.period} Kế hoạch ${input.planSymbol} – hạn ${due}`,
    greeting: "Kính gửi chuyên viên tổng hợp,",
    paragraphs: [
      `Hạn báo cáo UBND tỉnh kết quả thực hiện Kế hoạch ${input.planSymbol} ${input.period} là ngày ${due} (còn ${input.workingDaysLeft} ngày làm việc).`,
      `Trong ${input.total} cơ quan phải báo cáo: ${input.notSubmitted} cơ quan chưa gửi, ${input.awaitingReview} báo cáo đang chờ xem xét.`,
      names,
    ],
    link: { href: input.link, label: "Mở bảng theo dõi báo cáo của các cơ quan" },
    footer: FOOTER,
  });
}

export interface WeeklyDigestInput {
  planSymbol: string;
  /** The period inside a sentence: "năm 2026", "tháng 11/2026". */
  period: string;
  week: string;
  agencyDeadline: Date;
  reportDueDate: Date;
  total: number;
  notStarted: number;
  drafting: number;
  submitted: number;
  returned: number;
  accepted: number;
  link: string;
}

/** The leaders' weekly digest of an open period. */
export function weeklyDigestEmail(input: WeeklyDigestInput): EmailParts {
  return renderEmail({
    subject: `[Tổng hợp tuần ${input.week.slice(-2)}] Báo cáo ${input.period} Kế hoạch ${input.planSymbol}`,
    greeting: "Kính gửi Lãnh đạo UBND tỉnh,",
    paragraphs: [
      `Tình hình báo cáo kết quả thực hiện Kế hoạch ${input.planSymbol} ${input.period} (hạn cơ quan gửi: ${formatDate(input.agencyDeadline)}; hạn báo cáo UBND tỉnh: ${formatDate(input.reportDueDate)}).`,
      `${input.total} cơ quan phải báo cáo: ${input.accepted} đã được tiếp nhận, ${input.submitted} đã gửi chờ xem xét, ${input.returned} bị trả lại để bổ sung, ${input.drafting} đang soạn, ${input.notStarted} chưa bắt đầu.`,
    ],
    link: { href: input.link, label: "Xem chi tiết" },
    footer: FOOTER,
  });
}

export interface PeriodScheduleInput {
  planSymbol: string;
  /** The period inside a sentence: "tháng 12/2026". */
  period: string;
  link: string;
  /** Opened on schedule, with its dates; or not opened because `openPeriod` of the plan is still open. */
  outcome:
    | { opened: true; agencyDeadline: Date; reportDueDate: Date }
    | { opened: false; openPeriod: string };
}

/** The focal agency's notice that the schedule opened a period, or could not because another is open. */
export function periodScheduleEmail(input: PeriodScheduleInput): EmailParts {
  const o = input.outcome;
  return renderEmail({
    subject: o.opened
      ? `[Thông báo] Đã mở kỳ báo cáo ${input.period} Kế hoạch ${input.planSymbol}`
      : `[Cần xử lý] Chưa mở được kỳ báo cáo ${input.period} Kế hoạch ${input.planSymbol}`,
    greeting: "Kính gửi chuyên viên tổng hợp,",
    paragraphs: o.opened
      ? [
          `Theo chu kỳ báo cáo của Kế hoạch ${input.planSymbol}, hệ thống đã mở kỳ báo cáo ${input.period}: hạn các cơ quan gửi báo cáo ${formatDate(o.agencyDeadline)}, hạn báo cáo UBND tỉnh ${formatDate(o.reportDueDate)}.`,
          "Nội dung đã được tiếp nhận ở kỳ trước được chuyển sang để các cơ quan cập nhật. Đề nghị kiểm tra các mốc thời gian và điều chỉnh nếu cần.",
        ]
      : [
          `Đến kỳ báo cáo ${input.period} của Kế hoạch ${input.planSymbol} nhưng kỳ ${o.openPeriod} vẫn đang mở, nên hệ thống chưa mở kỳ mới.`,
          `Đề nghị chuyển kỳ ${o.openPeriod} sang «Đang tổng hợp»; kỳ mới sẽ được mở trong lần chạy kế tiếp, hoặc mở ngay trên trang kỳ báo cáo.`,
        ],
    link: { href: input.link, label: "Mở trang kỳ báo cáo" },
    footer: FOOTER,
  });
}
