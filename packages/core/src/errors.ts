import type { Locale } from "./locale";

export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "PLAN_NOT_IN_FORCE",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Parameters some messages interpolate; everything else a caller wants to carry goes in `details`. */
export type AppErrorParams = { minutes?: number };

export type AppErrorDetails = AppErrorParams & {
  /** Field path -> messages, as zod's flattened errors give them. */
  fieldErrors?: Record<string, string[]>;
  [key: string]: unknown;
};

/**
 * An expected failure the user can act on. Its `message` is for logs only: the user sees
 * `appErrorMessage(code, locale)`, so internal wording never reaches the browser.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: AppErrorDetails;

  constructor(
    code: AppErrorCode,
    options: { message?: string; details?: AppErrorDetails; cause?: unknown } = {},
  ) {
    super(options.message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    if (options.details !== undefined) this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  // Duck-typed as well as instanceof: a bundler may load this module twice (server and edge chunks).
  if (value instanceof AppError) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return (
    candidate.name === "AppError" &&
    typeof candidate.code === "string" &&
    (APP_ERROR_CODES as readonly string[]).includes(candidate.code)
  );
}

/** Anything thrown -> an AppError; unknown failures become INTERNAL with the original kept as `cause` for the log. */
/**
 * Failures of the database's availability rather than of the request: no connection could be had in time
 * (Prisma P2028, "Unable to start a transaction in the given time", when the pool is exhausted) or the
 * server cannot be reached (restarting, failing over). The request may simply be tried again.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
/**
 * Socket errors, and PostgreSQL's SQLSTATEs for a server shutting down or restarting (57P01 admin
 * shutdown, 57P02 crash shutdown, 57P03 cannot connect now), a lost connection (class 08) and too many
 * connections (53300).
 */
const UNAVAILABLE_NET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08003",
  "08006",
  "53300",
]);
/** What Prisma's pg adapter reports (meta.driverAdapterError.cause.kind) for the same conditions. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/**
 * node-postgres throws these without a code when a pooled connection died under a statement or a
 * transaction (the server was stopped): seen in the PostgreSQL restart fault test.
 */
const UNAVAILABLE_DRIVER_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
];

/**
 * The database refused a write to a plan out of force (its trigger, migration plan_lifecycle, raises
 * "plan_not_in_force: …"). Prisma wraps the message in its own error, its adapter's, or a cause.
 */
function isPlanOutOfForce(value: unknown): boolean {
  for (let e = value, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { message, meta } = e as { message?: unknown; meta?: unknown };
    if (typeof message === "string" && message.includes("plan_not_in_force")) return true;
    const adapter = (meta as { driverAdapterError?: { cause?: { originalMessage?: unknown } } })
      ?.driverAdapterError?.cause;
    if (typeof adapter?.originalMessage === "string" && adapter.originalMessage.includes("plan_not_in_force"))
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function isUnavailable(value: unknown): boolean {
  for (let e = value, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, message, meta } = e as { code?: unknown; message?: unknown; meta?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NET_CODES.has(code)))
      return true;
    if (typeof message === "string" && UNAVAILABLE_DRIVER_MESSAGES.includes(message)) return true;
    const adapter = (meta as { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } })
      ?.driverAdapterError?.cause;
    if (adapter) {
      if (typeof adapter.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind)) return true;
      if (typeof adapter.originalCode === "string" && UNAVAILABLE_NET_CODES.has(adapter.originalCode))
        return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  if (isPlanOutOfForce(value)) return new AppError("PLAN_NOT_IN_FORCE", { cause: value });
  if (isUnavailable(value)) return new AppError("UNAVAILABLE", { cause: value });
  return new AppError("INTERNAL", { cause: value });
}

const HTTP_STATUS: Readonly<Record<AppErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  PLAN_NOT_IN_FORCE: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function appErrorHttpStatus(code: AppErrorCode): number {
  return HTTP_STATUS[code];
}

type MessageTemplate = (params: AppErrorParams) => string;

const MESSAGES: Readonly<Record<AppErrorCode, Readonly<Record<Locale, MessageTemplate>>>> = {
  UNAUTHENTICATED: {
    vi: () => "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
    en: () => "Your session has expired. Please sign in again.",
  },
  FORBIDDEN: {
    vi: () => "Bạn không có quyền thực hiện thao tác này.",
    en: () => "You do not have permission to perform this action.",
  },
  NOT_FOUND: {
    vi: () => "Không tìm thấy dữ liệu được yêu cầu.",
    en: () => "The requested item was not found.",
  },
  VALIDATION: {
    vi: () => "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra lại các trường được đánh dấu.",
    en: () => "Some entries are not valid. Please check the highlighted fields.",
  },
  CONFLICT: {
    vi: () => "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang và thực hiện lại.",
    en: () => "Someone else has changed this data. Please reload the page and try again.",
  },
  PLAN_NOT_IN_FORCE: {
    vi: () =>
      "Kế hoạch này đã hết hiệu lực hoặc đã được thay thế bằng văn bản khác: chỉ để xem, không thể cập nhật, gửi hay tổng hợp báo cáo.",
    en: () =>
      "This plan is no longer in force (expired or replaced by another document): it is read-only, and no progress, report or period can be written.",
  },
  RATE_LIMITED: {
    vi: ({ minutes }) =>
      minutes === undefined
        ? "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút."
        : `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    en: ({ minutes }) =>
      minutes === undefined
        ? "Too many failed sign-in attempts. Please try again in a few minutes."
        : `Too many failed sign-in attempts. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  },
  UNAVAILABLE: {
    vi: () => "Hệ thống đang bận, chưa lưu được. Nội dung bạn nhập vẫn còn; vui lòng thử lại sau ít giây.",
    en: () =>
      "The system is busy and could not save. What you typed is kept; please try again in a few seconds.",
  },
  INTERNAL: {
    vi: () => "Đã có lỗi xảy ra. Vui lòng thử lại sau.",
    en: () => "Something went wrong. Please try again later.",
  },
};

/** The message shown to the user for a code, never the error's own `message`. */
export function appErrorMessage(
  code: AppErrorCode,
  locale: Locale = "vi",
  params: AppErrorParams = {},
): string {
  return MESSAGES[code][locale](params);
}
