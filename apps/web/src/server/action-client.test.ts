import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@plan-tracker/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const actor = vi.hoisted(() => ({ current: null as null | { userId: string } }));
vi.mock("./session", () => ({ getActor: async () => actor.current }));
vi.mock("./audit", () => ({ auditRequestContext: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
vi.mock("next/navigation", () => ({
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && error.message === "NEXT_REDIRECT") throw error;
  },
}));

const { ACTION_CLIENT_MARK, authedAction, publicAction } = await import("./action-client");

const srcDir = path.resolve(import.meta.dirname, "..");
const CLIENT_EXPORT = /^const\s+(\w+)\s*=\s*(?:authedAction|publicAction|publicFormAction)\(/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every "use server" module under src, with the exports that are not made by the action client. */
function serverModules(): { file: string; exports: string[]; strays: string[] }[] {
  return walk(srcDir)
    .filter((file) => /^\s*["']use server["'];?/.test(readFileSync(file, "utf8")))
    .map((file) => {
      const text = readFileSync(file, "utf8");
      const exports: string[] = [];
      const strays: string[] = [];
      for (const match of text.matchAll(/^export\s+(.*)$/gm)) {
        const statement = match[1] ?? "";
        if (/^(type|interface)\s/.test(statement)) continue;
        const made = CLIENT_EXPORT.exec(statement);
        if (made) exports.push(made[1] ?? "");
        else strays.push(statement.slice(0, 80));
      }
      return { file: path.relative(srcDir, file), exports, strays };
    });
}

describe("every server action goes through the action client", () => {
  it("finds the app's server action modules", () => {
    const modules = serverModules();
    expect(modules.length).toBeGreaterThanOrEqual(19);
    expect(modules.flatMap((m) => m.exports).length).toBeGreaterThanOrEqual(40);
  });

  it("exports only `const x = authedAction|publicAction|publicFormAction(...)` (and types)", () => {
    const strays = serverModules().flatMap((m) => m.strays.map((s) => `${m.file}: export ${s}`));
    expect(strays, "exported server actions that do not go through server/action-client.ts").toEqual([]);
  });

  it("the scan catches a hand-written action", () => {
    const text = `"use server";\nexport async function sneaky(form: FormData) {}\nexport const ok = authedAction(\n`;
    const exported = [...text.matchAll(/^export\s+(.*)$/gm)].map((m) => m[1] ?? "");
    expect(exported.filter((s) => !CLIENT_EXPORT.test(s))).toEqual([
      "async function sneaky(form: FormData) {}",
    ]);
  });
});

describe("the action client", () => {
  const schema = z.object({ title: z.string().min(1, { error: "titleRequired" }) });
  const input = (_prev: unknown, form: FormData) => ({ title: form.get("title") });
  const values = (_prev: unknown, form: FormData) => ({ title: String(form.get("title") ?? "") });
  const form = (title: string) => {
    const data = new FormData();
    data.set("title", title);
    return data;
  };
  let errors: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    actor.current = { userId: "u1" };
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it("answers the signed-out UNAUTHENTICATED with what they typed, without running the handler", async () => {
    actor.current = null;
    const handler = vi.fn(async () => ({ status: "saved" as const }));
    const action = authedAction({ name: "t.save", input, schema, values }, handler);
    expect(await action(null, form("Kế hoạch"))).toEqual({
      status: "error",
      error: "UNAUTHENTICATED",
      values: { title: "Kế hoạch" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("parses the input: VALIDATION with each field's first message key", async () => {
    const action = authedAction({ name: "t.save", input, schema, values, fields: ["title"] }, async () => ({
      status: "saved" as const,
    }));
    expect(await action(null, form(""))).toEqual({
      status: "error",
      error: "VALIDATION",
      fieldErrors: { title: "titleRequired" },
      values: { title: "" },
    });
  });

  it("passes the parsed input and the actor to the handler and returns its value", async () => {
    const action = authedAction({ name: "t.save", input, schema }, async ({ actor: who, input: parsed }) => ({
      status: "saved" as const,
      by: who.userId,
      title: parsed.title,
    }));
    expect(await action(null, form("Một"))).toEqual({ status: "saved", by: "u1", title: "Một" });
  });

  it("maps an AppError to its code, its declared reason, params and field errors, without a log", async () => {
    const action = authedAction(
      { name: "t.save", input, schema, values, fields: ["title"], reasons: ["stale"] },
      async () => {
        throw new AppError("CONFLICT", {
          details: {
            reason: "stale",
            params: { year: 2026 },
            fieldErrors: { title: ["taken"], other: ["x"] },
          },
        });
      },
    );
    expect(await action(null, form("Hai"))).toEqual({
      status: "error",
      error: "CONFLICT",
      reason: "stale",
      params: { year: 2026 },
      fieldErrors: { title: "taken" },
      values: { title: "Hai" },
    });
    expect(errors).not.toHaveBeenCalled();
  });

  it("drops a reason the action did not declare", async () => {
    const action = authedAction({ name: "t.save", input, schema }, async () => {
      throw new AppError("FORBIDDEN", { details: { reason: "secret internal wording" } });
    });
    expect(await action(null, form("Ba"))).toEqual({ status: "error", error: "FORBIDDEN" });
  });

  it("logs an unexpected failure with its context and answers INTERNAL, never its message", async () => {
    const action = authedAction({ name: "t.save", input, schema }, async () => {
      throw new Error("password=hunter2 in a stack trace");
    });
    const answer = await action(null, form("Bốn"));
    expect(answer).toEqual({ status: "error", error: "INTERNAL" });
    expect(JSON.stringify(answer)).not.toContain("hunter2");
    expect(errors).toHaveBeenCalledWith("t.save failed", { userId: "u1" }, expect.any(Error));
  });

  it("lets redirects through", async () => {
    const action = authedAction({ name: "t.save", input, schema }, async () => {
      throw new Error("NEXT_REDIRECT");
    });
    await expect(action(null, form("Năm"))).rejects.toThrow("NEXT_REDIRECT");
  });

  it("runs a public action without an actor, and marks what it made", async () => {
    actor.current = null;
    const action = publicAction({ name: "t.public", input, schema }, async ({ input: parsed }) => ({
      status: "done" as const,
      title: parsed.title,
    }));
    expect(await action(null, form("Sáu"))).toEqual({ status: "done", title: "Sáu" });
    // The mark is a symbol property the action's type does not declare (not a JSON column).
    expect((action as unknown as Record<symbol, unknown>)[ACTION_CLIENT_MARK]).toBe(true);
  });
});
