/**
 * Numbering markers at the start of a paragraph: "I.", "1.", "1.2.", "a)", "đ)", "Điều 3.", "-" and "+".
 * Plans mix styles freely; the tree builder nests them by order of first appearance, so this module only
 * says what a marker is, never how deep it sits.
 */

export type MarkerStyle = "roman" | "article" | "decimal" | "letter" | "bullet";

export interface Marker {
  style: MarkerStyle;
  /** As printed, without the following space: "II.", "4.", "1.2.", "đ)", "Điều 3.", "-", "+". */
  label: string;
  /** The part that goes into a code: "II", "4", "đ", "3"; for "1.2." the full path "1.2". */
  ordinal: string;
  /** Decimal depth (1 for "1.", 2 for "1.2."); bullets: 1 for "-" family, 2 for "+". */
  depth: number;
  /** Length of the marker including the spaces after it. */
  length: number;
}

/** The Vietnamese alphabet as used for lettered items (d before đ); most plans skip ă, â, ê, ô, ơ, ư. */
export const VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(text: string): number | null {
  if (!/^[IVXL]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i] as string] as number;
    const next = ROMAN_VALUES[text[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ROMAN = /^([IVXL]{1,6})\s*[.)]\s*(?=\S)/;
const ARTICLE = /^(Điều)\s+(\d{1,3})\s*[.:]\s*/u;
const DECIMAL_MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/;
const DECIMAL = /^(\d{1,2})\s*[.)](?!\d)\s*(?=\S)/;
const LETTER = /^([aăâbcdđeêghiklmnoôơpqrstuưvxy])\)\s*(?=\S)/u;
const LETTER_DOT = /^([aăâbcdđeêghiklmnoôơpqrstuưvxy])\.\s+(?=\p{Lu})/u;
const BULLET = /^([-–—•●▪○◦*+])(?:\s+(?=\S)|(?=\p{Lu}))/u;

export function readMarker(text: string): Marker | null {
  let m = ROMAN.exec(text);
  if (m) {
    const value = romanValue(m[1] as string);
    // "V/v" and "X." as an abbreviation are not section numbers; plans rarely pass XXX.
    if (value !== null && value <= 39) {
      return { style: "roman", label: `${m[1]}.`, ordinal: m[1] as string, depth: 1, length: m[0].length };
    }
  }
  m = ARTICLE.exec(text);
  if (m)
    return { style: "article", label: `Điều ${m[2]}.`, ordinal: `Đ${m[2]}`, depth: 1, length: m[0].length };
  m = DECIMAL_MULTI.exec(text);
  if (m && !/^\d+\.\d{3}/.test(text)) {
    const ordinal = m[1] as string;
    return {
      style: "decimal",
      label: `${ordinal}.`,
      ordinal,
      depth: ordinal.split(".").length,
      length: m[0].length,
    };
  }
  m = DECIMAL.exec(text);
  // "2020 phải hoàn thành" is not a number; "1." or "1)" followed by text is.
  if (m)
    return { style: "decimal", label: m[0].trim(), ordinal: m[1] as string, depth: 1, length: m[0].length };
  m = LETTER.exec(text) ?? LETTER_DOT.exec(text);
  if (m)
    return { style: "letter", label: m[0].trim(), ordinal: m[1] as string, depth: 1, length: m[0].length };
  m = BULLET.exec(text);
  if (m) {
    const char = m[1] as string;
    return { style: "bullet", label: char, ordinal: char, depth: char === "+" ? 2 : 1, length: m[0].length };
  }
  return null;
}

/** A marker that opens a numbered node (bullets only make items inside one). */
export function isStructuralMarker(marker: Marker | null): marker is Marker {
  return marker !== null && marker.style !== "bullet";
}

/** The text after the marker, or the whole text. */
export function stripMarker(text: string): string {
  const marker = readMarker(text);
  return marker ? text.slice(marker.length) : text;
}
