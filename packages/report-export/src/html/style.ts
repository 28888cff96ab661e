import { FIRST_LINE_INDENT_MM, FONT, PAGE, PARAGRAPH_SPACING_PT, SIZE } from "../format";

const FONTS = `"${FONT}", "Liberation Serif", Tinos, serif`;
const MARGIN = `${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm`;

/**
 * Print rules mirror the DOCX (Decree 30/2020/NĐ-CP): A4 with the decree's margins, the page number centred
 * in the top margin from page 2 (CSS page margin boxes), the annex on landscape pages. On screen the same
 * pages are drawn as sheets.
 */
export const REPORT_CSS = `
@page { size: A4 portrait; margin: ${MARGIN};
  @top-center { content: counter(page); font-family: ${FONTS}; font-size: ${SIZE.pageNumber}pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
@page annex { size: A4 landscape; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font-family: ${FONTS}; font-size: ${SIZE.body}pt; line-height: 1.15; }
.sheet { width: ${PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm}mm; }
.annex { page: annex; break-before: page; width: ${PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm}mm; }
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { padding: 0; vertical-align: top; text-align: center; }
.agency-parent { font-size: ${SIZE.agency}pt; text-transform: none; }
.agency { font-size: ${SIZE.agency}pt; font-weight: bold; }
.national-title { font-size: ${SIZE.nationalTitle}pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: ${SIZE.motto}pt; font-weight: bold; }
table.layout td.number { font-size: ${SIZE.number}pt; padding-top: 8pt; }
table.layout td.date-line { font-size: ${SIZE.dateLine}pt; font-style: italic; padding-top: 8pt; }
.rule { border-bottom: 1px solid #000; margin: 3pt auto 0; height: 0; max-width: 100%; }
h1, h2, h3, p { margin: 0; }
h1.doc-type { font-size: ${SIZE.docType}pt; font-weight: bold; text-align: center; margin-top: 18pt; }
.summary { font-size: ${SIZE.docType}pt; font-weight: bold; text-align: center; }
.summary-rule { width: 50mm; margin-top: 4pt; margin-bottom: 12pt; }
.body p, .body h2, .body h3 { font-size: ${SIZE.body}pt; text-align: justify; text-indent: ${FIRST_LINE_INDENT_MM}mm;
  margin: 0 0 ${PARAGRAPH_SPACING_PT}pt; }
.body h2, .body h3 { font-weight: bold; break-after: avoid; }
.body p.keep { break-after: avoid; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 ${PARAGRAPH_SPACING_PT}pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 1pt 3pt; vertical-align: top; text-align: left; }
table.grid th { text-align: center; vertical-align: middle; font-weight: bold; }
table.grid td.c { text-align: center; }
table.grid tr { break-inside: avoid; }
table.grid tr.total td { font-weight: bold; }
.body table.grid { font-size: ${SIZE.table}pt; }
table.layout.closing { margin-top: 6pt; break-inside: avoid; }
.closing td:first-child { text-align: left; }
.recipients-title { font-size: ${SIZE.recipientsTitle}pt; font-weight: bold; font-style: italic; }
.recipients { font-size: ${SIZE.recipients}pt; list-style: none; padding: 0; margin: 0; }
.signer { font-size: ${SIZE.signer}pt; font-weight: bold; }
.signer-name { font-size: ${SIZE.signer}pt; font-weight: bold; margin-top: 84pt; }
.annex h2 { font-size: ${SIZE.docType}pt; text-align: center; }
.annex .reference { text-align: center; font-style: italic; margin-bottom: 12pt; }
.annex table.grid { font-size: ${SIZE.table}pt; }
@media screen {
  html { background: #e5e7eb; }
  body { padding: 12px 0; }
  .sheet, .annex { background: #fff; margin: 0 auto 12px; padding: ${MARGIN}; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  .sheet { width: ${PAGE.widthMm}mm; }
  .annex { width: ${PAGE.heightMm}mm; }
}
/* A phone shows the text reflowed rather than a page to scroll sideways; the annex table scrolls. */
@media screen and (max-width: 820px) {
  body { padding: 0; }
  .sheet, .annex { width: auto; padding: 16px 12px; margin: 0 0 8px; }
  .national-title { white-space: normal; }
  .annex { overflow-x: auto; }
  .annex table.grid { min-width: 760px; }
}
`;
