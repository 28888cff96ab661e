import { describe, expect, it } from "vitest";
import {
  APP_ERROR_CODES,
  AppError,
  type AppErrorCode,
  appErrorHttpStatus,
  appErrorMessage,
  isAppError,
  toAppError,
} from "./errors";
import { LOCALES } from "./locale";

describe("AppError", () => {
  it("carries its code and details", () => {
    const error = new AppError("RATE_LIMITED", { details: { minutes: 7 } });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.details).toEqual({ minutes: 7 });
    expect(error.name).toBe("AppError");
  });

  it.each([
    [new AppError("FORBIDDEN"), true],
    [Object.assign(new Error("x"), { name: "AppError", code: "NOT_FOUND" }), true],
    [Object.assign(new Error("x"), { name: "AppError", code: "NOPE" }), false],
    [new Error("FORBIDDEN"), false],
    [{ code: "FORBIDDEN" }, false],
    [null, false],
    ["FORBIDDEN", false],
  ])("isAppError(%#)", (value, expected) => {
    expect(isAppError(value)).toBe(expected);
  });

  it("turns unknown failures into INTERNAL without exposing their message", () => {
    const original = new Error('duplicate key value violates unique constraint "users_email_key"');
    const error = toAppError(original);
    expect(error.code).toBe("INTERNAL");
    expect(error.cause).toBe(original);
    expect(appErrorMessage(error.code)).not.toContain("users_email_key");
    const known = new AppError("CONFLICT");
    expect(toAppError(known)).toBe(known);
  });

  it("tells a busy or unreachable database (try again) from a failure", () => {
    const poolTimeout = Object.assign(new Error("Unable to start a transaction in the given time."), {
      code: "P2028",
    });
    expect(toAppError(poolTimeout).code).toBe("UNAVAILABLE");
    const refused = new Error("driver failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    expect(toAppError(refused).code).toBe("UNAVAILABLE");
    expect(toAppError(Object.assign(new Error("unique"), { code: "P2002" })).code).toBe("INTERNAL");
    expect(appErrorMessage("UNAVAILABLE")).toContain("thử lại");
  });

  // The shapes Prisma 7's pg adapter and node-postgres threw while PostgreSQL was stopped under load.
  it("tells a database being restarted from a failure", () => {
    const adapterError = (cause: Record<string, unknown>) =>
      Object.assign(new Error("Raw query failed."), {
        code: "P2010",
        meta: { driverAdapterError: { cause } },
      });
    const terminated = adapterError({ kind: "postgres", originalCode: "57P01", code: "57P01" });
    expect(toAppError(terminated).code).toBe("UNAVAILABLE");
    expect(toAppError(adapterError({ kind: "DatabaseNotReachable", port: 5432 })).code).toBe("UNAVAILABLE");
    expect(toAppError(adapterError({ kind: "ConnectionClosed" })).code).toBe("UNAVAILABLE");
    const dead = new Error("Client has encountered a connection error and is not queryable");
    expect(toAppError(dead).code).toBe("UNAVAILABLE");
    expect(toAppError(new Error("Connection terminated unexpectedly")).code).toBe("UNAVAILABLE");
    // A query's own failure stays a failure, however it is wrapped.
    expect(toAppError(adapterError({ kind: "postgres", originalCode: "42601" })).code).toBe("INTERNAL");
    expect(toAppError(new Error("Connection terminated by the user's query")).code).toBe("INTERNAL");
  });
});

describe("appErrorHttpStatus", () => {
  it.each<[AppErrorCode, number]>([
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["VALIDATION", 400],
    ["CONFLICT", 409],
    ["RATE_LIMITED", 429],
    ["UNAVAILABLE", 503],
    ["INTERNAL", 500],
  ])("%s -> %i", (code, status) => {
    expect(appErrorHttpStatus(code)).toBe(status);
  });
});

describe("appErrorMessage", () => {
  it.each([
    ["FORBIDDEN", "Bạn không có quyền thực hiện thao tác này."],
    ["UNAUTHENTICATED", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."],
  ] as const)("%s in Vietnamese", (code, message) => {
    expect(appErrorMessage(code, "vi")).toBe(message);
  });

  it("interpolates the minutes of a lock-out", () => {
    expect(appErrorMessage("RATE_LIMITED", "vi", { minutes: 15 })).toBe(
      "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    );
    expect(appErrorMessage("RATE_LIMITED", "en", { minutes: 1 })).toContain("1 minute.");
    expect(appErrorMessage("RATE_LIMITED", "vi")).not.toContain("undefined");
  });

  it("has a non-empty, placeholder-free message for every code and locale", () => {
    for (const code of APP_ERROR_CODES) {
      for (const locale of LOCALES) {
        const message = appErrorMessage(code, locale);
        expect(message.length).toBeGreaterThan(10);
        expect(message).not.toMatch(/[{}]|undefined/);
      }
    }
  });

  it("defaults to Vietnamese", () => {
    expect(appErrorMessage("NOT_FOUND")).toBe(appErrorMessage("NOT_FOUND", "vi"));
  });
});
