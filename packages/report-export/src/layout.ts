import type { ReportModel } from "@plan-tracker/core";
import { categoryLabel, numberLine, percentText, placeDateLine, shortDate } from "./format";
import { ANNEX_COLUMNS } from "./outline";

/** Capitals that fit on one line of the header's left column at 12 pt bold (about 2.5 mm each). */
const AGENCY_LINE_CHARS = 28;

/** One line, or two split at the space nearest the middle ("SỞ TÀI NGUYÊN / VÀ MÔI TRƯỜNG"). */
export function balancedLines(text: string, maxChars: number): string[] {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= maxChars) return [clean];
  let best = -1;
  for (let i = 0; i < clean.length; i++) {
    if (
      clean[i] === " " &&
      (best < 0 || Math.abs(i - clean.length / 2) < Math.abs(best - clean.length / 2))
    ) {
      best = i;
    }
  }
  return best < 0 ? [clean] : [clean.slice(0, best), clean.slice(best + 1)];
}

/** The words of the header block (ô 1–4 of Appendix I), the same in every format. */
export function headerLines(model: ReportModel) {
  return {
    parentAgency: model.header.parentAgency.toUpperCase(),
    /** Wrapped by hand at the word nearest the middle when too long for its column, as typists do. */
    agency: balancedLines(model.header.agency.toUpperCase(), AGENCY_LINE_CHARS),
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    numberLine: numberLine(model.header.number, model.header.symbol),
    dateLine: placeDateLine(model.header.place, model.header.date, model.period.year),
  };
}

/**
 * "Nơi nhận:" lines as printed: "- X;" each, the last "- Lưu: VT." (added when the list does not end with
 * its own "Lưu" line), as Appendix I lists recipients.
 */
export function recipientLines(recipients: string[]): string[] {
  const lines = recipients.map((r) => r.trim().replace(/^[-–]\s*/, "")).filter((r) => r !== "");
  const last = lines[lines.length - 1];
  if (last === undefined || !/^Lưu\s*:/i.test(last)) lines.push("Lưu: VT");
  return lines.map((line, index) => {
    const bare = line.replace(/[;.,]+$/, "");
    return `- ${bare}${index === lines.length - 1 ? "." : ";"}`;
  });
}

/** "(Kèm theo Báo cáo số 123/BC-STNMT ngày 05/12/2026)", with blanks until numbered and dated. */
export function annexReference(model: ReportModel): string {
  const n = model.header.number.trim() === "" ? "      " : model.header.number.trim();
  const date = shortDate(model.header.date) || `     /     /${model.period.year}`;
  return `(Kèm theo Báo cáo số ${n}/${model.header.symbol} ngày ${date})`;
}

/** Annex column widths as shares of the landscape text width (percent, adding up to 100). */
export const ANNEX_WIDTHS = [5, 6, 21, 10, 12, 9, 5, 32] as const;

/** One row of text per task for the annex, in ANNEX_COLUMNS order. */
export function annexRows(model: ReportModel): string[][] {
  return model.annex.map((row, index) => [
    String(index + 1),
    row.code,
    row.content,
    row.lead,
    row.coordinators,
    categoryLabel(row.category),
    row.percent === null ? "" : percentText(row.percent).replace("%", ""),
    row.results,
  ]);
}

export { ANNEX_COLUMNS };
