import { AppError } from "@plan-tracker/core";
import { z } from "zod";
import { clientAddressFrom, trustedHops } from "@/server/trusted-proxy";
import viUpdates from "../../../messages/vi/updates.json";

/**
 * Checks for the API's write requests: same-origin for cookie sessions, a bounded JSON body, zod failures
 * as full field paths with Vietnamese messages, the audit context from the request. Pure: no Next.js.
 */

/**
 * Whether a request that rides on the session cookie comes from this site: its `Origin` host must equal
 * the host it was sent to (`X-Forwarded-Host` behind a proxy, else `Host`, else the URL's). A missing,
 * opaque ("null") or foreign Origin is refused. Requests with an Authorization header carry their
 * credential explicitly (a browser never attaches it on its own) and need no Origin.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host")?.trim() || new URL(request.url).host;
  return originHost.toLowerCase() === host.toLowerCase();
}

/** Throws FORBIDDEN for a cookie-authenticated write that is not provably same-origin (CSRF). */
export function requireSameOriginForCookie(request: Request): void {
  if (request.headers.get("authorization") !== null) return;
  if (!isSameOrigin(request))
    throw new AppError("FORBIDDEN", { message: "Cross-site or Origin-less write with a session cookie" });
}

/** Largest accepted body: three 20,000-character texts and 50 cited documents fit many times over. */
export const MAX_JSON_BODY_BYTES = 1_000_000;

const bodyError = (message: string, log: string) =>
  new AppError("VALIDATION", { message: log, details: { fieldErrors: { _: [message] } } });

function isJsonMediaType(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** The request's JSON body, or VALIDATION (400) saying what is wrong with it. */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type")))
    throw bodyError("Gửi nội dung JSON với Content-Type: application/json.", "Body is not JSON");
  const tooLarge = () =>
    bodyError(`Nội dung yêu cầu vượt quá ${Math.floor(maxBytes / 1000)} KB.`, "Body too large");
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > maxBytes) throw tooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bodyError("Nội dung yêu cầu không phải JSON hợp lệ.", "Body is not valid JSON");
  }
}

const viLocale = z.locales.vi();
const updateErrorMessages: Readonly<Record<string, string>> = viUpdates.update.errors;

/**
 * Parses with zod's Vietnamese messages for its own checks; a schema's message that is a key of the
 * update form's catalog ("citedSymbolRequired") is translated the way the editor shows it. Failures are
 * VALIDATION (400) with full dotted paths ("citedDocuments.0.symbol"; "_" for the body as a whole).
 */
export function parseBody<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: viLocale.localeError });
  if (result.success) return result.data;
  throw new AppError("VALIDATION", {
    message: "Invalid API request body",
    details: { fieldErrors: issueFieldErrors(result.error) },
  });
}

export function issueFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const message = Object.hasOwn(updateErrorMessages, issue.message)
      ? (updateErrorMessages[issue.message] ?? issue.message)
      : issue.message;
    const key = issue.path.join(".") || "_";
    const messages = fieldErrors[key] ?? [];
    fieldErrors[key] = messages;
    if (!messages.includes(message)) messages.push(message);
  }
  return fieldErrors;
}

/** Where a request came from, for the audit trail (the address TRUSTED_PROXY vouches for, as the app does). */
export function auditContextOf(request: Request): { ip: string; userAgent: string | null } {
  const h = request.headers;
  return {
    ip: clientAddressFrom(h, trustedHops()),
    userAgent: h.get("user-agent"),
  };
}
