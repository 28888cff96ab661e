import "server-only";
import { toAppError } from "@plan-tracker/core";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fromAppError, zodFieldErrors } from "./action-errors";
import type { ActionError } from "./action-result";
import { auditRequestContext } from "./audit";
import { getActor, type SessionActor } from "./session";

/**
 * The one way a server action is written (every export of a "use server" file is made here; a unit test,
 * action-client.test.ts, fails on one that is not). In the spirit of next-safe-action's
 * `authenticatedActionClient`, and small:
 *
 * 1. the typed text (`values`) is read from the arguments first, so every refusal gives it back;
 * 2. the actor: **signed out, an action is answered `{ status: "error", error: "UNAUTHENTICATED" }`, never
 *    redirected** (one rule for all: a redirect would take the user away from what they typed; the form
 *    says the session expired and keeps the text). `publicAction` skips this step;
 * 3. the input is parsed with the action's zod schema: a failure is answered VALIDATION with each field's
 *    first message key;
 * 4. the handler runs (a domain function: it authorizes with the core policy and records its audit
 *    event). `redirect()`, `notFound()` and the like pass through;
 * 5. anything it throws becomes an `ActionError`: an AppError gives its code, its `details.reason` (when
 *    the action lists it), `details.params`, and its field errors; anything else is logged with the
 *    action's name and the user, and answered INTERNAL (its message is never sent).
 */

export type RequestContext = Awaited<ReturnType<typeof auditRequestContext>>;

export interface ActionSpec<Args extends unknown[], Schema extends z.ZodType, Field extends string, Values> {
  /** For the log: "<entity>.<verb>", as the audit names actions ("report.compile"). */
  name: string;
  /** The raw input, from the action's arguments (FormData fields, or the object the client sent). */
  input: (...args: Args) => unknown;
  schema: Schema;
  /** The fields the form shows messages beside; other paths' messages are not sent. */
  fields?: readonly Field[];
  /** "first": a field is the first segment of an issue's path (default); "path": the path joined by ".". */
  fieldKeys?: "first" | "path";
  /** What the user typed, given back with every refusal (text that must not be lost). */
  values?: (...args: Args) => Values;
  /** The `details.reason`s of AppErrors the form has a message for (the others are not sent). */
  reasons?: readonly string[];
}

interface HandlerContext<Input> {
  input: Input;
  /** The request's address and user agent, for the audit trail (read once, on first use). */
  request: () => Promise<RequestContext>;
}

export interface ActorHandlerContext<Input> extends HandlerContext<Input> {
  actor: SessionActor;
}

type Handler<Ctx, Success> = (ctx: Ctx) => Promise<Success>;

/** Marks the functions this client made (the unit test checks every "use server" export has it). */
export const ACTION_CLIENT_MARK = Symbol.for("plan-tracker.action-client");

/** An action of a signed-in user: the actor is loaded, and its absence answered UNAUTHENTICATED. */
export function authedAction<
  Args extends unknown[],
  Schema extends z.ZodType,
  Success,
  Field extends string = never,
  Values = undefined,
>(
  spec: ActionSpec<Args, Schema, Field, Values>,
  handler: Handler<ActorHandlerContext<z.output<Schema>>, Success>,
): (...args: Args) => Promise<Success | ActionError<Field, Values>> {
  return mark(async (...args: Args) => {
    const values = spec.values?.(...args);
    const actor = await getActor();
    if (!actor) return refusal<Field, Values>({ status: "error", error: "UNAUTHENTICATED" }, values);
    return run(spec, args, values, actor, (input, request) => handler({ actor, input, request }));
  });
}

/** An action anyone may call (sign-in, password reset): the input is the authority. */
export function publicAction<
  Args extends unknown[],
  Schema extends z.ZodType,
  Success,
  Field extends string = never,
  Values = undefined,
>(
  spec: ActionSpec<Args, Schema, Field, Values>,
  handler: Handler<HandlerContext<z.output<Schema>>, Success>,
): (...args: Args) => Promise<Success | ActionError<Field, Values>> {
  return mark(async (...args: Args) => {
    const values = spec.values?.(...args);
    const actor = await getActor();
    return run(spec, args, values, actor, (input, request) => handler({ input, request }));
  });
}

/**
 * A public `<form action>` of a server component that ends in a redirect or a refresh (sign out, switch the
 * language): it answers nothing, so it can refuse nothing (its schema must accept any input, e.g. with
 * `.catch`); an unexpected failure is logged and thrown (the error page), never swallowed.
 */
export function publicFormAction<Args extends unknown[], Schema extends z.ZodType>(
  spec: Pick<ActionSpec<Args, Schema, never, undefined>, "name" | "input" | "schema">,
  handler: Handler<HandlerContext<z.output<Schema>>, void>,
): (...args: Args) => Promise<void> {
  return mark(async (...args: Args) => {
    const actor = await getActor();
    const answer = await run(spec, args, undefined, actor, (input, request) => handler({ input, request }));
    if (answer !== undefined) throw new Error(`${spec.name} refused: ${answer.error}`);
  });
}

function mark<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.defineProperty(fn, ACTION_CLIENT_MARK, { value: true });
  return fn;
}

async function run<Args extends unknown[], Schema extends z.ZodType, Field extends string, Values, Success>(
  spec: ActionSpec<Args, Schema, Field, Values>,
  args: Args,
  values: Values | undefined,
  actor: SessionActor | null,
  handler: (input: z.output<Schema>, request: () => Promise<RequestContext>) => Promise<Success>,
): Promise<Success | ActionError<Field, Values>> {
  const parsed = await spec.schema.safeParseAsync(spec.input(...args));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, spec.fields ?? [], spec.fieldKeys ?? "first");
    return refusal({ status: "error", error: "VALIDATION", fieldErrors }, values);
  }
  let request: Promise<RequestContext> | undefined;
  try {
    return await handler(parsed.data, () => {
      request ??= auditRequestContext();
      return request;
    });
  } catch (error) {
    unstable_rethrow(error);
    const appError = toAppError(error);
    if (appError.code === "INTERNAL")
      console.error(`${spec.name} failed`, { userId: actor?.userId ?? null }, appError.cause ?? appError);
    else if (appError.code === "UNAVAILABLE")
      console.warn(`${spec.name}: database unavailable`, { userId: actor?.userId ?? null });
    return refusal(fromAppError(appError, spec.fields ?? [], spec.reasons ?? []), values);
  }
}

function refusal<Field extends string, Values>(
  error: ActionError<Field, Values>,
  values: Values | undefined,
): ActionError<Field, Values> {
  const fieldErrors =
    error.fieldErrors && Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {};
  return {
    status: "error",
    error: error.error,
    ...(error.reason === undefined ? {} : { reason: error.reason }),
    ...(error.params === undefined ? {} : { params: error.params }),
    ...(error.messages === undefined ? {} : { messages: error.messages }),
    ...fieldErrors,
    ...(values === undefined ? {} : { values }),
  };
}

/** A form's fields as strings ("" when absent), the shape most inputs and `values` take. */
export function textFields<K extends string>(form: FormData, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = String(form.get(key) ?? "");
  return out;
}

/** Every field of a form as a string. */
export function formEntries(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
}
