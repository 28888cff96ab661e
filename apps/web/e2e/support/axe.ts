import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Scans the page and returns one readable entry per violation and element (the violations also attached as
 * JSON). `exclude`: selectors left out, such as a sandboxed frame axe cannot run in (it waits on it).
 */
export async function axeViolations(
  page: Page,
  testInfo: TestInfo,
  options: { exclude?: string[] } = {},
): Promise<string[]> {
  // Contrast is computed on the rendered text: wait for the self-hosted fonts.
  await page.evaluate(() => document.fonts.ready);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  if (results.violations.length) {
    await testInfo.attach("axe-violations.json", {
      body: JSON.stringify(results.violations, null, 2),
      contentType: "application/json",
    });
  }
  return results.violations.flatMap(describe);
}

function describe(violation: Violation): string[] {
  const head = `${violation.id} [${violation.impact ?? "?"}] ${violation.help} (${violation.helpUrl})`;
  return violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? "").replace(/\s*\n\s*/g, " ");
    return `${head}\n      at ${node.target.join(" ")}: ${node.html.slice(0, 160)}\n      ${summary}`;
  });
}
