/**
 * The hostile-input spec's own account, made outside Playwright's process (which never loads Prisma):
 * `node --import tsx e2e/support/hostile-user.ts <email> <name> [organization code]` makes a user who is
 * both staff and approver of an organization, by default UBND huyện Giang Thành (an agency no other spec
 * writes with), with the demo password.
 * The name itself is a payload: it is shown in the header, the audit log and beside comments.
 */
import { createDatabase } from "@plan-tracker/db";
import { hashPassword } from "@plan-tracker/db/password";
import { DEMO_PASSWORD, upsertUserWithRole } from "@plan-tracker/prisma/demo-accounts";
import { databaseUrlFor, testServerUrl } from "./names";

const [email, name, organizationCode = "UBND-GIANGTHANH"] = process.argv.slice(2);
const database = process.env.E2E_DATABASE_NAME;
if (!email || !name || !database)
  throw new Error("usage: hostile-user.ts <email> <name> [organization code] (E2E_DATABASE_NAME set)");
process.env.DATABASE_URL = databaseUrlFor(database, testServerUrl());
const db = createDatabase();
try {
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { code: organizationCode } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const role of ["STAFF", "APPROVER"] as const) {
    await upsertUserWithRole(db.prisma, { email, name, organizationId: org.id, role, passwordHash });
  }
  console.log(JSON.stringify({ organizationId: org.id }));
} finally {
  await db.close();
}
