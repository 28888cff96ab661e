import { expect, type Locator, type Page } from "@playwright/test";

export class SearchPage {
  readonly input: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  /** "N kết quả cho …" or "Không có kết quả cho …", announced as a status. */
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole("searchbox", { name: "Từ khóa" });
    this.submit = page.getByRole("button", { name: "Tìm", exact: true });
    this.results = page.getByTestId("search-results").getByRole("listitem");
    this.summary = page.locator("#results-title");
  }

  async goto(): Promise<void> {
    await this.page.goto("/search");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** Types the query in the form and submits it, as a person would. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.submit.click();
    await this.page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === query);
    await expect(this.summary).toContainText(query);
  }
}
