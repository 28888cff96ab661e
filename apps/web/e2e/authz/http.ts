/**
 * HTTP as each role: a request context signed in through next-auth's credentials endpoint (once per role
 * and worker), and server actions called the way the browser calls them: a POST to a page with the
 * `Next-Action` header and the arguments encoded by React's own `encodeReply`.
 */
import { createRequire } from "node:module";
import { type APIRequestContext, type APIResponse, request } from "@playwright/test";
import { account, DEMO_PASSWORD, type Role } from "../accounts";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

export type Caller = Role | "anonymous";

export async function contextFor(caller: Caller, baseURL: string): Promise<APIRequestContext> {
  // A fresh connection per request: a kept-alive socket the server closes after its idle timeout (the
  // context idles while other callers' cases run) was reused at that moment once (ECONNRESET).
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: { "Accept-Language": "vi", Connection: "close" },
  });
  if (caller === "anonymous") return context;
  const csrf = await context.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account(caller).email, password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const session = (await (await context.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  } | null;
  if (session?.user?.email !== account(caller).email) throw new Error(`Sign-in as ${caller} failed`);
  return context;
}

/** What an action answered: its return value (a plain object) or how it ended otherwise. */
export interface ActionAnswer {
  status: number;
  /** Set when the action redirected (`redirect()`): the target path. */
  redirect: string | null;
  /** The returned value; undefined for void actions, errors and redirects. */
  value: unknown;
  /** The action threw (an error row in the response). */
  threw: boolean;
  body: string;
}

export type ActionArgs = unknown[];

export async function callAction(
  context: APIRequestContext,
  baseURL: string,
  pagePath: string,
  actionId: string,
  args: ActionArgs,
): Promise<ActionAnswer> {
  const encoded = await encodeReply(args);
  const headers = {
    "Next-Action": actionId,
    Accept: "text/x-component",
    Origin: baseURL,
  };
  const response: APIResponse =
    typeof encoded === "string"
      ? await context.post(pagePath, {
          headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
          data: encoded,
          maxRedirects: 0,
        })
      : await context.post(pagePath, { headers, multipart: encoded, maxRedirects: 0 });
  const body = await response.text();
  const redirectHeader = response.headers()["x-action-redirect"] ?? response.headers().location ?? null;
  const { value, threw } = parseFlight(body);
  return { status: response.status(), redirect: redirectHeader?.split(";")[0] ?? null, value, threw, body };
}

/** The RSC answer of an action: row 0 is `{ a: "$@<row>", ... }`, the named row holds the result. */
function parseFlight(body: string): { value: unknown; threw: boolean } {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = rows.get("0");
  if (!root) return { value: undefined, threw: false };
  let ref: string | undefined;
  try {
    const parsed = JSON.parse(root) as { a?: unknown };
    if (typeof parsed.a === "string" && parsed.a.startsWith("$@")) ref = parsed.a.slice(2);
  } catch {
    return { value: undefined, threw: false };
  }
  const row = ref === undefined ? undefined : rows.get(ref);
  if (row === undefined) return { value: undefined, threw: false };
  if (row.startsWith("E")) return { value: undefined, threw: true };
  try {
    return { value: JSON.parse(row), threw: false };
  } catch {
    return { value: undefined, threw: false };
  }
}
