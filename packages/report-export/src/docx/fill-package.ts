import JSZip from "jszip";
import type { Block, Run } from "../outline";
import { keepRowWhole, STYLE } from "./primitives";

/**
 * The docx library builds and serialises an object tree per element: for a 1,000-task report (some 10,000
 * body paragraphs and an annex of 8,000 cells) that alone took seconds of CPU. So the library writes the
 * document's frame (styles, sections, headers, the header and signature blocks, the small tables) with a
 * marker paragraph where each run of body paragraphs goes and one template annex row, and this module puts
 * the body paragraphs and the annex rows in the packed file: the same WordprocessingML, in milliseconds.
 */

/** Text of a marker paragraph standing for the body chunk of that index. */
export const BODY_MARKER = "⟦body⟧";
/** Text of the annex's template row: the marker and the column's index. */
export const ROW_MARKER = "⟦annex-row⟧";

// Characters XML 1.0 cannot carry at all (agency text pasted from elsewhere may hold them).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these control characters is the point: a .docx holding one is not well-formed XML and Word refuses to open it
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function runXml(run: Run): string {
  const props = `${run.bold ? "<w:b/><w:bCs/>" : ""}${run.italic ? "<w:i/><w:iCs/>" : ""}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function paragraphXml(runs: Run[], keepNext: boolean): string {
  const pPr = `<w:pPr><w:pStyle w:val="${STYLE.body}"/>${keepNext ? "<w:keepNext/>" : ""}</w:pPr>`;
  return `<w:p>${pPr}${runs.map(runXml).join("")}</w:p>`;
}

/** A body block in the body paragraph style (tables are left to the library). */
export function blockXml(block: Exclude<Block, { kind: "table" }>): string {
  switch (block.kind) {
    case "heading":
    case "subheading":
      return paragraphXml([{ text: block.text, bold: true }], true);
    case "paragraph":
      return paragraphXml(block.runs, block.keepWithNext === true);
    case "dash":
      return paragraphXml([{ text: "- " }, ...block.runs], false);
  }
}

/** A cell's text inside its template run: lines joined by line breaks. */
function cellText(text: string): string {
  return text.split(/\r?\n/).map(escapeXml).join('</w:t><w:br/><w:t xml:space="preserve">');
}

/** The element around `marker` (`<w:p>` or `<w:tr>`), as [start, end) offsets in `xml`. */
function around(xml: string, marker: string, tag: "w:p" | "w:tr"): [number, number] {
  const at = xml.indexOf(marker);
  const start = xml.lastIndexOf(`<${tag}>`, at);
  const close = xml.indexOf(`</${tag}>`, at);
  if (at < 0 || start < 0 || close < 0) throw new Error(`${marker} not found in the generated DOCX`);
  return [start, close + tag.length + 3];
}

function annexRowsXml(template: string, rows: string[][]): string {
  if (template.includes("<w:trPr>")) throw new Error("annex template row has row properties it should not");
  return rows
    .map((cells) => {
      let row = template;
      cells.forEach((text, index) => {
        row = row.replace(`${ROW_MARKER}${index}`, () => cellText(text));
      });
      return keepRowWhole(cells) ? row.replace("<w:tr>", "<w:tr><w:trPr><w:cantSplit/></w:trPr>") : row;
    })
    .join("");
}

/** Replaces each body marker paragraph with its chunk's XML and the template row with the annex rows. */
export async function fillPackage(
  docx: Buffer,
  content: { bodyChunks: string[]; annexRows: string[][] },
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("word/document.xml missing from the generated DOCX");
  let xml = await part.async("string");
  content.bodyChunks.forEach((chunk, index) => {
    const [start, end] = around(xml, `${BODY_MARKER}${index}<`, "w:p");
    xml = xml.slice(0, start) + chunk + xml.slice(end);
  });
  const [start, end] = around(xml, `${ROW_MARKER}0<`, "w:tr");
  xml = xml.slice(0, start) + annexRowsXml(xml.slice(start, end), content.annexRows) + xml.slice(end);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
