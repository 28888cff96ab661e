import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatedRoute } from "./handler";
import { consumeApiQuota, createApiLimiters } from "./rate-limit";

// The route wrapper with small limits of its own: what the API answers once a caller goes over them.
const limiters = createApiLimiters({
  perToken: { points: 3, duration: 60 },
  perAddress: { points: 5, duration: 60 },
});
const route = authenticatedRoute(
  {
    auth: "session-or-token",
    answer: "json",
    rateLimit: (request) => consumeApiQuota(request, limiters),
    authentication: { sessionActor: async () => ({ userId: "u1" }) as never },
  },
  async () => Response.json({ ok: true }),
);

let previous: string | undefined;
beforeAll(() => {
  previous = process.env.TRUSTED_PROXY;
  process.env.TRUSTED_PROXY = "1";
});
afterAll(() => {
  if (previous === undefined) delete process.env.TRUSTED_PROXY;
  else process.env.TRUSTED_PROXY = previous;
});

const call = (address: string, token?: string) =>
  route(
    new Request("http://127.0.0.1/api/v1/plans", {
      headers: {
        "x-forwarded-for": address,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  );

describe("the API's rate limit", () => {
  it("answers 429 with Retry-After once an address goes over its limit, and counts addresses apart", async () => {
    for (let i = 0; i < 5; i++) expect((await call("198.51.100.1")).status).toBe(200);
    const refused = await call("198.51.100.1");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // Another office is not held back by the first.
    expect((await call("198.51.100.2")).status).toBe(200);
  });

  it("limits a token wherever it is sent from, before looking it up", async () => {
    const token = `ptk_${"a".repeat(43)}`;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await call(`203.0.113.${i + 1}`, token)).status);
    // Three tries of the (unknown) token are answered as such; the fourth is over its limit.
    expect(answers.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(answers[3]).toBe(429);
  });
});
