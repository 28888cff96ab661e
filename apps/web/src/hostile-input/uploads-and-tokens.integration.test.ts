/**
 * Hostile uploads (executables named .pdf, oversized files, file names that try to be paths) and API
 * tokens that are expired, revoked or made up, against the real services and route handlers.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPlans } from "@/app/api/v1/plans/route";
import { GET as getFile } from "@/app/files/[attachmentId]/route";
import { createApiToken } from "@/features/api-tokens/create-api-token";
import { revokeApiToken } from "@/features/api-tokens/revoke-api-token";
import { uploadEvidence } from "@/features/attachments/upload-evidence";
import type { SessionActor } from "@/server/session";
import { codeOf } from "@/testing/integration";
import { type HostileWorld, openHostileWorld } from "./setup";

let world: HostileWorld;
let uploadDir: string;
let updateId: string;
let staff: SessionActor;
let outsider: SessionActor;

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);
// "MZ", a DOS stub and, at the offset 0x3c names, the "PE\0\0" signature: a Windows executable's head.
const PE = (() => {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a], 0);
  bytes.set([0x80, 0, 0, 0], 0x3c);
  bytes.set([0x50, 0x45, 0, 0, 0x4c, 0x01], 0x80);
  return bytes;
})();
const SHELL = new TextEncoder().encode("#!/bin/sh\nrm -rf / --no-preserve-root\n");

beforeAll(async () => {
  uploadDir = mkdtempSync(path.join(tmpdir(), "pt-hostile-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  process.env.MAX_UPLOAD_MB = "1";
  world = await openHostileWorld("pt_hostile_uploads");
  const skhdt = await world.orgId("SKHDT");
  const open = await world.db.prisma.reportingPeriod.findFirstOrThrow({ where: { state: "OPEN" } });
  updateId = (
    await world.db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId: open.id, organizationId: skhdt },
      select: { id: true },
    })
  ).id;
  staff = await world.actorFor("chuyenvien.skhdt@kiengiang.example");
  outsider = await world.actorFor("chuyenvien.stnmt@kiengiang.example");
}, 180_000);

afterAll(async () => {
  await world?.close();
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  delete process.env.MAX_UPLOAD_MB;
});

const upload = (fileName: string, content: Uint8Array, actor: SessionActor = staff) =>
  uploadEvidence(world.db.prisma, actor, { updateId, fileName, content });

const attachmentCount = () => world.db.prisma.attachment.count();

describe("evidence uploads", () => {
  it.each([
    ["an ELF executable", ELF],
    ["a Windows executable", PE],
    ["a shell script", SHELL],
  ])("refuses %s named báo-cáo.pdf, storing nothing", async (_label, content) => {
    const before = await attachmentCount();
    expect(await upload("báo-cáo.pdf", content)).toEqual({ ok: false, problem: "type" });
    expect(await attachmentCount()).toBe(before);
  });

  it("accepts a real PDF, typed by its content", async () => {
    const result = await upload("bien-ban.pdf", PDF);
    expect(result).toMatchObject({
      ok: true,
      attachment: { mimeType: "application/pdf", fileName: "bien-ban.pdf" },
    });
  });

  it("refuses a file over the limit (MAX_UPLOAD_MB) and an empty one", async () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF);
    expect(await upload("lon.pdf", big)).toEqual({ ok: false, problem: "tooLarge" });
    expect(await upload("rong.pdf", new Uint8Array())).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses another agency's update", async () => {
    expect(await codeOf(upload("x.pdf", PDF, outsider))).toBe("FORBIDDEN");
  });

  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\windows\\system32\\cmd.pdf", "cmd.pdf"],
    ["bao\u0000cao\r\n.pdf", "baocao.pdf"],
    ["CON.pdf", "CON.pdf"],
    ["hoso\u202Efdp.exe", "hosofdp.exe"],
    ["/", "tep-dinh-kem"],
  ])("stores %j as the display name %j, never as a path", async (fileName, stored) => {
    const result = await upload(fileName, PDF);
    if (!result.ok) throw new Error(`refused: ${result.problem}`);
    expect(result.attachment.fileName).toBe(stored);
    const row = await world.db.prisma.attachment.findUniqueOrThrow({ where: { id: result.attachment.id } });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(existsSync(path.join(uploadDir, row.storageKey))).toBe(true);
  });

  it("cuts a very long name to 200 characters without splitting a character", async () => {
    const result = await upload(`${"😀".repeat(300)}.pdf`, PDF);
    if (!result.ok) throw new Error(`refused: ${result.problem}`);
    expect(Array.from(result.attachment.fileName)).toHaveLength(200);
    expect(result.attachment.fileName).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("writes only content-addressed files inside UPLOAD_DIR", () => {
    const entries = readdirSync(uploadDir, { recursive: true }).map(String);
    expect(entries.every((e) => /^[0-9a-f]{2}(\/[0-9a-f]{64})?$/.test(e))).toBe(true);
    expect(existsSync(path.join(uploadDir, "..", "etc", "passwd"))).toBe(false);
  });

  it("serves a hostile name as a download with an escaped Content-Disposition", async () => {
    const result = await upload("a\"; filename=evil.html'(x).pdf", PDF);
    if (!result.ok) throw new Error(`refused: ${result.problem}`);
    const { token } = await createApiToken(world.db.prisma, staff, { name: "Tải tệp", expiresIn: "30" });
    const response = await getFile(
      new Request(`http://localhost/files/${result.attachment.id}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({ attachmentId: result.attachment.id }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1] ?? "")).toBe("a\"; filename=evil.html'(x).pdf");
  });
});

describe("API tokens that are expired, revoked or made up", () => {
  const call = (token: string) =>
    getPlans(new Request("http://localhost/api/v1/plans", { headers: { authorization: `Bearer ${token}` } }));

  async function refusal(token: string) {
    const response = await call(token);
    const text = await response.text();
    return { status: response.status, challenge: response.headers.get("www-authenticate") ?? "", text };
  }

  it("answers 401 saying the token expired or was revoked, so the client knows to get a new one", async () => {
    const expired = await createApiToken(world.db.prisma, staff, { name: "Hết hạn", expiresIn: "30" });
    expect((await call(expired.token)).status).toBe(200);
    await world.db.prisma.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const revoked = await createApiToken(world.db.prisma, staff, { name: "Thu hồi", expiresIn: "never" });
    await revokeApiToken(world.db.prisma, staff, revoked.id);

    const answers = {
      expired: await refusal(expired.token),
      revoked: await refusal(revoked.token),
      unknown: await refusal(`pt_${"A".repeat(43)}`),
      malformed: await refusal("pt_'OR'1'='1'--"),
    };
    for (const answer of Object.values(answers)) {
      expect(answer.status).toBe(401);
      expect(answer.challenge).toMatch(/^Bearer realm="plan-tracker", error="invalid_token"/);
      // The same body whatever the reason: no token, no owner, no id.
      expect(answer.text).toBe(answers.unknown.text);
      expect(answer.text).toMatch(/đăng nhập/);
    }
    expect(answers.expired.challenge).toContain("expired");
    expect(answers.revoked.challenge).toContain("revoked");
    expect(answers.unknown.challenge).toBe(answers.malformed.challenge);
    const everything = JSON.stringify(answers);
    for (const secret of [expired.token, revoked.token, expired.id, staff.userId, "chuyenvien.skhdt"]) {
      expect(everything).not.toContain(secret);
    }
  });
});
