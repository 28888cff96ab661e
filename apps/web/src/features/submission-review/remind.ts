import "server-only";
import { type Actor, AppError, authorize, daysUntil, toIsoDate } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { agencyReminderEmail, enqueueEmail } from "@plan-tracker/jobs";
import type { AuditContext } from "@/features/submissions/agency-context";
import { periodSelect } from "@/features/submissions/load-agency-report";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notify";
import { listPeriodSubmissions } from "./data";
import { agencyReportPath } from "./review-submission";

/** The preference kind: users who turned agency reminders off by email still get them in the app. */
export const REMINDER_KIND = "reminder.agency";

export interface RemindResult {
  /** Agencies reminded now. */
  reminded: string[];
  /** Agencies already reminded today (a reminder a day is enough; nothing is sent twice). */
  alreadyToday: string[];
  notifications: number;
  emails: number;
}

/**
 * "Nhắc": the compiler reminds agencies that have not sent their report (one, or every one not sent), in
 * the app and by email (the outbox; SMTP delivers it when configured), once per agency and day whatever
 * the number of clicks or nodes. Only agencies expected to report and not yet sent can be reminded.
 */
export async function remindAgencies(
  db: PrismaClient,
  actor: Actor,
  input: { periodId: string; organizationId: string | null },
  context: AuditContext = {},
): Promise<RemindResult> {
  const period = await db.reportingPeriod.findUnique({ where: { id: input.periodId }, select: periodSelect });
  if (!period) throw new AppError("NOT_FOUND");
  authorize(actor, "submission.remind", { focalOrganizationId: period.plan.focalOrganizationId });
  if (period.state !== "OPEN") throw new AppError("CONFLICT", { details: { reason: "periodNotOpen" } });

  const now = context.now ?? new Date();
  const { rows } = await listPeriodSubmissions(db, actor, input.periodId);
  const notSent = rows.filter((r) => r.state === null || r.state === "DRAFT" || r.state === "RETURNED");
  const targets = input.organizationId
    ? notSent.filter((r) => r.organization.id === input.organizationId)
    : notSent;
  if (input.organizationId && targets.length === 0)
    throw new AppError("CONFLICT", { details: { reason: "nothingToRemind" } });

  const day = toIsoDate(now);
  const late = daysUntil(period.agencyDeadline, now) < 0;
  const orgIds = targets.map((r) => r.organization.id);
  const [members, optedOut] = await Promise.all([
    db.membership.findMany({
      where: {
        organizationId: { in: orgIds },
        role: { in: ["APPROVER", "STAFF"] },
        user: { lockedAt: null },
      },
      select: { organizationId: true, user: { select: { id: true, email: true } } },
    }),
    db.notificationPreference.findMany({
      where: { kind: REMINDER_KIND, email: false },
      select: { userId: true },
    }),
  ]);
  const noEmail = new Set(optedOut.map((p) => p.userId));

  return db.$transaction(async (tx) => {
    const result: RemindResult = { reminded: [], alreadyToday: [], notifications: 0, emails: 0 };
    for (const target of targets) {
      const organization = target.organization;
      const users = members.filter((m) => m.organizationId === organization.id).map((m) => m.user);
      const link = agencyReportPath(period.id, organization.id);
      const dedupeKey = `nudge:${period.id}:${organization.id}:${day}`;
      const email = agencyReminderEmail({
        agencyName: organization.name,
        planNumber: period.plan.symbol,
        period: periodLabel(period),
        agencyDeadline: period.agencyDeadline,
        link,
        late,
      });
      const written = await notify(
        tx,
        users.map((u) => u.id),
        {
          kind: REMINDER_KIND,
          title: email.subject,
          body: email.text.split("\n").slice(0, 4).join(" "),
          link,
          dedupeKey,
        },
      );
      let emails = 0;
      for (const user of users) {
        if (noEmail.has(user.id) || !user.email) continue;
        if (await enqueueEmail(tx, { to: user.email, ...email, dedupeKey: `${dedupeKey}:${user.id}` }))
          emails += 1;
      }
      if (written === 0 && emails === 0 && users.length > 0) result.alreadyToday.push(organization.name);
      else result.reminded.push(organization.name);
      result.notifications += written;
      result.emails += emails;
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "submission.remind",
      entityType: "ReportingPeriod",
      entityId: period.id,
      planId: period.planId,
      after: { organizations: orgIds, notifications: result.notifications, emails: result.emails },
      ip: context.ip ?? null,
      userAgent: context.userAgent ?? null,
    });
    return result;
  });
}
