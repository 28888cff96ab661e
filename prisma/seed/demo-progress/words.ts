import { formatNumber } from "@plan-tracker/core";
import type { Rng } from "./rng";
import type { DemoCitation, DemoOrg, TaskStats } from "./types";

/** The part of a document symbol that names the issuing agency: "…/KH-STNMT", "…/BC-UBND". */
export function symbolSuffix(orgCode: string): string {
  if (orgCode.startsWith("UBND-")) return "UBND";
  const special: Record<string, string> = { SKHDT: "SKHĐT", BCHQS: "BCH", "VP-UBND": "VPUBND" };
  return special[orgCode] ?? orgCode;
}

/** An ISO day of `year` between two months (day 1 to 28, so every month has it). */
export function dayIn(year: number, rng: Rng, fromMonth: number, toMonth: number): string {
  const month = rng.int(fromMonth, toMonth);
  return `${year}-${String(month).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

/** "2026-03-05" → "05/3/2026", as documents cite dates in running text. */
export function citeDate(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}/${Number(m)}/${y}`;
}

/** 1.234 / 12,5: Vietnamese separators. */
export const n = (value: number, digits = 0) => formatNumber(value, digits);

/** The organization's own plan for the year, cited by most lead updates. */
export function yearPlan(org: DemoOrg, year: number, rng: Rng): DemoCitation {
  return {
    symbol: `${rng.int(12, 189)}/KH-${symbolSuffix(org.code)}`,
    issuedOn: dayIn(year, rng, 1, 3),
    issuer: org.name,
    summary: `Kế hoạch thực hiện Kế hoạch số 182/KH-UBND của UBND tỉnh năm ${year}`,
  };
}

/** A decision of the provincial People's Committee, as cited by a completed item. */
export function provincialDecision(isoDay: string, rng: Rng, summary: string): DemoCitation {
  return {
    symbol: `${rng.int(1000, 3200)}/QĐ-UBND`,
    issuedOn: isoDay,
    issuer: "Ủy ban nhân dân tỉnh Kiên Giang",
    summary,
  };
}

/** "hoàn thành 7, đang thực hiện 4, gặp vướng mắc 1", leaving out what is zero. */
export function statsPhrase(stats: TaskStats): string {
  return [
    stats.completed ? `hoàn thành ${stats.completed}` : null,
    stats.inProgress ? `đang thực hiện ${stats.inProgress}` : null,
    stats.blocked ? `gặp vướng mắc ${stats.blocked}` : null,
  ]
    .filter(Boolean)
    .join(", ");
}
