import { type CoordinatorScope, type OrganizationKind, scopeIncludes } from "../plan/coordinator-scope";

export interface ReporterOrganization {
  id: string;
  kind: OrganizationKind;
  /** ISO dates; absent: unbounded. */
  validFrom?: string | null;
  validTo?: string | null;
}

export interface TaskAssignment {
  leadOrganizationId: string | null;
  leadScope: CoordinatorScope | null;
  coordinatorIds: readonly string[];
  coordinatorScopes: readonly CoordinatorScope[];
}

export interface ExpectedReporters {
  leads: string[];
  coordinators: string[];
}

function validOn(org: ReporterOrganization, isoDay: string): boolean {
  return (!org.validFrom || org.validFrom <= isoDay) && (!org.validTo || org.validTo >= isoDay);
}

/**
 * Which organizations answer for a task in a period: the named lead (or, for a generic lead, every
 * organization in its scope), the named coordinators, and every organization a generic coordinator phrase
 * covers. Only organizations that exist on the period's cut-off day count (agencies merge and rename).
 */
export function expectedReporters(
  task: TaskAssignment,
  organizations: readonly ReporterOrganization[],
  onIsoDay: string,
): ExpectedReporters {
  const active = organizations.filter((o) => validOn(o, onIsoDay));
  const leads = new Set<string>();
  if (task.leadOrganizationId) leads.add(task.leadOrganizationId);
  const leadScope = task.leadScope;
  if (leadScope) for (const o of active) if (scopeIncludes(leadScope, o.kind)) leads.add(o.id);
  const coordinators = new Set<string>(task.coordinatorIds);
  for (const scope of task.coordinatorScopes)
    for (const o of active) if (scopeIncludes(scope, o.kind)) coordinators.add(o.id);
  for (const id of leads) coordinators.delete(id);
  return { leads: [...leads], coordinators: [...coordinators] };
}
