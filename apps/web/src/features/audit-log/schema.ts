import { addVnDays, parseIsoDate } from "@plan-tracker/core";
import { z } from "zod";

/** The audit log's filters, as they appear in the URL (shareable, and the same for the CSV export). */
const id = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, "Mã không hợp lệ.");
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng năm-tháng-ngày.")
  .refine((text) => parseIsoDate(text) !== null, "Ngày không có trên lịch.");

export const auditFilterSchema = z
  .object({
    actor: id.optional(),
    org: id.optional(),
    entityType: z
      .string()
      .trim()
      .max(60)
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "Loại đối tượng chỉ gồm chữ cái không dấu và chữ số.")
      .optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    action: z
      .string()
      .trim()
      .max(80)
      .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, "Hành động có dạng đối-tượng.động-từ, ví dụ submission.return.")
      .optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.",
    path: ["to"],
  });

export type AuditFilter = z.infer<typeof auditFilterSchema>;
export const AUDIT_FILTER_KEYS = ["actor", "org", "entityType", "entityId", "action", "from", "to"] as const;

/** A keyset cursor: the id of the last row seen (events are listed by id, newest first). */
export const auditCursorSchema = z
  .string()
  .regex(/^\d{1,19}$/)
  .transform((text) => BigInt(text))
  .optional()
  .catch(undefined);

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads the filters from a URL's parameters. Empty fields are "no filter"; a malformed one is left out
 * and reported, so a hand-edited link still shows something and says what it ignored.
 */
export type AuditFilterError = { field: string; message: string };

export function parseAuditFilter(params: RawParams): { filter: AuditFilter; errors: AuditFilterError[] } {
  const raw: Record<string, string> = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) raw[key] = text;
  }
  const parsed = auditFilterSchema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, errors: [] };
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  const retry = auditFilterSchema.safeParse(kept);
  return {
    filter: retry.success ? retry.data : {},
    errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message })),
  };
}

/** The filters back as URL parameters (for links, pagination and the export). */
export function auditFilterQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The date filters as an instant range: from 00:00 of `from` to before 00:00 after `to`, Vietnam time. */
export function auditTimeRange(filter: AuditFilter): { gte?: Date; lt?: Date } {
  const from = filter.from ? parseIsoDate(filter.from) : null;
  const to = filter.to ? parseIsoDate(filter.to) : null;
  return { ...(from ? { gte: from } : {}), ...(to ? { lt: addVnDays(to, 1) } : {}) };
}
