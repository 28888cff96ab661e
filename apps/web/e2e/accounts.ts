/** The demo accounts the suite signs in with: the seed's own list (prisma/seed/demo-accounts.ts), by role. */
import { DEMO_PASSWORD, type DemoAccount, demoAccounts } from "@plan-tracker/prisma/demo-accounts";

export { DEMO_PASSWORD };

const emails = {
  admin: "admin@kiengiang.example",
  leader: "lanhdao@kiengiang.example",
  compiler: "tonghop@kiengiang.example",
  /** The compiler of Sở KH&ĐT, focal agency of 68/KH-UBND (demo) and of plan-journey.spec's 57/KH-UBND. */
  planningCompiler: "tonghop.skhdt@kiengiang.example",
  approver: "lanhdao.stnmt@kiengiang.example",
  staff: "chuyenvien.stnmt@kiengiang.example",
  districtStaff: "chuyenvien.rachgia@kiengiang.example",
  districtApprover: "lanhdao.rachgia@kiengiang.example",
  planningStaff: "chuyenvien.skhdt@kiengiang.example",
  planningApprover: "lanhdao.skhdt@kiengiang.example",
  viewer: "xem@kiengiang.example",
} as const;

export type Role = keyof typeof emails;
export const roles = Object.keys(emails) as Role[];

export function account(role: Role): DemoAccount {
  const found = demoAccounts.find((a) => a.email === emails[role]);
  if (!found) throw new Error(`The seed has no demo account ${emails[role]} (role ${role}).`);
  return found;
}

/** The role names as the Vietnamese catalog shows them (messages/vi.json, roles.*). */
export const roleLabels: Record<DemoAccount["role"], string> = {
  ADMIN: "Quản trị hệ thống",
  LEADER: "Lãnh đạo UBND tỉnh",
  COMPILER: "Chuyên viên tổng hợp (cơ quan đầu mối)",
  APPROVER: "Lãnh đạo cơ quan",
  STAFF: "Chuyên viên",
  VIEWER: "Người xem",
};
