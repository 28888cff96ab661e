import JSZip from "jszip";
import { keepRowWhole } from "./primitives";

/** Text of the annex's template row: the marker and the column's index. */
export const ROW_MARKER = "⟦annex-row⟧";

// Characters XML 1.0 cannot carry at all (agency text pasted from elsewhere may hold them).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeXml = (text: string) =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A cell's text inside its template run: lines joined by line breaks. */
function cellText(text: string): string {
  return text.split(/\r?\n/).map(escapeXml).join('</w:t><w:br/><w:t xml:space="preserve">');
}

/**
 * Writes one annex row per task by copying the template row the docx library wrote (its cell styles,
 * borders and widths) and putting each task's texts in it. The library builds and serialises an object
 * tree per element, which for a 1,000-task annex (8,000 cells) cost about a second; the copies cost a few
 * milliseconds and are the same XML.
 */
export async function fillAnnexRows(docx: Buffer, rows: string[][]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("word/document.xml missing from the generated DOCX");
  const xml = await part.async("string");
  const at = xml.indexOf(`${ROW_MARKER}0`);
  const start = xml.lastIndexOf("<w:tr>", at);
  const end = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
  if (at < 0 || start < 0 || end < at) throw new Error("annex template row not found in the generated DOCX");
  const template = xml.slice(start, end);
  if (template.includes("<w:trPr>")) throw new Error("annex template row has row properties it should not");

  const filled = rows
    .map((cells) => {
      let row = template;
      cells.forEach((text, index) => {
        row = row.replace(`${ROW_MARKER}${index}`, () => cellText(text));
      });
      return keepRowWhole(cells) ? row.replace("<w:tr>", "<w:tr><w:trPr><w:cantSplit/></w:trPr>") : row;
    })
    .join("");
  zip.file("word/document.xml", xml.slice(0, start) + filled + xml.slice(end));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
