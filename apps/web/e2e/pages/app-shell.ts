import type { Locator, Page } from "@playwright/test";

/** The header every signed-in page shares: who is signed in, the navigation, language and sign-out. */
export class AppShell {
  readonly header: Locator;
  readonly nav: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    this.signOut = this.header.getByRole("button", { name: "Đăng xuất" });
  }
}
