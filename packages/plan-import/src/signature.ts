/**
 * After the body: "Nơi nhận:" and its list, the signature block ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
 * PHÓ CHỦ TỊCH") and the signer's name. In DOCX both sit side by side in a table, and PDF text interleaves
 * the two columns line by line, so lines are classified one by one rather than read in blocks.
 */

import type { DocLine, DocumentLines } from "./input/lines";
import { isAllCaps } from "./text-utils";

export interface Signature {
  recipients: string[];
  signerTitle: string | null;
  signerName: string | null;
}

const TITLE_LINE =
  /^(TM\.|KT\.|Q\.|TL\.|TUQ\.|PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ THỦ TƯỚNG|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|BÍ THƯ|PHÓ BÍ THƯ)/u;
const PERSON = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$/u;

export function readSignature(doc: DocumentLines, lines: number[]): Signature {
  const recipients: string[] = [];
  const titles: string[] = [];
  let name: string | null = null;
  let inRecipients = false;
  for (const i of lines) {
    const line = doc.lines[i] as DocLine;
    const text = line.text;
    if (/^Phụ lục\b|^PHỤ LỤC\b/u.test(text) && !line.cell) break;
    if (/^Nơi nhận\s*:?/iu.test(text)) {
      inRecipients = true;
      const rest = text.replace(/^Nơi nhận\s*:?\s*/iu, "");
      if (rest.startsWith("-")) recipients.push(rest.replace(/^-\s*/, ""));
      continue;
    }
    if (inRecipients && /^[-–•+]\s*/.test(text)) {
      recipients.push(text.replace(/^[-–•+]\s*/, ""));
      continue;
    }
    if (TITLE_LINE.test(text) && isAllCaps(text)) {
      titles.push(text);
      continue;
    }
    if (titles.length > 0 && name === null && PERSON.test(text)) name = text;
  }
  return { recipients, signerTitle: titles.length > 0 ? titles.join(" / ") : null, signerName: name };
}
