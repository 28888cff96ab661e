import "server-only";
import type { CoordinatorScope, OrganizationKind } from "@plan-tracker/core/plan/coordinator-scope";
import { expectedReporters } from "@plan-tracker/core/reporting/expected-reporters";
import type { AssignmentRow } from "./queries";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface ReporterOrganization {
  id: string;
  kind: string;
  validFrom: Date | null;
  validTo: Date | null;
}

/**
 * The agencies expected to report on a set of tasks in a period: leads and coordinators, generic phrases
 * resolved on the cut-off day (core's expectedReporters, as the compiler's list does). One definition for
 * the single-plan dashboard and the portfolio.
 */
export function expectedReporterIds(
  tasks: readonly { id: string; leadOrganizationId: string | null }[],
  assignments: readonly AssignmentRow[],
  organizations: readonly ReporterOrganization[],
  cutoffDate: Date,
): Set<string> {
  const reporters = organizations.map((o) => ({
    id: o.id,
    kind: o.kind as OrganizationKind,
    validFrom: o.validFrom ? isoDay(o.validFrom) : null,
    validTo: o.validTo ? isoDay(o.validTo) : null,
  }));
  const byTask = new Map<string, AssignmentRow[]>();
  for (const a of assignments) {
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  const expected = new Set<string>();
  const cutoff = isoDay(cutoffDate);
  for (const task of tasks) {
    const rows = byTask.get(task.id) ?? [];
    const { leads, coordinators } = expectedReporters(
      {
        leadOrganizationId: task.leadOrganizationId,
        leadScope: (rows.find((r) => r.lead)?.scope ?? null) as CoordinatorScope | null,
        coordinatorIds: rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
        coordinatorScopes: rows.flatMap((r) => (!r.lead && r.scope ? [r.scope as CoordinatorScope] : [])),
      },
      reporters,
      cutoff,
    );
    for (const id of [...leads, ...coordinators]) expected.add(id);
  }
  return expected;
}
