/**
 * Plain or pasted text → DocumentLines. Two shapes arrive here: one paragraph per line (pasted from Word,
 * or blank-line separated), and text extracted from a PDF, where every printed line is a line, paragraphs
 * start indented, page numbers and footnotes sit mid-sentence and the masthead's two columns share lines.
 */

import { readMarker } from "../numbering";
import { isAllCaps, startsLower } from "../text-utils";
import { continuesParagraph } from "./join";
import { buildDocumentLines, type DocumentLines, type RawParagraph } from "./lines";
import { removePageFurniture } from "./page-furniture";

interface PrintedLine {
  text: string;
  /** Leading spaces as printed (PDF extractions indent the first line of a paragraph). */
  indent: number;
  /** Printed width including the indent. */
  width: number;
  /** Right-hand part of a two-column line (masthead, signature block). */
  column: boolean;
  blankBefore: boolean;
}

/** Two columns printed side by side are separated by a wide run of spaces. */
const COLUMN_GAP = /\S(\s{5,})\S/;

export function readText(input: string): DocumentLines {
  const raw = input.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\f/g, "\n\n").split("\n");
  const furniture = removePageFurniture(raw);
  const printed = toPrintedLines(furniture.lines);
  const fullWidth = wrappedWidth(printed);
  const paragraphs: RawParagraph[] = [];
  let previous: PrintedLine | null = null;
  for (const line of printed) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous && joins(previous, line, last.text, fullWidth))
      last.text = `${last.text} ${line.text}`;
    else paragraphs.push({ text: line.text });
    previous = line;
  }
  const warnings: string[] = [];
  if (furniture.notes.length > 0) {
    warnings.push(`Đã tách ${furniture.notes.length} chú thích cuối trang ra khỏi nội dung.`);
  }
  return buildDocumentLines("text", paragraphs, { notes: furniture.notes, warnings });
}

function toPrintedLines(lines: string[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.trim() === "") {
      blank = true;
      continue;
    }
    const expanded = line.replace(/\t/g, "    ").replace(/\s+$/, "");
    const parts = splitColumns(expanded);
    parts.forEach((part, i) => {
      const text = part.trim();
      out.push({
        text,
        indent: part.length - part.trimStart().length,
        width: part.length,
        column: i > 0,
        blankBefore: blank && i === 0,
      });
    });
    blank = false;
  }
  return out;
}

function splitColumns(line: string): string[] {
  const parts: string[] = [];
  let rest = line;
  let from = 0;
  for (;;) {
    const m = COLUMN_GAP.exec(rest.slice(from));
    if (!m) break;
    const cut = from + m.index + 1;
    const right = rest.slice(cut).trimStart();
    // A draft's blanks are gaps too: "Số:      /KH-UBND", "ngày      tháng      năm 2026".
    if (/^[/\d]|^(tháng|năm)\b/u.test(right) || /(Số\s*:?|ngày|tháng)\s*$/u.test(rest.slice(0, cut))) {
      from = cut + (rest.slice(cut).length - right.length);
      continue;
    }
    parts.push(rest.slice(0, cut));
    rest = " ".repeat(cut) + rest.slice(cut);
    from = cut;
  }
  parts.push(rest);
  return parts;
}

/**
 * PDF text: most lines are about as wide as the page. Text with one paragraph per line has a long tail of
 * very long lines instead. Returns the width from which a line counts as "full" (so the paragraph goes on),
 * or null when the text is not wrapped.
 */
function wrappedWidth(lines: PrintedLine[]): number | null {
  const widths = lines.filter((l) => !l.column).map((l) => l.width);
  if (widths.length < 10) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (p90 < 40 || p90 > 160) return null;
  const full = p90 * 0.7;
  return widths.filter((w) => w >= full).length / widths.length >= 0.4 ? full : null;
}

function joins(
  previous: PrintedLine,
  line: PrintedLine,
  paragraph: string,
  fullWidth: number | null,
): boolean {
  if (line.column || previous.column) return false;
  if (readMarker(line.text) !== null) return false;
  if (isAllCaps(previous.text) && isAllCaps(line.text)) return false;
  if (line.blankBefore) return continuesParagraph(paragraph, line.text);
  if (fullWidth === null) return continuesParagraph(paragraph, line.text);
  if (startsLower(line.text) || /^\d/.test(line.text)) return true;
  // A new paragraph of a PDF extraction starts indented; a wrapped line starts at the margin.
  if (line.indent >= 4) return false;
  return previous.width >= fullWidth && !previous.text.endsWith(":");
}
