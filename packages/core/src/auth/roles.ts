import type { Localized } from "../locale";

export const ROLES = ["ADMIN", "LEADER", "COMPILER", "APPROVER", "STAFF", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const roleLabel: Readonly<Record<Role, Localized>> = {
  ADMIN: { vi: "Quản trị hệ thống", en: "System administrator" },
  LEADER: { vi: "Lãnh đạo UBND tỉnh", en: "Provincial leadership" },
  COMPILER: { vi: "Chuyên viên tổng hợp (cơ quan đầu mối)", en: "Compiler (focal agency)" },
  APPROVER: { vi: "Lãnh đạo cơ quan", en: "Agency head" },
  STAFF: { vi: "Chuyên viên", en: "Agency staff" },
  VIEWER: { vi: "Người xem", en: "Viewer" },
};

export type Membership = { organizationId: string; role: Role };

/**
 * The signed-in user as the policy sees them. Build it from *active* memberships only (user enabled,
 * organization within its validity dates); the policy trusts that the list is current.
 * ADMIN and LEADER are province-wide: held in any organization, they apply everywhere.
 */
export type Actor = { userId: string; memberships: readonly Membership[] };

export function hasRoleAnywhere(actor: Actor, ...roles: readonly Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** Member of the organization, in one of `roles` when given, in any role otherwise. */
export function isMemberOf(actor: Actor, organizationId: string, ...roles: readonly Role[]): boolean {
  return actor.memberships.some(
    (m) => m.organizationId === organizationId && (roles.length === 0 || roles.includes(m.role)),
  );
}
