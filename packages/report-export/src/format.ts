import { type OfficialCategory, officialCategoryLabel, officialDateTextOf } from "@plan-tracker/core";

/**
 * The page and type rules of Decree 30/2020/NĐ-CP, Appendix I, shared by every renderer so the DOCX, the
 * HTML preview and the PDF print the same document. Sizes are in points and millimetres as the decree
 * states them; each renderer converts to its own unit.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  // Decree ranges: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
} as const;

export const FONT = "Times New Roman";

export const SIZE = {
  /** Body text: 13–14 pt. */
  body: 14,
  /** Ô 1–2: governing body and agency names, 12–13 pt (12 fits "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" on one line). */
  agency: 12,
  /** Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12–13 pt (12 keeps it on one line in its column). */
  nationalTitle: 12,
  /** Tiêu ngữ: 13–14 pt. */
  motto: 13,
  /** "Số: …" 13 pt and the place-date line 13–14 pt. */
  number: 13,
  dateLine: 14,
  /** "BÁO CÁO" and its summary line: 13–14 pt. */
  docType: 14,
  /** "Nơi nhận:" 12 pt, its lines 11 pt. */
  recipientsTitle: 12,
  recipients: 11,
  signer: 14,
  /** Page number in the top margin: 13–14 pt. */
  pageNumber: 13,
  /** Tables (overview by section, annex): 11 pt keeps long results readable. */
  table: 11,
} as const;

/** First-line indent of body paragraphs: 1 cm (the decree allows 1 or 1.27 cm). */
export const FIRST_LINE_INDENT_MM = 10;
/** Space after each body paragraph: at least 6 pt. */
export const PARAGRAPH_SPACING_PT = 6;

export const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);

export function categoryLabel(category: OfficialCategory): string {
  return officialCategoryLabel[category].vi;
}

/** "Số: 123/BC-STNMT", or "Số:        /BC-STNMT" (room to write the number by hand) until it is numbered. */
export function numberLine(number: string, symbol: string): string {
  const n = number.trim();
  return n === "" ? `Số:        /${symbol}` : `Số: ${n}/${symbol}`;
}

/**
 * "Kiên Giang, ngày 05 tháng 12 năm 2026" from the ISO day itself (not a Date, so no time zone can shift
 * it); without a date, blanks for the day and month to write in, and the period's year.
 */
export function placeDateLine(place: string, isoDate: string | null, fallbackYear: number): string {
  const parts = isoDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (parts === null) return `${place.trim()}, ngày      tháng      năm ${fallbackYear}`;
  const [, year, month, day] = parts;
  return `${place.trim()}, ${officialDateTextOf({ year: Number(year), month: Number(month), day: Number(day) })}`;
}

/** "05/12/2026" from an ISO day, or "" for none. */
export function shortDate(isoDate: string | null): string {
  const parts = isoDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return parts === null ? "" : `${parts[3]}/${parts[2]}/${parts[1]}`;
}

export function percentText(percent: number | null): string {
  return percent === null ? "—" : `${Math.round(percent)}%`;
}

/** ASCII without diacritics ("Đ" and "đ" included), for file names a mail client or share will not mangle. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "bao-cao-182-KH-UBND-nam-2026.docx", "bao-cao-57-KH-UBND-quy-IV-2026.docx" (the period in a sentence). */
export function reportFileName(
  planNumber: string,
  period: { year: number; label?: string },
  extension: string,
): string {
  return `bao-cao-${asciiSlug(planNumber)}-${asciiSlug(period.label ?? `nam ${period.year}`)}.${extension}`;
}

/** A compiler's text as paragraphs: one per non-blank line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
