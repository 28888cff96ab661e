import type { ReportModel } from "@plan-tracker/core";
import {
  ANNEX_COLUMNS,
  ANNEX_WIDTHS,
  annexReference,
  annexRows,
  headerLines,
  recipientLines,
} from "../layout";
import { annexSubtitle, type Block, type Run, reportBody, type SimpleTable } from "../outline";
import { escapeHtml as e } from "./escape";
import { REPORT_CSS } from "./style";

function runs(list: Run[]): string {
  return list
    .map((r) => {
      let html = e(r.text);
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join("");
}

function grid(
  columns: { title: string; width: number; align?: "center" }[],
  rows: string[][],
  totalRow = false,
): string {
  const cols = columns.map((c) => `<col style="width:${c.width}%">`).join("");
  const head = columns.map((c) => `<th scope="col">${e(c.title)}</th>`).join("");
  const body = rows
    .map((cells, index) => {
      const total = totalRow && index === rows.length - 1 ? ' class="total"' : "";
      const tds = cells
        .map((cell, i) => `<td${columns[i]?.align === "center" ? ' class="c"' : ""}>${e(cell)}</td>`)
        .join("");
      return `<tr${total}>${tds}</tr>`;
    })
    .join("\n");
  return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<h2>${e(b.text)}</h2>`;
    case "subheading":
      return `<h3>${e(b.text)}</h3>`;
    case "paragraph":
      return `<p${b.keepWithNext ? ' class="keep"' : ""}>${runs(b.runs)}</p>`;
    case "dash":
      return `<p>- ${runs(b.runs)}</p>`;
    case "table":
      return sectionTable(b.table);
  }
}

function sectionTable(table: SimpleTable): string {
  return grid(table.columns, table.rows, table.totalRow);
}

function headerBlock(model: ReportModel): string {
  const h = headerLines(model);
  return `<table class="layout header-block" role="presentation"><colgroup><col style="width:43.6%"><col style="width:56.4%"></colgroup>
<tr><td><div class="agency-parent">${e(h.parentAgency)}</div><div class="agency">${h.agency.map(e).join("<br>")}</div><div class="rule" style="width:22mm"></div></td>
<td><div class="national-title">${e(h.nationalTitle)}</div><div class="motto">${e(h.motto)}</div><div class="rule" style="width:62mm"></div></td></tr>
<tr><td class="number">${e(h.numberLine)}</td><td class="date-line">${e(h.dateLine)}</td></tr>
</table>`;
}

function closingBlock(model: ReportModel): string {
  const s = model.signer;
  const recipients = recipientLines(model.recipients)
    .map((line) => `<li>${e(line)}</li>`)
    .join("");
  const authority =
    s.authority.trim() === "" ? "" : `<div class="signer">${e(s.authority.toUpperCase())}</div>`;
  return `<table class="layout closing" role="presentation"><colgroup><col style="width:48.5%"><col style="width:51.5%"></colgroup>
<tr><td><div class="recipients-title">Nơi nhận:</div><ul class="recipients">${recipients}</ul></td>
<td>${authority}<div class="signer">${e(s.title.toUpperCase())}</div><div class="signer-name">${e(s.name)}</div></td></tr>
</table>`;
}

const ANNEX_CENTRED = new Set([0, 1, 6]);

function annex(model: ReportModel): string {
  const columns = ANNEX_COLUMNS.map((title, i) => ({
    title,
    width: ANNEX_WIDTHS[i] ?? 10,
    align: ANNEX_CENTRED.has(i) ? ("center" as const) : undefined,
  }));
  return `<section class="annex" aria-label="Phụ lục">
<h2>PHỤ LỤC</h2>
<h2>${e(annexSubtitle(model))}</h2>
<p class="reference">${e(annexReference(model))}</p>
${grid(columns, annexRows(model))}
</section>`;
}

/** The report body and annex as HTML to embed in a page (no <html> shell); every text is escaped. */
export function renderReportFragment(model: ReportModel): string {
  return `<article class="report" lang="vi">
<div class="sheet">
${headerBlock(model)}
<h1 class="doc-type">BÁO CÁO</h1>
<p class="summary">${e(model.header.summary)}</p>
<div class="rule summary-rule"></div>
<div class="body">
${reportBody(model).map(block).join("\n")}
</div>
${closingBlock(model)}
</div>
${annex(model)}
</article>`;
}

/** A complete, self-contained HTML document of the report: the browser preview and the source of the PDF. */
export function renderReportHtml(model: ReportModel): string {
  const title = `Báo cáo ${model.header.summary}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderReportFragment(model)}
</body>
</html>
`;
}
