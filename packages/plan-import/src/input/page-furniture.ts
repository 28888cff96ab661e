/**
 * Text extracted from a PDF carries the page furniture in the running text: page numbers on their own
 * line, and footnotes printed at the foot of the page, in the middle of a sentence that continues on the
 * next page ("… (i) Khai thác khoáng sản" / footnote / "2" / "trái phép; (ii) …"). Both are taken out here,
 * before paragraphs are rebuilt, and the footnote's call mark ("khoáng sản1.") is removed from the text.
 */

const PAGE_NUMBER = /^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?\s*$/i;
const FOOTNOTE_START = /^\s*(\d{1,2})\s+\S/;
/** How far above a page number a footnote may start. */
const FOOTNOTE_REACH = 25;

export interface Furniture {
  lines: string[];
  notes: string[];
  pageNumbers: number;
}

export function removePageFurniture(input: string[]): Furniture {
  const lines = [...input];
  const notes: string[] = [];
  let pageNumbers = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!isPageNumberLine(lines, i)) continue;
    pageNumbers++;
    const footnote = findFootnote(lines, i);
    if (footnote) {
      notes.push(
        lines
          .slice(footnote.start, i)
          .map((l) => l.trim())
          .filter((l) => l !== "")
          .join(" "),
      );
      removeCallMark(lines, footnote.start, footnote.number);
      for (let j = footnote.start; j < i; j++) lines[j] = "";
    }
    lines[i] = line.replace(/\S.*$/, "");
  }
  return { lines, notes, pageNumbers };
}

/** A bare number between blank-ish surroundings: a page number, not a table cell or a list item. */
function isPageNumberLine(lines: string[], i: number): boolean {
  const line = lines[i] as string;
  if (!PAGE_NUMBER.test(line) || line.trim() === "") return false;
  // Page numbers are centred or right-aligned; a number at the left margin is more likely content.
  const indent = line.length - line.trimStart().length;
  const nextBlank = (lines[i + 1] ?? "").trim() === "";
  return indent >= 10 || nextBlank || /^\s*-\s*\d+\s*-\s*$/.test(line);
}

function findFootnote(lines: string[], pageLine: number): { start: number; number: string } | null {
  for (let j = pageLine - 1; j >= Math.max(0, pageLine - FOOTNOTE_REACH); j--) {
    const m = FOOTNOTE_START.exec(lines[j] as string);
    if (!m) continue;
    const number = m[1] as string;
    const blankAbove = (lines[j - 1] ?? "").trim() === "";
    if (blankAbove && hasCallMark(lines, j, number)) return { start: j, number };
  }
  return null;
}

function callMark(number: string): RegExp {
  return new RegExp(`(\\p{Ll})${number}(?=[.,;:)\\s]|$)`, "u");
}

function hasCallMark(lines: string[], before: number, number: string): boolean {
  const re = callMark(number);
  for (let j = before - 1; j >= Math.max(0, before - 60); j--) if (re.test(lines[j] as string)) return true;
  return false;
}

function removeCallMark(lines: string[], before: number, number: string): void {
  const re = callMark(number);
  for (let j = before - 1; j >= 0; j--) {
    const line = lines[j] as string;
    if (re.test(line)) {
      lines[j] = line.replace(re, "$1");
      return;
    }
  }
}
