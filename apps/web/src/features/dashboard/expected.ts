import "server-only";
import type { CoordinatorScope, OrganizationKind } from "@plan-tracker/core/plan/coordinator-scope";
import {
  type ReporterOrganization as CoreReporter,
  expectedReporters,
} from "@plan-tracker/core/reporting/expected-reporters";
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
 * the single-plan dashboard, the portfolio and the compiler's home.
 *
 * Only the union over the tasks is asked for, and a task's reporters are its named agencies (whatever
 * their validity) plus the agencies its generic phrases cover on the day; so the union is the named
 * agencies of all the tasks plus what their distinct phrases cover, resolved in one call instead of one
 * per task (the portfolio asks this for 5,000 tasks). Assignments of tasks not in `tasks` are ignored.
 */
export function expectedReporterIds(
  tasks: readonly { id: string; leadOrganizationId: string | null }[],
  assignments: readonly AssignmentRow[],
  organizations: readonly ReporterOrganization[],
  cutoffDate: Date,
): Set<string> {
  const taskIds = new Set<string>();
  const named = new Set<string>();
  for (const task of tasks) {
    taskIds.add(task.id);
    if (task.leadOrganizationId) named.add(task.leadOrganizationId);
  }
  const scopes = new Set<string>();
  for (const a of assignments) {
    if (!taskIds.has(a.taskId)) continue;
    if (a.organizationId) named.add(a.organizationId);
    if (a.scope) scopes.add(a.scope);
  }
  return reportersOf(named, scopes, organizations, cutoffDate);
}

/**
 * The agencies named (whatever their validity) and those the generic phrases cover on the cut-off day:
 * the expected reporters of tasks that name `named` and `scopes` between them (core's expectedReporters).
 */
export function reportersOf(
  named: Iterable<string>,
  scopes: Iterable<string>,
  organizations: readonly ReporterOrganization[],
  cutoffDate: Date,
): Set<string> {
  const { leads, coordinators } = expectedReporters(
    {
      leadOrganizationId: null,
      leadScope: null,
      coordinatorIds: [...named],
      coordinatorScopes: [...scopes] as CoordinatorScope[],
    },
    reportersFor(organizations),
    isoDay(cutoffDate),
  );
  return new Set([...leads, ...coordinators]);
}

const reporterCache = new WeakMap<readonly ReporterOrganization[], CoreReporter[]>();

/** Core's shape of the organizations (ISO days), once per list: the portfolio asks for every plan. */
function reportersFor(organizations: readonly ReporterOrganization[]): CoreReporter[] {
  let reporters = reporterCache.get(organizations);
  if (!reporters) {
    reporters = organizations.map((o) => ({
      id: o.id,
      kind: o.kind as OrganizationKind,
      validFrom: o.validFrom ? isoDay(o.validFrom) : null,
      validTo: o.validTo ? isoDay(o.validTo) : null,
    }));
    reporterCache.set(organizations, reporters);
  }
  return reporters;
}
