import type { ReportModel } from "@plan-tracker/core";
import { periodText } from "@plan-tracker/core/report/compile";
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
import { BODY_MARKER, blockXml, fillPackage, ROW_MARKER } from "./fill-package";
import { centred, gridTable, halfPoints, PARAGRAPH_STYLES, ptTwips } from "./primitives";
import { closingBlock, headerBlock, titleBlock } from "./title-block";

const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
const LANDSCAPE_TEXT_WIDTH_MM = PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm;

/** The body: runs of paragraphs as marker paragraphs (filled by fillPackage), tables through the library. */
function bodyFrame(blocks: Block[]): { frame: (Paragraph | Table)[]; chunks: string[] } {
  const frame: (Paragraph | Table)[] = [];
  const chunks: string[][] = [];
  let open: string[] | null = null;
  for (const block of blocks) {
    if (block.kind !== "table") {
      if (open === null) {
        open = [];
        frame.push(new Paragraph({ children: [new TextRun(`${BODY_MARKER}${chunks.length}`)] }));
        chunks.push(open);
      }
      open.push(blockXml(block));
      continue;
    }
    open = null;
    const { columns, rows, totalRow } = block.table;
    frame.push(
      gridTable({
        widthsMm: columns.map((c) => (c.width / 100) * TEXT_WIDTH_MM),
        header: columns.map((c) => c.title),
        rows: rows.map((cells, index) => ({ cells, bold: totalRow === true && index === rows.length - 1 })),
        align: columns.map((c) => (c.align === "center" ? "center" : "left")),
      }),
      new Paragraph({ children: [], spacing: { before: 0, after: ptTwips(6) } }),
    );
  }
  return { frame, chunks: chunks.map((chunk) => chunk.join("")) };
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
  const body = bodyFrame(reportBody(model));
  const doc = new Document({
    creator: model.header.agency,
    title: `Báo cáo ${model.header.summary}`,
    description: `Kế hoạch số ${model.plan.number}, ${periodText(model.period)}`,
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
          ...body.frame,
          new Paragraph({ children: [], spacing: { after: ptTwips(6) }, keepNext: true }),
          closingBlock(model),
        ],
      },
      annexSection(model),
    ],
  });
  return fillPackage(await Packer.toBuffer(doc), { bodyChunks: body.chunks, annexRows: annexRows(model) });
}
