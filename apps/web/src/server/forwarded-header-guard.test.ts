import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installForwardedHeaderGuard } from "./forwarded-header-guard";

let server: Server;
let base: string;

beforeAll(async () => {
  delete process.env.TRUSTED_PROXY;
  installForwardedHeaderGuard();
  // Created after the guard, like Next.js's server; the guard patches the prototype either way.
  server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("installForwardedHeaderGuard with no trusted proxy", () => {
  it("drops forwarding headers a client sends, before any handler reads them", async () => {
    const response = await fetch(base, {
      headers: {
        "X-Forwarded-For": "6.6.6.6",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "evil.example",
        "X-Real-IP": "6.6.6.7",
        Forwarded: "for=6.6.6.8",
        "X-Other": "kept",
      },
    });
    const seen = (await response.json()) as Record<string, string>;
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
    expect(seen["x-other"]).toBe("kept");
  });
});
