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
