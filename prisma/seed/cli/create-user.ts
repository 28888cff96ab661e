/**
 * pnpm user:create --email a@b.vn --name "Họ tên" --role ADMIN [--org UBND-KG] [--password …]
 * Creates (or adds a role to) an account. Without --password a random one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createDatabase } from "@plan-tracker/db";
import { hashPassword } from "@plan-tracker/db/password";
import { z } from "zod";
import { upsertUserWithRole } from "../demo-accounts";

const args = z.object({
  email: z.email("Email không hợp lệ"),
  name: z.string().trim().min(1, "Cần họ tên (--name)"),
  role: z.enum(
    ["ADMIN", "LEADER", "COMPILER", "APPROVER", "STAFF", "VIEWER"],
    "Vai trò phải là ADMIN, LEADER, COMPILER, APPROVER, STAFF hoặc VIEWER",
  ),
  org: z.string().default("UBND-KG"),
  password: z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự").optional(),
});

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    org: { type: "string" },
    password: { type: "string" },
  },
});
const parsed = args.safeParse(values);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const input = parsed.data;
const password = input.password ?? randomBytes(12).toString("base64url");

const db = createDatabase();
try {
  const org = await db.prisma.organization.findUnique({ where: { code: input.org }, select: { id: true } });
  if (!org) throw new Error(`Không có cơ quan mã ${input.org}. Chạy pnpm db:setup trước.`);
  await upsertUserWithRole(db.prisma, {
    email: input.email,
    name: input.name,
    organizationId: org.id,
    role: input.role,
    passwordHash: await hashPassword(password),
  });
  console.log(`Đã tạo tài khoản ${input.email} (${input.role}, ${input.org}).`);
  if (!input.password)
    console.log(`Mật khẩu tạm: ${password}  (chỉ hiện một lần; hãy đổi sau khi đăng nhập)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
