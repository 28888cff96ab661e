import JSZip from "jszip";

/** The parts of a DOCX a test looks at: the body and each header, as XML text. */
export async function openDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the DOCX`);
    return file.async("string");
  };
  const headerNames = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
  return {
    document: await read("word/document.xml"),
    rels: await read("word/_rels/document.xml.rels"),
    styles: await read("word/styles.xml"),
    headers: Object.fromEntries(await Promise.all(headerNames.map(async (n) => [n, await read(n)] as const))),
  };
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export interface XmlParagraph {
  xml: string;
  /** The paragraph's text, line breaks as "\n". */
  text: string;
}

/** Every w:p of a part, with its text. */
export function paragraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: unescapeXml(
      [...m[0].matchAll(/<w:br\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? "\n").join(""),
    ),
  }));
}

/** The one paragraph whose text is exactly `text`; throws when none or several are. */
export function paragraphWithText(xml: string, text: string): XmlParagraph {
  const found = paragraphs(xml).filter((p) => p.text === text);
  if (found.length !== 1) throw new Error(`${found.length} paragraphs with text ${JSON.stringify(text)}`);
  return found[0] as XmlParagraph;
}

/** The section properties (w:sectPr) in document order. */
export function sections(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** Top-level tables' XML in document order (the layout tables have no nested tables). */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** A style's XML from styles.xml by its id. */
export function style(stylesXml: string, id: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (!found) throw new Error(`no style ${id}`);
  return found[0];
}

export const count = (xml: string, pattern: RegExp): number => (xml.match(pattern) ?? []).length;
