import type { AppErrorCode } from "@plan-tracker/core";

/**
 * The one answer every server action gives (built by `server/action-client.ts`): its success value (a
 * plain object with its own `status`, e.g. `{ status: "saved" }`), or this refusal. Forms show
 * `errors.<error>` (or their own message for `reason`), each field's key beside the field, and put
 * `values` back into the inputs, so nothing typed is lost.
 */
export interface ActionError<Field extends string = string, Values = undefined> {
  status: "error";
  /** Key under `errors`: an AppError code. */
  error: AppErrorCode;
  /** Key of the form's own namespace saying what exactly was refused (`details.reason` of the AppError). */
  reason?: string;
  /** Values its message interpolates (`details.params`, or `minutes` of RATE_LIMITED). */
  params?: Record<string, string | number>;
  /**
   * Messages already in the user's language from a domain package (`details.messages`: plan-import's
   * review problems), listed under the refusal.
   */
  messages?: string[];
  /** Field -> message key of the form's namespace (first message of each field). */
  fieldErrors?: Partial<Record<Field, string>>;
  /** What the user typed, given back with every refusal. */
  values?: Values;
}

/** The state of a form before its first answer (`useActionState`'s initial value). */
export type Idle = { status: "idle" };

export type ActionResult<Success, Field extends string = string, Values = undefined> =
  | Success
  | ActionError<Field, Values>;

/** A `useActionState` state: idle, or one of the action's answers. */
export type ActionState<Success, Field extends string = string, Values = undefined> =
  | Idle
  | ActionResult<Success, Field, Values>;

export function isActionError(value: unknown): value is ActionError<string, unknown> {
  return typeof value === "object" && value !== null && (value as { status?: unknown }).status === "error";
}
