import { AppError } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { saveUpdateSchema } from "@/features/updates/schema";
import {
  auditContextOf,
  isSameOrigin,
  parseBody,
  readJsonBody,
  requireSameOriginForCookie,
} from "./request-guards";

const put = (headers: Record<string, string>, body?: string) =>
  new Request("https://theodoi.kiengiang.example/api/v1/updates", { method: "PUT", headers, body });

function thrownBy(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("isSameOrigin", () => {
  it("accepts an Origin whose host is the Host the request was sent to", () => {
    expect(isSameOrigin(put({ origin: "https://app.example", host: "app.example" }))).toBe(true);
    expect(isSameOrigin(put({ origin: "http://localhost:3000", host: "LOCALHOST:3000" }))).toBe(true);
  });

  it("prefers the proxy's X-Forwarded-Host (its first value) over Host", () => {
    const behindProxy = { host: "10.0.0.5:3000", "x-forwarded-host": "app.example, inner.example" };
    expect(isSameOrigin(put({ ...behindProxy, origin: "https://app.example" }))).toBe(true);
    expect(isSameOrigin(put({ ...behindProxy, origin: "http://10.0.0.5:3000" }))).toBe(false);
  });

  it("falls back to the URL's host when no Host header is present", () => {
    expect(isSameOrigin(put({ origin: "https://theodoi.kiengiang.example" }))).toBe(true);
  });

  it("refuses a missing, opaque, malformed or foreign Origin, and another port", () => {
    expect(isSameOrigin(put({ host: "app.example" }))).toBe(false);
    expect(isSameOrigin(put({ host: "app.example", origin: "null" }))).toBe(false);
    expect(isSameOrigin(put({ host: "app.example", origin: "not a url" }))).toBe(false);
    expect(isSameOrigin(put({ host: "app.example", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(put({ host: "app.example", origin: "https://app.example.evil.example" }))).toBe(
      false,
    );
    expect(isSameOrigin(put({ host: "app.example", origin: "https://app.example:8443" }))).toBe(false);
  });
});

describe("requireSameOriginForCookie", () => {
  it("requires a same-origin Origin from cookie requests only", () => {
    expect(thrownBy(() => requireSameOriginForCookie(put({ host: "app.example" }))).code).toBe("FORBIDDEN");
    expect(() =>
      requireSameOriginForCookie(put({ host: "app.example", origin: "https://app.example" })),
    ).not.toThrow();
    // A bearer token is never attached by a browser on its own: no Origin needed.
    expect(() => requireSameOriginForCookie(put({ authorization: "Bearer pt_x" }))).not.toThrow();
  });
});

describe("readJsonBody", () => {
  it("parses a JSON body, with or without a charset, and +json types", async () => {
    expect(await readJsonBody(put({ "content-type": "application/json" }, '{"a":1}'))).toEqual({ a: 1 });
    expect(
      await readJsonBody(put({ "content-type": "application/json; charset=utf-8" }, '"Kiên Giang"')),
    ).toBe("Kiên Giang");
    expect(await readJsonBody(put({ "content-type": "application/merge-patch+json" }, "[]"))).toEqual([]);
  });

  it("answers VALIDATION, with a message for the body as a whole, for what is not JSON", async () => {
    const form = await rejectionOf(readJsonBody(put({ "content-type": "text/plain" }, '{"a":1}')));
    expect(form.code).toBe("VALIDATION");
    expect(form.details?.fieldErrors).toEqual({ _: [expect.stringContaining("application/json")] });
    const missing = await rejectionOf(readJsonBody(put({}, '{"a":1}')));
    expect(missing.code).toBe("VALIDATION");
    const broken = await rejectionOf(readJsonBody(put({ "content-type": "application/json" }, "{a:1}")));
    expect(broken.details?.fieldErrors).toEqual({ _: ["Nội dung yêu cầu không phải JSON hợp lệ."] });
  });

  it("refuses a body over the limit, counted in bytes", async () => {
    // 400 characters of "ế" are 1,200 bytes in UTF-8.
    const body = JSON.stringify("ế".repeat(400));
    const tooLarge = await rejectionOf(readJsonBody(put({ "content-type": "application/json" }, body), 1000));
    expect(tooLarge.details?.fieldErrors?._?.[0]).toMatch(/vượt quá 1 KB/);
    const declared = await rejectionOf(
      readJsonBody(put({ "content-type": "application/json", "content-length": "5000" }, "{}"), 1000),
    );
    expect(declared.code).toBe("VALIDATION");
    expect(await readJsonBody(put({ "content-type": "application/json" }, body), 2000)).toHaveLength(400);
  });
});

const validBody = {
  periodId: "p1",
  taskId: "t1",
  actionItemId: null,
  organizationId: "o1",
  expectedVersion: 0,
  status: "IN_PROGRESS",
  percent: 40,
  completedOn: null,
  results: "Đã rà soát.",
  difficulties: "",
  proposals: "",
  citedDocuments: [],
  indicatorValues: [],
};

describe("parseBody", () => {
  it("returns the parsed body", () => {
    // A client that does not send resultScope (written before it existed) reports this period's results.
    expect(parseBody(saveUpdateSchema, validBody)).toEqual({ ...validBody, resultScope: "PERIOD" });
  });

  it("names each field by its full path, with the editor's Vietnamese messages", () => {
    const error = thrownBy(() =>
      parseBody(saveUpdateSchema, {
        ...validBody,
        status: "COMPLETED",
        percent: 140,
        citedDocuments: [
          { symbol: "Công văn số 1/STNMT", issuedOn: null, issuer: "", summary: "" },
          { symbol: "  ", issuedOn: "2031-02-30", issuer: "", summary: "" },
        ],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fieldErrors).toEqual({
      percent: ["Tiến độ là số nguyên từ 0 đến 100."],
      "citedDocuments.1.symbol": ["Nhập số, ký hiệu văn bản (hoặc xóa dòng này)."],
      "citedDocuments.1.issuedOn": ["Ngày không hợp lệ."],
      // Cross-field rules are reported in the same answer.
      completedOn: ["Nhập ngày hoàn thành."],
    });
    const completed = thrownBy(() => parseBody(saveUpdateSchema, { ...validBody, status: "COMPLETED" }));
    expect(completed.details?.fieldErrors).toEqual({ completedOn: ["Nhập ngày hoàn thành."] });
  });

  it("gives zod's own checks in Vietnamese, and '_' for a body that is not an object", () => {
    const { periodId: _periodId, ...withoutPeriod } = validBody;
    const missing = thrownBy(() => parseBody(saveUpdateSchema, withoutPeriod));
    expect(Object.keys(missing.details?.fieldErrors ?? {})).toEqual(["periodId"]);
    expect(missing.details?.fieldErrors?.periodId?.[0]).toMatch(/không hợp lệ/);
    const notObject = thrownBy(() => parseBody(saveUpdateSchema, [1, 2]));
    expect(Object.keys(notObject.details?.fieldErrors ?? {})).toEqual(["_"]);
    // A message that is no catalog key is kept as the schema wrote it.
    const custom = thrownBy(() => parseBody(z.object({ n: z.int({ error: "Số nguyên." }) }), { n: 1.5 }));
    expect(custom.details?.fieldErrors).toEqual({ n: ["Số nguyên."] });
  });
});

describe("auditContextOf", () => {
  it("takes the socket's address (the last X-Forwarded-For entry) when no proxy is trusted, and the user agent", () => {
    expect(
      auditContextOf(put({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "user-agent": "curl/8.5" })),
    ).toEqual({ ip: "10.0.0.1", userAgent: "curl/8.5" });
    // X-Real-IP is a client-settable header no proxy is configured to vouch for.
    expect(auditContextOf(put({ "x-real-ip": "198.51.100.2" }))).toEqual({ ip: "unknown", userAgent: null });
    expect(auditContextOf(put({}))).toEqual({ ip: "unknown", userAgent: null });
  });
});
