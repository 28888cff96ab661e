/**
 * DOCX → DocumentLines through mammoth's document model (the `transformDocument` hook hands it over before
 * HTML is written). Reading the model rather than the HTML keeps tables with their rows, columns and merged
 * cells, line breaks inside a paragraph (masthead, "Nơi nhận" lists), bold runs (titles) and Word's own
 * numbering, with no HTML parsing. mammoth is pinned by the workspace catalog; the DOCX tests guard the model.
 */

import mammoth from "mammoth";
import { continuesParagraph } from "./join";
import type { RawParagraph } from "./lines";
import { buildDocumentLines, type DocumentLines } from "./lines";

// The subset of mammoth's document model read here (lib/documents.js).
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  breakType?: string;
  isBold?: boolean;
  numbering?: { isOrdered: boolean; level: string | number } | null;
  colSpan?: number;
}

interface Piece {
  text: string;
  bold: boolean;
}

export async function readDocx(buffer: Uint8Array): Promise<DocumentLines> {
  let model: MammothElement | null = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer) },
    {
      transformDocument: (document: MammothElement) => {
        model = document;
        return document;
      },
    },
  );
  const root = model as MammothElement | null;
  const reader = new ModelReader();
  for (const child of root?.children ?? []) reader.block(child, undefined);
  return buildDocumentLines("docx", joinContinuations(reader.paragraphs), { warnings: reader.warnings });
}

class ModelReader {
  paragraphs: RawParagraph[] = [];
  warnings: string[] = [];
  private tableCount = 0;
  private counters: number[] = [];

  block(element: MammothElement, cell: RawParagraph["cell"]): void {
    if (element.type === "paragraph") this.paragraph(element, cell);
    else if (element.type === "table") this.table(element, cell);
    else for (const child of element.children ?? []) this.block(child, cell);
  }

  private table(element: MammothElement, outer: RawParagraph["cell"]): void {
    // A table nested in a cell stays part of that cell: its text belongs to the outer row.
    if (outer) {
      for (const child of element.children ?? []) this.block(child, outer);
      return;
    }
    const table = this.tableCount++;
    let row = 0;
    for (const tr of element.children ?? []) {
      if (tr.type !== "tableRow") continue;
      let col = 0;
      for (const td of tr.children ?? []) {
        if (td.type !== "tableCell") continue;
        const colSpan = td.colSpan ?? 1;
        for (const child of td.children ?? []) this.block(child, { table, row, col, colSpan });
        col += colSpan;
      }
      row++;
    }
  }

  private paragraph(element: MammothElement, cell: RawParagraph["cell"]): void {
    const segments: Piece[][] = [[]];
    collectRuns(element, false, segments);
    const prefix = this.numberingPrefix(element);
    segments.forEach((pieces, i) => {
      const text = pieces.map((p) => p.text).join("");
      const letters = pieces.filter((p) => /\p{L}/u.test(p.text));
      const bold = letters.length > 0 && letters.every((p) => p.bold);
      this.paragraphs.push({ text: i === 0 ? prefix + text : text, bold, cell });
    });
  }

  /**
   * Word's automatic numbering is not in the text. mammoth says only "ordered or not, at which level", so
   * the printed form is rebuilt by convention (1., a), -, +) and the reader says it guessed.
   */
  private numberingPrefix(element: MammothElement): string {
    const numbering = element.numbering;
    if (!numbering) return "";
    const level = Number(numbering.level) || 0;
    if (!numbering.isOrdered) return level === 0 ? "- " : "+ ";
    this.counters = this.counters.slice(0, level + 1);
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    const n = this.counters[level] as number;
    if (this.warnings.length === 0) {
      this.warnings.push(
        "Tài liệu dùng đánh số tự động của Word: số thứ tự được dựng lại theo quy ước (1., a), -), cần đối chiếu với bản gốc.",
      );
    }
    return level === 0 ? `${n}. ` : `${"abcdđeghiklmnopqrstuvxy"[(n - 1) % 23]}) `;
  }
}

function collectRuns(element: MammothElement, bold: boolean, segments: Piece[][]): void {
  for (const child of element.children ?? []) {
    const current = segments[segments.length - 1] as Piece[];
    switch (child.type) {
      case "text":
        current.push({ text: child.value ?? "", bold });
        break;
      case "tab":
        current.push({ text: " ", bold });
        break;
      case "break":
        segments.push([]);
        break;
      case "run":
        collectRuns(child, child.isBold ?? false, segments);
        break;
      case "noteReference":
      case "commentReference":
      case "image":
        break;
      default:
        collectRuns(child, bold, segments);
    }
  }
}

/** Joins paragraphs cut by a page break, never across a table cell or between a cell and the running text. */
function joinContinuations(paragraphs: RawParagraph[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (text === "") continue;
    const last = out[out.length - 1];
    const sameCell =
      last !== undefined &&
      last.cell?.table === p.cell?.table &&
      last.cell?.row === p.cell?.row &&
      last.cell?.col === p.cell?.col;
    if (last && sameCell && continuesParagraph(last.text, text)) {
      last.text = `${last.text} ${text}`;
      last.bold = (last.bold ?? false) && (p.bold ?? false);
    } else {
      out.push({ ...p, text });
    }
  }
  return out;
}
