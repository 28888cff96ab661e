import { userSearchKey } from "@plan-tracker/core";
import type { PrismaClient, Role } from "@plan-tracker/db";
import { hashPassword } from "@plan-tracker/db/password";

/** Known only in demo mode (pnpm db:setup --demo); listed in the README. */
export const DEMO_PASSWORD = "Demo@2026";

export interface DemoAccount {
  email: string;
  name: string;
  organizationCode: string;
  role: Role;
}

export const demoAccounts: DemoAccount[] = [
  { email: "admin@kiengiang.example", name: "Quản trị hệ thống", organizationCode: "UBND-KG", role: "ADMIN" },
  {
    email: "lanhdao@kiengiang.example",
    name: "Nguyễn Văn Lãnh",
    organizationCode: "UBND-KG",
    role: "LEADER",
  },
  {
    email: "tonghop@kiengiang.example",
    name: "Trần Thị Tổng Hợp",
    organizationCode: "STNMT",
    role: "COMPILER",
  },
  {
    email: "lanhdao.stnmt@kiengiang.example",
    name: "Lê Minh Tài",
    organizationCode: "STNMT",
    role: "APPROVER",
  },
  {
    email: "chuyenvien.stnmt@kiengiang.example",
    name: "Phạm Thu Nguyên",
    organizationCode: "STNMT",
    role: "STAFF",
  },
  {
    email: "lanhdao.skhdt@kiengiang.example",
    name: "Võ Quốc Kế",
    organizationCode: "SKHDT",
    role: "APPROVER",
  },
  {
    email: "chuyenvien.skhdt@kiengiang.example",
    name: "Đặng Ngọc Đầu",
    organizationCode: "SKHDT",
    role: "STAFF",
  },
  {
    email: "tonghop.skhdt@kiengiang.example",
    name: "Ngô Thị Kế Hoạch",
    organizationCode: "SKHDT",
    role: "COMPILER",
  },
  {
    email: "lanhdao.snnptnt@kiengiang.example",
    name: "Huỳnh Văn Nông",
    organizationCode: "SNNPTNT",
    role: "APPROVER",
  },
  {
    email: "chuyenvien.snnptnt@kiengiang.example",
    name: "Bùi Thị Lúa",
    organizationCode: "SNNPTNT",
    role: "STAFF",
  },
  {
    email: "tonghop.snnptnt@kiengiang.example",
    name: "Châu Văn Rừng",
    organizationCode: "SNNPTNT",
    role: "COMPILER",
  },
  {
    email: "lanhdao.rachgia@kiengiang.example",
    name: "Lâm Văn Rạch",
    organizationCode: "UBND-RACHGIA",
    role: "APPROVER",
  },
  {
    email: "chuyenvien.rachgia@kiengiang.example",
    name: "Tạ Thị Giá",
    organizationCode: "UBND-RACHGIA",
    role: "STAFF",
  },
  { email: "xem@kiengiang.example", name: "Người xem", organizationCode: "UBND-KG", role: "VIEWER" },
];

/** Creates (or resets) the demo accounts. Idempotent: memberships are upserted, never duplicated. */
export async function seedDemoAccounts(prisma: PrismaClient, orgIds: Map<string, string>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    const organizationId = orgIds.get(account.organizationCode);
    if (!organizationId) throw new Error(`Mã cơ quan không có trong danh mục: ${account.organizationCode}`);
    await upsertUserWithRole(prisma, { ...account, organizationId, passwordHash });
  }
}

export async function upsertUserWithRole(
  prisma: PrismaClient,
  input: { email: string; name: string; organizationId: string; role: Role; passwordHash: string | null },
): Promise<string> {
  const email = input.email.trim().toLowerCase();
  // A new name (user:create on an existing address renames) gets a new search key with it.
  const searchKey = userSearchKey({ name: input.name, email });
  const user = await prisma.user.upsert({
    where: { email },
    create: { email, name: input.name, searchKey, passwordHash: input.passwordHash },
    update: {
      name: input.name,
      searchKey,
      ...(input.passwordHash ? { passwordHash: input.passwordHash } : {}),
    },
    select: { id: true },
  });
  await prisma.membership.upsert({
    where: {
      userId_organizationId_role: { userId: user.id, organizationId: input.organizationId, role: input.role },
    },
    create: { userId: user.id, organizationId: input.organizationId, role: input.role },
    update: {},
  });
  return user.id;
}
