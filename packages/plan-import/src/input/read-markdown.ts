/**
 * Markdown → DocumentLines. Headings ("#### **I. MỤC ĐÍCH, YÊU CẦU**") keep their text and count as
 * headings; emphasis markers go but bold is remembered (titles are bold); a hard break (two trailing spaces)
 * starts a new line; soft-wrapped lines join; pipe tables become tables. Paragraphs cut by a page break in
 * the source (blank lines inside a sentence) are joined as in the other readers.
 */

import { readMarker } from "../numbering";
import { continuesParagraph } from "./join";
import { buildDocumentLines, type DocumentLines, type RawParagraph } from "./lines";

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function readMarkdown(input: string): DocumentLines {
  const lines = input.normalize("NFC").replace(/\r\n?/g, "\n").split("\n");
  const out: RawParagraph[] = [];
  let open = false; // the last paragraph can take a soft-wrapped line
  let blankBefore = false;
  let bold = false; // inside "**" carried over from the previous line
  let table = -1;
  let tableRow = 0;
  let inTable = false;
  for (const rawLine of lines) {
    if (TABLE_ROW.test(rawLine)) {
      if (!inTable) {
        table++;
        tableRow = 0;
        inTable = true;
      }
      if (!TABLE_SEPARATOR.test(rawLine)) pushTableRow(out, rawLine, table, tableRow++);
      open = false;
      continue;
    }
    inTable = false;
    if (rawLine.trim() === "" || RULE.test(rawLine)) {
      open = false;
      blankBefore = true;
      continue;
    }
    const heading = HEADING.exec(rawLine);
    const hardBreak = / {2,}$|\\$/.test(rawLine);
    const source = heading ? (heading[1] as string) : rawLine.replace(/^\s{0,3}>\s?/, "").replace(/\\$/, "");
    const stripped = stripEmphasis(source, bold);
    bold = stripped.boldAtEnd;
    const text = stripped.text.trim();
    if (text === "") continue;
    const last = out[out.length - 1];
    const marker = readMarker(text) !== null;
    if (!heading && last && !last.cell && !last.heading && open && !marker) {
      last.text = `${last.text} ${text}`;
      last.bold = (last.bold ?? false) && stripped.allBold;
    } else if (
      !heading &&
      last &&
      !last.cell &&
      !last.heading &&
      blankBefore &&
      continuesParagraph(last.text, text)
    ) {
      last.text = `${last.text} ${text}`;
      last.bold = (last.bold ?? false) && stripped.allBold;
    } else {
      out.push({ text, bold: stripped.allBold, heading: heading !== null });
    }
    open = heading === null && !hardBreak;
    blankBefore = false;
  }
  return buildDocumentLines("markdown", out);
}

function pushTableRow(out: RawParagraph[], line: string, table: number, row: number): void {
  const cells = line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/);
  cells.forEach((cell, col) => {
    const text = stripEmphasis(cell, false).text.trim();
    // A cell may hold several paragraphs written as "<br>".
    for (const part of text.split(/<br\s*\/?>/i)) out.push({ text: part, cell: { table, row, col } });
  });
}

/** Removes **bold**, __bold__ and *italic* markers and backslash escapes; says whether every letter was bold. */
function stripEmphasis(
  line: string,
  boldAtStart: boolean,
): { text: string; allBold: boolean; boldAtEnd: boolean } {
  let bold = boldAtStart;
  let text = "";
  let letters = 0;
  let boldLetters = 0;
  for (let i = 0; i < line.length; i++) {
    const two = line.slice(i, i + 2);
    if (two === "**" || two === "__") {
      bold = !bold;
      i++;
      continue;
    }
    const ch = line[i] as string;
    if (ch === "\\" && i + 1 < line.length && /[\\`*_{}[\]()#+\-.!|>]/.test(line[i + 1] as string)) {
      text += line[++i];
      continue;
    }
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (bold) boldLetters++;
    }
    text += ch;
  }
  // Single-star italics around a phrase ("*Kiên Giang, ngày …*"); a lone "*" bullet stays.
  text = text.replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=$|[\s.,;:)])/g, "$1$2");
  return { text, allBold: letters > 0 && boldLetters === letters, boldAtEnd: bold };
}
