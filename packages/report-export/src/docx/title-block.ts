import type { ReportModel } from "@plan-tracker/core";
import { AlignmentType, Paragraph, type Table } from "docx";
import { SIZE } from "../format";
import { headerLines, recipientLines } from "../layout";
import { centred, layoutTable, rule, textRun } from "./primitives";

/** Widths of the header block's two columns (ô 1–2 left, quốc hiệu right), in mm; together the text width. */
export const HEADER_COLUMNS_MM = [72, 93] as const;
const BOTTOM_COLUMNS_MM = [80, 85] as const;

/**
 * The block at the top of the first page (Appendix I, ô 1–4): governing body and agency over "Số:" on the
 * left, national title and motto over the place-date line on the right, each with its rule.
 */
export function headerBlock(model: ReportModel): Table {
  const h = headerLines(model);
  const [left, right] = HEADER_COLUMNS_MM;
  return layoutTable(
    [...HEADER_COLUMNS_MM],
    [
      [
        [
          centred(h.parentAgency, { size: SIZE.agency }),
          centred(h.agency, { size: SIZE.agency, bold: true }),
          rule(22, left, 0),
        ],
        [
          centred(h.nationalTitle, { size: SIZE.nationalTitle, bold: true }),
          centred(h.motto, { size: SIZE.motto, bold: true }),
          // As long as the motto line (about 62 mm at 13 pt bold).
          rule(62, right, 0),
        ],
      ],
      [
        [centred(h.numberLine, { size: SIZE.number }, { before: 6 })],
        [centred(h.dateLine, { size: SIZE.dateLine, italic: true }, { before: 6 })],
      ],
    ],
  );
}

/** "BÁO CÁO", the summary line under it and a short rule. */
export function titleBlock(model: ReportModel): Paragraph[] {
  return [
    centred("BÁO CÁO", { size: SIZE.docType, bold: true }, { before: 18 }),
    centred(model.header.summary, { size: SIZE.docType, bold: true }),
    rule(50, 165, 12),
  ];
}

/** "Nơi nhận:" on the left, the signature on the right (Appendix I, ô 7–9). */
export function closingBlock(model: ReportModel): Table {
  const recipients = recipientLines(model.recipients);
  const left = [
    new Paragraph({
      children: [textRun("Nơi nhận:", { size: SIZE.recipientsTitle, bold: true, italic: true })],
      spacing: { before: 0, after: 0 },
    }),
    ...recipients.map(
      (line) =>
        new Paragraph({
          children: [textRun(line, { size: SIZE.recipients })],
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 0 },
        }),
    ),
  ];
  const s = model.signer;
  const right = [
    ...(s.authority.trim() === ""
      ? []
      : [centred(s.authority.toUpperCase(), { size: SIZE.signer, bold: true })]),
    centred(s.title.toUpperCase(), { size: SIZE.signer, bold: true }),
    // Room for the signature and the seal: about 3 cm.
    centred(s.name, { size: SIZE.signer, bold: true }, { before: 84 }),
  ];
  return layoutTable([...BOTTOM_COLUMNS_MM], [[left, right]]);
}
