import { expect, type Locator, type Page } from "@playwright/test";

export const PLAN_SYMBOL = "182/KH-UBND";

/** The 17 tasks of plan 182/KH-UBND, in the plan's order. */
export const TASK_CODES = [
  "II.1.a",
  "II.1.b",
  "II.2.a",
  "II.2.b",
  "II.2.c",
  "II.3",
  "II.4.a",
  "II.4.b",
  "II.4.c",
  "II.4.d",
  "II.4.đ",
  "II.4.e",
  "III.1",
  "III.2",
  "III.3",
  "III.4",
  "III.5",
] as const;

/** The plan list and the plan page with its tree of sections and tasks. */
export class PlanPage {
  constructor(readonly page: Page) {}

  planLink(): Locator {
    return this.page.getByRole("link", { name: `Kế hoạch số ${PLAN_SYMBOL}` });
  }

  /** Opens the plan from the list (/plans) and returns its id. */
  async open(): Promise<string> {
    await this.page.goto("/plans");
    await this.planLink().click();
    await this.page.waitForURL(/\/plans\/[^/]+$/);
    const id = new URL(this.page.url()).pathname.split("/").pop();
    if (!id) throw new Error(`No plan id in ${this.page.url()}`);
    return id;
  }

  /**
   * A top-level section's heading by its number ("I.", "II."). The accessible name has no space after the
   * number today ("I.MỤC ĐÍCH, YÊU CẦU": two spans, no text between; reported), hence \s*.
   */
  sectionHeading(number: string): Locator {
    return this.page.getByRole("heading", { level: 2, name: new RegExp(`^${escapeRegExp(number)}\\s*\\S`) });
  }

  /** A task's row on the plan page (its anchor is task-<code>, the target of the task page's back link). */
  task(code: string): Locator {
    return this.page.locator(`li[data-testid="plan-task"][id="task-${code}"]`);
  }

  /** The row's one link, named by the task's code and short title. */
  taskLink(code: string): Locator {
    return this.task(code).getByRole("link", { name: new RegExp(`^${escapeRegExp(code)} \\S`) });
  }

  lead(code: string): Locator {
    return this.task(code).getByTestId("task-lead");
  }

  /** Opens a task's own page from the plan page and returns its id. */
  async openTask(code: string): Promise<string> {
    await this.taskLink(code).click();
    await this.page.waitForURL(/\/tasks\/[^/]+$/);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(code);
    const id = new URL(this.page.url()).pathname.split("/").pop();
    if (!id) throw new Error(`No task id in ${this.page.url()}`);
    return id;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
