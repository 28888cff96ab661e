import { formatDate, type Localized } from "@plan-tracker/core";
import { calendarDayToDate } from "@plan-tracker/core/reporting/calendar-day";
import type { EmailParts } from "../mail/html";
import {
  agencyReminderEmail,
  compilerReminderEmail,
  periodProposalEmail,
  weeklyDigestEmail,
} from "../mail/templates";
import type { Occurrence } from "./plan";

const day = (iso: string) => calendarDayToDate(iso);

/** The in-app notification of an occurrence, in each UI language. */
export function notificationText(o: Occurrence): { title: Localized; body: Localized } {
  const m = o.message;
  switch (m.type) {
    case "agency": {
      const deadline = formatDate(day(m.agencyDeadline));
      return m.workingDaysLate !== null
        ? {
            title: {
              vi: `Quá hạn gửi báo cáo năm ${m.year} (${m.planSymbol})`,
              en: `Report for ${m.year} overdue (${m.planSymbol})`,
            },
            body: {
              vi: `${m.agencyName} chưa gửi báo cáo; hạn ${deadline} đã qua ${m.workingDaysLate} ngày làm việc.`,
              en: `${m.agencyName} has not sent its report; the deadline ${deadline} passed ${m.workingDaysLate} working day(s) ago.`,
            },
          }
        : {
            title: {
              vi: `Nhắc gửi báo cáo năm ${m.year} (${m.planSymbol}) – hạn ${deadline}`,
              en: `Reminder: report for ${m.year} (${m.planSymbol}) due ${deadline}`,
            },
            body: {
              vi: `${m.agencyName} còn ${m.workingDaysLeft} ngày làm việc để gửi báo cáo.`,
              en: `${m.agencyName} has ${m.workingDaysLeft} working day(s) left to send its report.`,
            },
          };
    }
    case "compiler": {
      const due = formatDate(day(m.reportDueDate));
      return {
        title: {
          vi: `Còn ${m.notSubmitted}/${m.total} cơ quan chưa gửi báo cáo năm ${m.year} – hạn UBND tỉnh ${due}`,
          en: `${m.notSubmitted}/${m.total} agencies have not reported for ${m.year} – provincial due date ${due}`,
        },
        body: {
          vi: `${m.awaitingReview} báo cáo chờ xem xét; còn ${m.workingDaysLeft} ngày làm việc.`,
          en: `${m.awaitingReview} report(s) awaiting review; ${m.workingDaysLeft} working day(s) left.`,
        },
      };
    }
    case "digest":
      return {
        title: {
          vi: `Tổng hợp tuần: báo cáo năm ${m.year} (${m.planSymbol})`,
          en: `Weekly digest: ${m.year} reports (${m.planSymbol})`,
        },
        body: {
          vi: `${m.accepted}/${m.total} đã tiếp nhận, ${m.submitted} chờ xem xét, ${m.returned} trả lại, ${m.drafting} đang soạn, ${m.notStarted} chưa bắt đầu.`,
          en: `${m.accepted}/${m.total} accepted, ${m.submitted} awaiting review, ${m.returned} returned, ${m.drafting} drafting, ${m.notStarted} not started.`,
        },
      };
    case "proposal":
      return {
        title: {
          vi: `Đề xuất mở kỳ báo cáo năm ${m.year} (${m.planSymbol})`,
          en: `Proposal: open the ${m.year} reporting period (${m.planSymbol})`,
        },
        body: {
          vi: "Kế hoạch chưa có kỳ báo cáo của năm nay. Kiểm tra các mốc thời gian và mở kỳ.",
          en: "The plan has no period for this year yet. Check the dates and open it.",
        },
      };
  }
}

/** The email of an occurrence (Vietnamese: official correspondence). */
export function occurrenceEmail(o: Occurrence): EmailParts {
  const m = o.message;
  switch (m.type) {
    case "agency":
      return agencyReminderEmail({
        agencyName: m.agencyName,
        planNumber: m.planSymbol,
        year: m.year,
        agencyDeadline: day(m.agencyDeadline),
        link: o.link,
        late: m.workingDaysLate !== null,
        workingDaysLeft: m.workingDaysLeft ?? undefined,
      });
    case "compiler":
      return compilerReminderEmail({ ...m, reportDueDate: day(m.reportDueDate), link: o.link });
    case "digest":
      return weeklyDigestEmail({
        ...m,
        agencyDeadline: day(m.agencyDeadline),
        reportDueDate: day(m.reportDueDate),
        link: o.link,
      });
    case "proposal":
      return periodProposalEmail({ planSymbol: m.planSymbol, year: m.year, link: o.link });
  }
}
