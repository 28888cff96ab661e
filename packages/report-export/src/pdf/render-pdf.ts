import { existsSync } from "node:fs";
import { AppError, type ReportModel } from "@plan-tracker/core";
import pLimit from "p-limit";
import { type Browser, chromium } from "playwright-core";
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

/** PDFs printed at once; the others wait their turn (each print is a Chromium page: memory and CPU). */
export const PDF_CONCURRENCY = 2;
/** PDFs allowed to wait behind them; more are refused at once ("busy") rather than piling up. */
export const PDF_QUEUE_LIMIT = 8;
/** A print that takes longer is abandoned (its page closed) and refused. */
export const PDF_TIMEOUT_MS = 60_000;

const queue = pLimit(PDF_CONCURRENCY);
/** One Chromium per process and executable, started on the first PDF and reused; restarted if it dies. */
const browsers = new Map<string, Promise<Browser>>();
let launches = 0;

/** How many Chromium processes this process has started (tests: one for many PDFs). */
export function pdfBrowserLaunches(): number {
  return launches;
}

function browserFor(executablePath: string): Promise<Browser> {
  const running = browsers.get(executablePath);
  if (running) return running;
  launches += 1;
  const started = chromium.launch({ executablePath, args: CHROMIUM_ARGS }).then((browser) => {
    browser.on("disconnected", () => browsers.delete(executablePath));
    return browser;
  });
  started.catch(() => browsers.delete(executablePath));
  browsers.set(executablePath, started);
  return started;
}

/** Closes the shared Chromium (a graceful shutdown, the end of a test run). */
export async function closePdfBrowsers(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.close()));
}

/**
 * Prints an HTML document to PDF with the page size and margins its CSS declares, in a fresh context of the
 * process's shared Chromium (starting one per request cost a second and, under load, a Chromium each),
 * at most PDF_CONCURRENCY at once, refused when PDF_QUEUE_LIMIT already wait or after PDF_TIMEOUT_MS.
 */
export async function printHtmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = chromiumPath(options);
  // A server without Chromium still serves DOCX and XLSX; the PDF says what to install instead of failing blind.
  if (!existsSync(executablePath)) {
    throw new AppError("UNAVAILABLE", {
      message: `Chromium not found at ${executablePath}: install it or set CHROMIUM_PATH`,
      details: { reason: "pdfRendererMissing" },
    });
  }
  if (queue.pendingCount >= PDF_QUEUE_LIMIT)
    throw new AppError("UNAVAILABLE", { message: "PDF queue full", details: { reason: "pdfBusy" } });
  return queue(async () => {
    const browser = await browserFor(executablePath);
    const context = await browser.newContext();
    let timer: NodeJS.Timeout | undefined;
    try {
      const print = (async () => {
        const page = await context.newPage();
        // The document is self-contained: refuse any request it might still make (a link in agency text, say).
        await page.route("**/*", (route) => route.abort());
        await page.setContent(html, { waitUntil: "load", timeout: PDF_TIMEOUT_MS });
        return page.pdf({ preferCSSPageSize: true, printBackground: true });
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new AppError("UNAVAILABLE", { message: "PDF timed out", details: { reason: "pdfTimeout" } }),
            ),
          PDF_TIMEOUT_MS,
        );
      });
      return await Promise.race([print, timeout]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => {});
    }
  });
}

/** The report as PDF, printed from the same HTML as the browser preview. */
export async function renderReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  return printHtmlToPdf(renderReportHtml(model), options);
}
