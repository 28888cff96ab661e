/**
 * Plans name groups instead of agencies ("các sở, ngành và địa phương"). A scope resolves to the kinds
 * of organization it covers, so an agency can find the tasks it is expected to lead or coordinate.
 */
export type CoordinatorScope = "DEPARTMENTS" | "DISTRICTS" | "DEPARTMENTS_AND_DISTRICTS" | "RELATED_UNITS";
export type OrganizationKind =
  | "PROVINCIAL_PC"
  | "PARTY"
  | "DEPARTMENT"
  | "DISTRICT_PC"
  | "MILITARY"
  | "COMMITTEE"
  | "CENTRAL"
  | "OTHER";

const kindsByScope: Record<CoordinatorScope, readonly OrganizationKind[]> = {
  DEPARTMENTS: ["DEPARTMENT"],
  DISTRICTS: ["DISTRICT_PC"],
  DEPARTMENTS_AND_DISTRICTS: ["DEPARTMENT", "DISTRICT_PC"],
  // "các đơn vị có liên quan": every provincial agency that can be asked to report.
  RELATED_UNITS: ["DEPARTMENT", "DISTRICT_PC", "MILITARY", "COMMITTEE"],
};

export function kindsInScope(scope: CoordinatorScope): readonly OrganizationKind[] {
  return kindsByScope[scope];
}

export function scopeIncludes(scope: CoordinatorScope, kind: OrganizationKind): boolean {
  return kindsByScope[scope].includes(kind);
}

/** Scopes that include an organization of this kind (for a query: "tasks whose generic scope covers me"). */
export function scopesIncluding(kind: OrganizationKind): CoordinatorScope[] {
  return (Object.keys(kindsByScope) as CoordinatorScope[]).filter((scope) => scopeIncludes(scope, kind));
}
