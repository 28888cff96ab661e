/** Seed dates are calendar days ("2020-11-27"); stored in @db.Date columns as UTC midnight of that day. */
export function isoDate(value: string): Date;
export function isoDate(value: string | undefined): Date | null;
export function isoDate(value: string | undefined): Date | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Ngày không hợp lệ trong dữ liệu mẫu: ${value}`);
  return new Date(`${value}T00:00:00Z`);
}
