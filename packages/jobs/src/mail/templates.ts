import { formatDate } from "@plan-tracker/core";
import { type EmailParts, renderEmail } from "./html";

const FOOTER =
  "Thư gửi tự động từ hệ thống theo dõi thực hiện kế hoạch. Bạn có thể chọn loại thư nhắc nhận qua email tại mục Cài đặt thông báo.";

export interface AgencyReminderInput {
  agencyName: string;
  /** The plan's number as written: "182/KH-UBND". */
  planNumber: string;
  year: number;
  agencyDeadline: Date;
  /** Path inside the app (joined to APP_URL) or an absolute URL. */
  link: string;
  /** True once the agency deadline has passed. */
  late: boolean;
  /** Working days left before the deadline (shown when not late). */
  workingDaysLeft?: number;
}

/** The reminder to an agency that has not yet submitted its report for the year. */
export function agencyReminderEmail(input: AgencyReminderInput): EmailParts {
  const deadline = formatDate(input.agencyDeadline);
  const subject = input.late
    ? `[Quá hạn] Báo cáo năm ${input.year} Kế hoạch ${input.planNumber} chưa được gửi (hạn ${deadline})`
    : `[Nhắc việc] Báo cáo năm ${input.year} Kế hoạch ${input.planNumber} – hạn ${deadline}`;
  const due = input.late
    ? `Hạn gửi báo cáo của cơ quan là ngày ${deadline} đã qua, nhưng hệ thống chưa nhận được báo cáo của ${input.agencyName}.`
    : input.workingDaysLeft !== undefined
      ? `Hạn gửi báo cáo của cơ quan là ngày ${deadline} (còn ${input.workingDaysLeft} ngày làm việc).`
      : `Hạn gửi báo cáo của cơ quan là ngày ${deadline}.`;
  return renderEmail({
    subject,
    greeting: `Kính gửi ${input.agencyName},`,
    paragraphs: [
      `Hệ thống nhắc cơ quan cập nhật tiến độ và gửi báo cáo kết quả thực hiện Kế hoạch ${input.planNumber} năm ${input.year}.`,
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
  year: number;
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
    subject: `[Nhắc việc] Tổng hợp báo cáo năm ${input.year} Kế hoạch ${input.planSymbol} – hạn ${due}`,
    greeting: "Kính gửi chuyên viên tổng hợp,",
    paragraphs: [
      `Hạn báo cáo UBND tỉnh kết quả thực hiện Kế hoạch ${input.planSymbol} năm ${input.year} là ngày ${due} (còn ${input.workingDaysLeft} ngày làm việc).`,
      `Trong ${input.total} cơ quan phải báo cáo: ${input.notSubmitted} cơ quan chưa gửi, ${input.awaitingReview} báo cáo đang chờ xem xét.`,
      names,
    ],
    link: { href: input.link, label: "Mở bảng theo dõi báo cáo của các cơ quan" },
    footer: FOOTER,
  });
}

export interface WeeklyDigestInput {
  planSymbol: string;
  year: number;
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
    subject: `[Tổng hợp tuần ${input.week.slice(-2)}] Báo cáo năm ${input.year} Kế hoạch ${input.planSymbol}`,
    greeting: "Kính gửi Lãnh đạo UBND tỉnh,",
    paragraphs: [
      `Tình hình báo cáo kết quả thực hiện Kế hoạch ${input.planSymbol} năm ${input.year} (hạn cơ quan gửi: ${formatDate(input.agencyDeadline)}; hạn báo cáo UBND tỉnh: ${formatDate(input.reportDueDate)}).`,
      `${input.total} cơ quan phải báo cáo: ${input.accepted} đã được tiếp nhận, ${input.submitted} đã gửi chờ xem xét, ${input.returned} bị trả lại để bổ sung, ${input.drafting} đang soạn, ${input.notStarted} chưa bắt đầu.`,
    ],
    link: { href: input.link, label: "Xem chi tiết" },
    footer: FOOTER,
  });
}

/** The yearly proposal to the compiler to open the new year's reporting period. */
export function periodProposalEmail(input: { planSymbol: string; year: number; link: string }): EmailParts {
  return renderEmail({
    subject: `[Đề xuất] Mở kỳ báo cáo năm ${input.year} Kế hoạch ${input.planSymbol}`,
    greeting: "Kính gửi chuyên viên tổng hợp,",
    paragraphs: [
      `Kế hoạch ${input.planSymbol} chưa có kỳ báo cáo năm ${input.year}.`,
      "Đề nghị kiểm tra các mốc thời gian đề xuất và mở kỳ báo cáo để các cơ quan cập nhật tiến độ.",
    ],
    link: { href: input.link, label: "Mở trang kỳ báo cáo" },
    footer: FOOTER,
  });
}
