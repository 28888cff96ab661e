/**
 * Rows the matrix owns, made once per run (idempotent: fixed ids, ON CONFLICT DO NOTHING, so both workers
 * may run it): an outbox email for the admin's email page; one evidence file on Sở TN&MT's and one on
 * Phú Quốc's 2026 update of II.3 (bytes written to the upload folder next.config.ts sets); an unread
 * notification for each role; the 2024 report compiled and finalized by the focal compiler, through the
 * real actions (2024 is closed and no other spec reads it), which gives report-files a frozen version file.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { userSearchKey } from "@plan-tracker/core";
import { readPlan182Source } from "@plan-tracker/prisma/data/plan-182/source-file";
import type { APIRequestContext } from "@playwright/test";
import { lit, sql } from "./db";
import { callAction } from "./http";
import type { MatrixIds, OrgCode } from "./ids";
import { actionManifest } from "./inventory";

export const OUTBOX_EMAIL_ID = "authzmatrixoutbox00000001";
export const FILE_IDS: Partial<Record<OrgCode, string>> = {
  STNMT: "authzmatrixfilestnmt0001",
  "UBND-PHUQUOC-TP": "authzmatrixfilephuquoc01",
};
/**
 * Open directives the matrix answers and closes. The allowed cases answer Sở TN&MT's and close Giang
 * Thành's; refused cases address directives of their own that nothing answers or closes (a refused case
 * running beside the allowed one would otherwise see the allowed change in its snapshot).
 */
export const DIRECTIVE_IDS = {
  STNMT: "authzmatrixdirectivestnmt",
  STNMT_REFUSED: "authzmatrixdirectivestnmtrefused",
  "UBND-PHUQUOC-TP": "authzmatrixdirectivephuquoc",
  close: "authzmatrixdirectiveclose",
  closeRefused: "authzmatrixdirectivecloserefused",
} as const;
/**
 * Days off far ahead (2099: no period is affected): the administrator removes one and adds another; the
 * refused cases try to remove and add days of their own, which must stay as they are.
 */
export const CALENDAR_DAY_TO_REMOVE = "2099-12-23";
export const CALENDAR_DAY_TO_ADD = "2099-12-24";
export const CALENDAR_DAY_REFUSED_REMOVE = "2099-12-22";
export const CALENDAR_DAY_REFUSED_ADD = "2099-12-25";
/**
 * Users of the matrix's own, with no membership: refused cases try to lock one, send it a reset link or
 * create it again; the administrator's allowed case sends the other a reset link.
 */
export const MATRIX_USERS = {
  refused: { id: "authzmatrixuserrefused", email: "ma-tran-tu-choi@kiengiang.example" },
  allowed: { id: "authzmatrixuserallowed", email: "ma-tran-duoc-phep@kiengiang.example" },
} as const;
/** Own rows, and a second ("victim") row per user that only other callers' refused cases address. */
export const tokenIdFor = (userId: string, victim = false) =>
  `authzmatrixtoken${victim ? "v" : ""}${userId}`.slice(0, 60);
export const notificationIdFor = (userId: string, victim = false) =>
  `authzmatrixnote${victim ? "v" : ""}${userId}`.slice(0, 60);

const uploadDir = process.env.UPLOAD_DIR ?? path.resolve(import.meta.dirname, "../../../../.data/uploads");

async function insertFile(ids: MatrixIds, code: OrgCode, id: string): Promise<void> {
  const updateId = ids.updates[code];
  if (!updateId) throw new Error(`No 2026 update of ${code} on II.3`);
  const content = Buffer.from(`Tài liệu kiểm chứng của ma trận phân quyền (${code})\n`, "utf8");
  const sha = createHash("sha256").update(content).digest("hex");
  const key = `${sha.slice(0, 2)}/${sha}`;
  mkdirSync(path.join(uploadDir, sha.slice(0, 2)), { recursive: true });
  writeFileSync(path.join(uploadDir, key), content);
  await sql(
    `INSERT INTO "Attachment" (id, "updateId", "uploadedById", "fileName", "mimeType", size, sha256, "storageKey")
     VALUES (${lit(id)}, ${lit(updateId)}, ${lit(ids.users.admin)}, 'ma-tran-phan-quyen.txt', 'text/plain',
             ${content.byteLength}, ${lit(sha)}, ${lit(key)}) ON CONFLICT (id) DO NOTHING`,
  );
}

/**
 * Both workers run this; a session advisory lock makes the second wait for the first, so the 2024 report
 * is compiled and finalized once (concurrent compiles met the report's unique key).
 */
export async function prepareMatrixData(ids: MatrixIds, compiler: APIRequestContext, baseURL: string) {
  await sql("SELECT pg_advisory_lock(828282)");
  try {
    await prepareLocked(ids, compiler, baseURL);
  } finally {
    await sql("SELECT pg_advisory_unlock(828282)");
  }
}

async function prepareLocked(ids: MatrixIds, compiler: APIRequestContext, baseURL: string) {
  await sql(
    `INSERT INTO "OutboxEmail" (id, "to", subject, text, html, attempts, "createdAt", "sentAt")
     VALUES (${lit(OUTBOX_EMAIL_ID)}, 'ma-tran@kiengiang.example', 'Thư của ma trận phân quyền', 'Nội dung',
             '<p>Nội dung</p>', 1, now(), now()) ON CONFLICT (id) DO NOTHING`,
  );
  for (const [code, id] of Object.entries(FILE_IDS)) await insertFile(ids, code as OrgCode, id);
  for (const userId of Object.values(ids.users))
    for (const victim of [false, true]) {
      await sql(
        `INSERT INTO "Notification" (id, "userId", kind, title, body, link, "createdAt")
       VALUES (${lit(notificationIdFor(userId, victim))}, ${lit(userId)}, 'authz-matrix', 'Thông báo của ma trận',
               'Nội dung', '/', now()) ON CONFLICT (id) DO NOTHING`,
      );
    }
  const directives: [string, OrgCode][] = [
    [DIRECTIVE_IDS.STNMT, "STNMT"],
    [DIRECTIVE_IDS.STNMT_REFUSED, "STNMT"],
    [DIRECTIVE_IDS["UBND-PHUQUOC-TP"], "UBND-PHUQUOC-TP"],
    [DIRECTIVE_IDS.close, "UBND-GIANGTHANH"],
    [DIRECTIVE_IDS.closeRefused, "UBND-GIANGTHANH"],
  ];
  for (const [id, code] of directives) {
    await sql(
      `INSERT INTO "Directive" (id, "planId", "organizationId", "authorId", body, state, "createdAt", "updatedAt")
       VALUES (${lit(id)}, ${lit(ids.planId)}, ${lit(ids.orgs[code])}, ${lit(ids.users.leader)},
               'Ý kiến chỉ đạo của ma trận phân quyền', 'OPEN', now(), now()) ON CONFLICT (id) DO NOTHING`,
    );
  }
  for (const userId of Object.values(ids.users))
    for (const victim of [false, true]) {
      const id = tokenIdFor(userId, victim);
      await sql(
        `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, "createdAt")
       VALUES (${lit(id)}, ${lit(userId)}, 'Ma trận phân quyền', ${lit(createHash("sha256").update(id).digest("hex"))},
               'ptk_matrix', now()) ON CONFLICT (id) DO NOTHING`,
      );
    }
  for (const user of Object.values(MATRIX_USERS)) {
    const name = "Người dùng của ma trận phân quyền";
    await sql(
      `INSERT INTO "User" (id, email, name, "searchKey", "updatedAt")
       VALUES (${lit(user.id)}, ${lit(user.email)}, ${lit(name)}, ${lit(userSearchKey({ name, email: user.email }))}, now())
       ON CONFLICT (id) DO NOTHING`,
    );
  }
  for (const day of [CALENDAR_DAY_TO_REMOVE, CALENDAR_DAY_REFUSED_REMOVE])
    await sql(
      `INSERT INTO "CalendarDay" (date, kind, name) VALUES (${lit(day)}, 'DAY_OFF', 'Ma trận phân quyền')
       ON CONFLICT DO NOTHING`,
    );
  await finalizedReport2024(ids, compiler, baseURL);
  ids.reportFileId = await reportFileId(ids);
  ids.drafts = await importDrafts(ids, compiler, baseURL);
}

async function report2024(
  ids: MatrixIds,
): Promise<{ id: string; state: string; version: string } | undefined> {
  const [row] = await sql(
    `SELECT id, state, version FROM "ConsolidatedReport" WHERE "periodId" = ${lit(ids.periods[2024] ?? "")}`,
  );
  return row?.[0] && row[1] && row[2] ? { id: row[0], state: row[1], version: row[2] } : undefined;
}

async function finalizedReport2024(ids: MatrixIds, compiler: APIRequestContext, baseURL: string) {
  const periodId = ids.periods[2024];
  if (!periodId) throw new Error("No 2024 period");
  const manifest = actionManifest();
  const act = async (name: string, fields: Record<string, string>) => {
    const ref = manifest.get(`features/report/actions.ts#${name}`);
    if (!ref) throw new Error(`No action ${name} in the build`);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return callAction(compiler, baseURL, `/periods/${periodId}/report`, ref.id, [{ status: "idle" }, form]);
  };
  if (!(await report2024(ids))) await act("compileReportAction", { periodId });
  const compiled = await report2024(ids);
  if (!compiled) throw new Error("Compiling the 2024 report left no report");
  if (compiled.state === "DRAFT") {
    const answer = await act("finalizeReportAction", { periodId, version: compiled.version });
    // The other worker may have finalized it meanwhile: only the end state matters.
    if ((await report2024(ids))?.state === "DRAFT")
      throw new Error(`Finalizing the 2024 report failed: ${answer.body}`);
  }
}

/** A frozen file of the 2024 report's version, for /report-files. */
async function reportFileId(ids: MatrixIds): Promise<string> {
  const [row] = await sql(
    `SELECT a.id FROM "Attachment" a JOIN "ReportVersion" v ON v.id = a."reportVersionId"
     JOIN "ConsolidatedReport" r ON r.id = v."reportId" WHERE r."periodId" = ${lit(ids.periods[2024] ?? "")}
     ORDER BY a."createdAt" LIMIT 1`,
  );
  if (!row?.[0]) throw new Error("The finalized 2024 report has no version file");
  return row[0];
}

/** Two drafts of the compiler's: a new plan's and a re-import of plan 182 (the redirect names them). */
async function importDrafts(ids: MatrixIds, compiler: APIRequestContext, baseURL: string) {
  const ref = actionManifest().get("features/plan-import/actions.ts#uploadPlanAction");
  if (!ref) throw new Error("No uploadPlanAction in the build");
  // The head of plan 182's text (the seed's source): enough to parse as a plan.
  const planText = readPlan182Source().slice(0, 3000);
  const upload = async (planId?: string) => {
    const form = new FormData();
    form.set("text", planText);
    if (planId) form.set("planId", planId);
    const answer = await callAction(compiler, baseURL, "/plans/import", ref.id, [{ status: "idle" }, form]);
    const id = answer.redirect?.split("/").at(-1)?.split("?")[0];
    if (!id)
      throw new Error(
        `The plan upload did not redirect to its draft: ${answer.status} ${answer.body.slice(0, 300)}`,
      );
    return id;
  };
  const importId = await upload();
  const reimportId = await upload(ids.planId);
  const [row] = await sql(`SELECT reviewed::text FROM "PlanImportDraft" WHERE id = ${lit(importId)}`);
  return { importId, reimportId, reviewed: row?.[0] ?? "{}" };
}
