import { AppError, appErrorMessage } from "@plan-tracker/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionActor } from "@/server/session";
import { authenticatedRoute } from "./handler";

vi.mock("server-only", () => ({}));
vi.mock("@/server/session", () => ({ getActor: async () => null }));

const actor = { userId: "u1" } as SessionActor;
const signedIn = { sessionActor: async () => actor };
const signedOut = { sessionActor: async () => null };
const request = () => new Request("http://localhost/x?n=2");

afterEach(() => vi.restoreAllMocks());

describe("authenticatedRoute", () => {
  it("hands the handler the actor and the validated parameters", async () => {
    const route = authenticatedRoute(
      {
        auth: "session",
        answer: "json",
        authentication: signedIn,
        params: z.object({ id: z.string() }),
        query: z.object({ n: z.coerce.number() }),
      },
      async (input) => Response.json({ user: input.actor.userId, id: input.params.id, n: input.query.n }),
    );
    const response = await route(request(), { params: Promise.resolve({ id: "p1" }) });
    expect(await response.json()).toEqual({ user: "u1", id: "p1", n: 2 });
  });

  it("answers a signed-out caller 401: JSON for the API, text for downloads, or the route's own answer", async () => {
    const handler = vi.fn(async () => new Response("ok"));
    const json = await authenticatedRoute(
      { auth: "session", answer: "json", authentication: signedOut },
      handler,
    )(request());
    expect(json.status).toBe(401);
    expect((await json.json()).error.code).toBe("UNAUTHENTICATED");
    const text = await authenticatedRoute(
      { auth: "session", answer: "text", authentication: signedOut },
      handler,
    )(request());
    expect([text.status, await text.text()]).toEqual([401, "Unauthorized"]);
    const own = await authenticatedRoute(
      {
        auth: "session",
        answer: "text",
        authentication: signedOut,
        signedOut: () => new Response("Không tìm thấy.", { status: 404 }),
      },
      handler,
    )(request());
    expect([own.status, await own.text()]).toEqual([404, "Không tìm thấy."]);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers an AppError by its status and an unexpected error generically, logging it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = (error: unknown, answer: "json" | "text") =>
      authenticatedRoute({ auth: "session", answer, authentication: signedIn }, async () => {
        throw error;
      })(request());
    const forbidden = await failing(new AppError("FORBIDDEN"), "text");
    expect([forbidden.status, await forbidden.text()]).toEqual([403, appErrorMessage("FORBIDDEN", "vi")]);
    const notFound = await failing(new AppError("NOT_FOUND"), "text");
    expect([notFound.status, await notFound.text()]).toEqual([404, "Not found"]);
    expect(log).not.toHaveBeenCalled();
    const secret = new Error("connection string postgres://secret");
    const text = await failing(secret, "text");
    expect(text.status).toBe(500);
    expect(await text.text()).toBe(appErrorMessage("INTERNAL", "vi"));
    const json = await failing(secret, "json");
    expect(json.status).toBe(500);
    expect(JSON.stringify(await json.json())).not.toContain("secret");
    expect(log).toHaveBeenCalledTimes(2);
  });
});
