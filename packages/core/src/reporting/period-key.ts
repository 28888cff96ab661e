/**
 * A reporting period's key and its Vietnamese name. A plan reports on one or more cycles (DESIGN.md §4):
 * the key says which cycle and which of its periods, in the forms people type and read.
 *
 *   2026      ANNUAL      "Năm 2026"
 *   2026-H1   SEMIANNUAL  "6 tháng đầu năm 2026" (H2: "6 tháng cuối năm 2026")
 *   2026-Q4   QUARTERLY   "Quý IV/2026"
 *   2026-11   MONTHLY     "Tháng 11/2026"
 */

export const REPORTING_CYCLES = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL"] as const;
export type ReportingCycle = (typeof REPORTING_CYCLES)[number];

export interface PeriodKey {
  cycle: ReportingCycle;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for the year. */
  index: number;
}

const INDEX_MAX: Record<ReportingCycle, number> = { MONTHLY: 12, QUARTERLY: 4, SEMIANNUAL: 2, ANNUAL: 1 };
const ROMAN = ["I", "II", "III", "IV"] as const;

/** "2026", "2026-H1", "2026-Q4", "2026-11" (also "2026-q4", "2026-h1", "2026-1", "Q4/2026", "11/2026"). */
export function parsePeriodKey(text: string): PeriodKey | null {
  const t = text.trim().toUpperCase();
  if (t.length > 16) return null;
  // Key first ("2026-Q4"), or the way a document writes it, period first ("Q4/2026", "11/2026").
  const keyFirst = /^(\d{4})(?:-(?:(Q|H)([1-4])|(\d{1,2})))?$/.exec(t);
  const periodFirst = keyFirst ? null : /^(?:(Q|H)([1-4])|(\d{1,2}))\/(\d{4})$/.exec(t);
  const [yearText, letter, letterIndex, monthText] = keyFirst
    ? [keyFirst[1], keyFirst[2], keyFirst[3], keyFirst[4]]
    : periodFirst
      ? [periodFirst[4], periodFirst[1], periodFirst[2], periodFirst[3]]
      : [];
  if (!yearText) return null;
  const year = Number(yearText);
  if (year < 2000 || year > 2100) return null;
  const key: PeriodKey | null = letter
    ? { cycle: letter === "Q" ? "QUARTERLY" : "SEMIANNUAL", year, index: Number(letterIndex) }
    : monthText
      ? { cycle: "MONTHLY", year, index: Number(monthText) }
      : { cycle: "ANNUAL", year, index: 1 };
  return key.index >= 1 && key.index <= INDEX_MAX[key.cycle] ? key : null;
}

/** The canonical key: "2026", "2026-H1", "2026-Q4", "2026-11". */
export function formatPeriodKey(key: PeriodKey): string {
  switch (key.cycle) {
    case "ANNUAL":
      return String(key.year);
    case "SEMIANNUAL":
      return `${key.year}-H${key.index}`;
    case "QUARTERLY":
      return `${key.year}-Q${key.index}`;
    case "MONTHLY":
      return `${key.year}-${String(key.index).padStart(2, "0")}`;
  }
}

/** The period's name as a report title or a heading says it: "Quý IV/2026", "6 tháng đầu năm 2026". */
export function periodName(key: PeriodKey): string {
  switch (key.cycle) {
    case "ANNUAL":
      return `Năm ${key.year}`;
    case "SEMIANNUAL":
      return `6 tháng ${key.index === 1 ? "đầu" : "cuối"} năm ${key.year}`;
    case "QUARTERLY":
      return `Quý ${ROMAN[key.index - 1]}/${key.year}`;
    case "MONTHLY":
      return `Tháng ${key.index}/${key.year}`;
  }
}

/** The name inside a sentence ("kỳ báo cáo quý IV/2026", "kỳ báo cáo năm 2026"). */
export function periodNameInSentence(key: PeriodKey): string {
  const name = periodName(key);
  return key.cycle === "SEMIANNUAL" ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** The key of a stored period (its cycle, year and index). */
export function periodKeyOf(period: { cycle: ReportingCycle; year: number; index: number }): PeriodKey {
  return { cycle: period.cycle, year: period.year, index: period.index };
}

/** The cycle's name in a sentence: "kỳ báo cáo năm", "kỳ báo cáo quý". */
export const CYCLE_NAMES: Record<ReportingCycle, string> = {
  MONTHLY: "hằng tháng",
  QUARTERLY: "hằng quý",
  SEMIANNUAL: "6 tháng",
  ANNUAL: "hằng năm",
};

/** A stored period's name inside a sentence ("kỳ báo cáo {label}"): "năm 2026", "quý IV/2026". */
export function periodLabel(period: { cycle: ReportingCycle; year: number; index: number }): string {
  return periodNameInSentence(periodKeyOf(period));
}

/** The period after this one in its cycle: 2026-H2 → 2027-H1, 2026-Q4 → 2027-Q1, 2026-12 → 2027-01. */
export function nextPeriodKey(key: PeriodKey): PeriodKey {
  const max = INDEX_MAX[key.cycle];
  return key.index < max
    ? { ...key, index: key.index + 1 }
    : { cycle: key.cycle, year: key.year + 1, index: 1 };
}
