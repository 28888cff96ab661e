import { formatPeriodKey, periodNameInSentence } from "@plan-tracker/core/reporting/period-key";
import type { ScheduleResult } from "@plan-tracker/periods/open-scheduled";
import type { Occurrence } from "../reminders/plan";

/**
 * What the focal agency's compilers hear from a schedule run: each period it opened (with its dates, to
 * check), and each period it could not open because another of the plan is still open (once per period,
 * however many days it stays blocked).
 */
export function scheduleNotices(
  result: ScheduleResult,
  compilersOf: (organizationId: string) => readonly string[],
): Occurrence[] {
  const link = (planId: string) => `/plans/${planId}/periods`;
  return [
    ...result.opened.map(
      (o): Occurrence => ({
        kind: "period.proposal",
        key: `period-opened:${o.periodId}`,
        userIds: [...compilersOf(o.focalOrganizationId)],
        link: link(o.planId),
        message: {
          type: "opened",
          planSymbol: o.planSymbol,
          period: periodNameInSentence(o.key),
          agencyDeadline: o.dates.agencyDeadline,
          reportDueDate: o.dates.reportDueDate,
        },
      }),
    ),
    ...result.blocked.map(
      (b): Occurrence => ({
        kind: "period.proposal",
        key: `period-blocked:${b.planId}:${formatPeriodKey(b.key)}`,
        userIds: [...compilersOf(b.focalOrganizationId)],
        link: link(b.planId),
        message: {
          type: "blocked",
          planSymbol: b.planSymbol,
          period: periodNameInSentence(b.key),
          openPeriod: periodNameInSentence(b.openKey),
        },
      }),
    ),
  ].filter((o) => o.userIds.length > 0);
}
