import type { ReportModel } from "@plan-tracker/core";
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { FONT, mmToTwips, PAGE, SIZE } from "../format";
import { ANNEX_COLUMNS, ANNEX_WIDTHS, annexReference, annexRows } from "../layout";
import { annexSubtitle, type Block, reportBody } from "../outline";
import { fillAnnexRows, ROW_MARKER } from "./annex-rows";
import {
  bodyParagraph,
  centred,
  gridTable,
  halfPoints,
  PARAGRAPH_STYLES,
  ptTwips,
  runsOf,
  textRun,
} from "./primitives";
import { closingBlock, headerBlock, titleBlock } from "./title-block";

const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
const LANDSCAPE_TEXT_WIDTH_MM = PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm;

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [bodyParagraph([textRun(block.text, { bold: true })], { keepNext: true })];
    case "subheading":
      return [bodyParagraph([textRun(block.text, { bold: true })], { keepNext: true })];
    case "paragraph":
      return [bodyParagraph(runsOf(block.runs), { keepNext: block.keepWithNext })];
    case "dash":
      return [bodyParagraph([textRun("- "), ...runsOf(block.runs)])];
    case "table": {
      const { columns, rows, totalRow } = block.table;
      return [
        gridTable({
          widthsMm: columns.map((c) => (c.width / 100) * TEXT_WIDTH_MM),
          header: columns.map((c) => c.title),
          rows: rows.map((cells, index) => ({ cells, bold: totalRow === true && index === rows.length - 1 })),
          align: columns.map((c) => (c.align === "center" ? "center" : "left")),
        }),
        new Paragraph({ children: [], spacing: { before: 0, after: ptTwips(6) } }),
      ];
    }
  }
}

/** Page number centred in the top margin, 13 pt (Appendix I: not shown on the first page). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

const MARGINS = {
  top: mmToTwips(PAGE.marginTopMm),
  bottom: mmToTwips(PAGE.marginBottomMm),
  left: mmToTwips(PAGE.marginLeftMm),
  right: mmToTwips(PAGE.marginRightMm),
  header: mmToTwips(10),
  footer: mmToTwips(10),
};

function annexSection(model: ReportModel) {
  return {
    properties: {
      page: {
        // Given as portrait; docx swaps width and height for a landscape section.
        size: {
          width: mmToTwips(PAGE.widthMm),
          height: mmToTwips(PAGE.heightMm),
          orientation: PageOrientation.LANDSCAPE,
        },
        margin: MARGINS,
      },
    },
    headers: { default: pageNumberHeader() },
    children: [
      centred("PHỤ LỤC", { size: SIZE.docType, bold: true }),
      centred(annexSubtitle(model), { size: SIZE.docType, bold: true }),
      centred(annexReference(model), { size: SIZE.body, italic: true }, { after: 12 }),
      gridTable({
        widthsMm: ANNEX_WIDTHS.map((w) => (w / 100) * LANDSCAPE_TEXT_WIDTH_MM),
        header: [...ANNEX_COLUMNS],
        // One template row: fillAnnexRows writes a copy of it per task (see there).
        rows: [{ cells: ANNEX_COLUMNS.map((_, i) => `${ROW_MARKER}${i}`), cantSplit: false }],
        // Left-aligned: justified text in narrow cells opens wide gaps between words.
        align: ["center", "center", "left", "left", "left", "left", "center", "left"],
      }),
    ],
  };
}

/** The consolidated report as an editable Word document in the format of Decree 30/2020/NĐ-CP. */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const doc = new Document({
    creator: model.header.agency,
    title: `Báo cáo ${model.header.summary}`,
    description: `Kế hoạch số ${model.plan.number}, năm ${model.period.year}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(SIZE.body) } },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwips(PAGE.widthMm),
              height: mmToTwips(PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: MARGINS,
          },
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: [
          headerBlock(model),
          ...titleBlock(model),
          ...reportBody(model).flatMap(blockToDocx),
          new Paragraph({ children: [], spacing: { after: ptTwips(6) }, keepNext: true }),
          closingBlock(model),
        ],
      },
      annexSection(model),
    ],
  });
  return fillAnnexRows(await Packer.toBuffer(doc), annexRows(model));
}
