import type { Locator, Page } from "@playwright/test";
import { PLAN_SYMBOL } from "./plan-page";

/**
 * The home page: the plans being reported on (leader, compiler, admin, viewer), or the agency's own tasks
 * (approver, staff).
 */
export class HomePage {
  readonly greeting: Locator;
  readonly overview: Locator;
  /** A compiler's card: the plans their agency is focal for that have an open period. */
  readonly focalPlans: Locator;
  /**
   * The agency's tasks it leads ("Chủ trì (n)") and coordinates ("Phối hợp (n)") in plan 182: the home has
   * one card per plan with an open period, and other specs add plans to the same database.
   */
  readonly leads: Locator;
  readonly coordinates: Locator;

  constructor(readonly page: Page) {
    this.greeting = page.getByRole("heading", { level: 1 });
    this.overview = page.getByRole("region", { name: "Các kế hoạch đang có kỳ báo cáo mở" });
    this.focalPlans = page.getByRole("region", {
      name: "Kế hoạch cơ quan bạn làm đầu mối đang có kỳ báo cáo mở",
    });
    const plan = page.locator(`[data-plan="${PLAN_SYMBOL}"]`);
    this.leads = plan.getByRole("region", { name: /^Chủ trì \(\d+\)$/ });
    this.coordinates = plan.getByRole("region", { name: /^Phối hợp \(\d+\)$/ });
  }

  /** A plan's row in the overview, by its number ("182/KH-UBND"). */
  planRow(symbol: string = PLAN_SYMBOL): Locator {
    return this.overview
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name: symbol, exact: true }) });
  }

  /** A plan's row in the compiler's card, by its number. */
  focalPlanRow(symbol: string = PLAN_SYMBOL): Locator {
    return this.focalPlans
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name: symbol, exact: true }) });
  }

  /** From the compiler's card, a plan's submissions board (its "reports received/expected" link). */
  async openBoard(symbol: string = PLAN_SYMBOL): Promise<void> {
    await this.focalPlanRow(symbol)
      .getByRole("link", { name: /^\d+\/\d+ cơ quan$/ })
      .click();
    await this.page.waitForURL(/\/periods\/[^/]+\/submissions$/);
  }

  /** A task code listed in a group of the agency home. */
  static taskCode(group: Locator, code: string): Locator {
    return group.getByRole("listitem").filter({ has: group.page().getByText(code, { exact: true }) });
  }
}
