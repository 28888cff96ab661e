import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { PLAN_182_SOURCE } from "../test-fixtures";
import { runImport } from "./run-import";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    async () => organizations,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("plan:import", () => {
  it("--dry-run prints the parsed plan as JSON", async () => {
    const { code, out } = await run("--dry-run", PLAN_182_SOURCE);
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan).toMatchObject({
      number: "182/KH-UBND",
      issuedAt: "2020-11-27",
      issuer: { code: "UBND-KG" },
    });
    expect(plan.sourceText).toBeUndefined();
    expect(plan.tasks[0]).toMatchObject({
      code: "II.1.a",
      lead: { org: { code: "STTTT", name: "Sở Thông tin và Truyền thông" } },
    });
    expect(plan.tasks.map((t: { code: string }) => t.code)).toContain("II.4.đ");
  });

  it("--summary prints the short form with lead codes, coordinators and deadlines", async () => {
    const { out } = await run("--dry-run", "--summary", PLAN_182_SOURCE);
    const plan = JSON.parse(out);
    expect(plan.tasks.find((t: { code: string }) => t.code === "III.1")).toMatchObject({
      lead: { code: "STNMT", implied: false },
      coordinators: [
        "SKHDT",
        "các sở, ban ngành",
        "Ủy ban nhân dân các huyện, thành phố",
        "các đơn vị có liên quan",
      ],
      deadline: { kind: "RECURRING", dueDay: 5, dueMonth: 12 },
    });
  });

  it("without a database to write to, points to --dry-run (exit 2)", async () => {
    const { code, err } = await run(PLAN_182_SOURCE);
    expect(code).toBe(2);
    expect(err).toMatch(/--dry-run/);
  });

  it("answers bad input and bad usage in Vietnamese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-import-"));
    const pdf = join(dir, "ke-hoach.pdf");
    writeFileSync(pdf, "%PDF-1.4\n");
    expect(await run("--dry-run", pdf)).toMatchObject({ code: 1, err: expect.stringMatching(/PDF/) });
    expect(await run("--dry-run", join(dir, "khong-co.docx"))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Không mở được tệp/),
    });
    expect((await run("--dry-run")).code).toBe(64);
    expect((await run("--dry-run", "--format", "pdf", PLAN_182_SOURCE)).code).toBe(64);
    const directory = join(dir, "danh-muc.json");
    writeFileSync(directory, JSON.stringify([{ code: "X-TTTT", name: "Sở Thông tin và Truyền thông" }]));
    const custom = JSON.parse((await run("--dry-run", "--directory", directory, PLAN_182_SOURCE)).out);
    expect(custom.tasks[0].lead.org.code).toBe("X-TTTT");
  });
});
