import { existsSync } from "node:fs";
import { AppError, type ReportModel } from "@plan-tracker/core";
import { chromium } from "playwright-core";
import { renderReportHtml } from "../html/render-html";

export interface PdfOptions {
  /** Chromium to drive; default CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
  chromiumPath?: string;
}

/** Flags for a headless Chromium that reaches no network and needs no sandbox (containers, CI as root). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(options: PdfOptions = {}): string {
  return options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Prints an HTML document to PDF with the page size and margins its CSS declares. */
export async function printHtmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = chromiumPath(options);
  // A server without Chromium still serves DOCX and XLSX; the PDF says what to install instead of failing blind.
  if (!existsSync(executablePath)) {
    throw new AppError("UNAVAILABLE", {
      message: `Chromium not found at ${executablePath}: install it or set CHROMIUM_PATH`,
      details: { reason: "pdfRendererMissing" },
    });
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The document is self-contained: refuse any request it might still make (a link in agency text, say).
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/** The report as PDF, printed from the same HTML as the browser preview. */
export async function renderReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  return printHtmlToPdf(renderReportHtml(model), options);
}
