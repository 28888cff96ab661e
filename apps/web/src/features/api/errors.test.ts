import { AppError, appErrorMessage } from "@plan-tracker/core";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiErrorResponse, validationError } from "./errors";
import { errorResponseSchema } from "./schemas";

const request = { method: "GET", url: "http://localhost/api/v1/plans?x=1" };

async function answer(thrown: unknown) {
  const log = vi.fn();
  const response = apiErrorResponse(thrown, request, log);
  const body = errorResponseSchema.parse(await response.json());
  return { response, body, log };
}

describe("apiErrorResponse", () => {
  it("answers 401 with the Vietnamese message and a WWW-Authenticate challenge", async () => {
    const { response, body, log } = await answer(
      new AppError("UNAUTHENTICATED", { message: "token revoked" }),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="plan-tracker"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body).toEqual({
      error: { code: "UNAUTHENTICATED", message: appErrorMessage("UNAUTHENTICATED", "vi") },
    });
    expect(body.error.message).toMatch(/đăng nhập/);
    expect(log).not.toHaveBeenCalled();
  });

  it("maps 403 and 404 without their internal details", async () => {
    const forbidden = await answer(
      new AppError("FORBIDDEN", { message: "User u1 may not plan.read", details: { action: "plan.read" } }),
    );
    expect(forbidden.response.status).toBe(403);
    expect(forbidden.body).toEqual({
      error: { code: "FORBIDDEN", message: appErrorMessage("FORBIDDEN", "vi") },
    });
    const missing = await answer(new AppError("NOT_FOUND", { message: "Plan abc not found" }));
    expect(missing.response.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toContain("abc");
  });

  it("answers 400 with the parameters at fault", async () => {
    const parsed = z.object({ status: z.enum(["ACTIVE"]) }).safeParse({ status: "NOPE" });
    if (parsed.success) throw new Error("expected a failure");
    const { response, body } = await answer(validationError(parsed.error));
    expect(response.status).toBe(400);
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fieldErrors ?? {})).toEqual(["status"]);
  });

  it("never leaks an unexpected error's message: logs it and answers 500 generically", async () => {
    const secret = new Error("connect ECONNREFUSED postgres://admin:hunter2@db:5432");
    const { response, body, log } = await answer(secret);
    expect(response.status).toBe(500);
    expect(body).toEqual({ error: { code: "INTERNAL", message: appErrorMessage("INTERNAL", "vi") } });
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(log).toHaveBeenCalledWith("API request failed", {
      method: "GET",
      path: "/api/v1/plans",
      error: secret,
    });
  });
});
