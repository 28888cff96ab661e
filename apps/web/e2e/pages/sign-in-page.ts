import { expect, type Locator, type Page } from "@playwright/test";

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The form's error, announced with role="alert". */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Mật khẩu");
    this.submit = page.getByRole("button", { name: "Đăng nhập", exact: true });
    this.error = page.getByRole("alert").filter({ hasText: /\S/ });
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await expect(this.page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Submits the form and waits for the server's answer (the form stays: a failed sign-in). */
  async signInExpectingError(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    const answer = this.page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in",
    );
    await this.submit.click();
    await answer;
    await expect(this.submit).toBeEnabled();
  }

  /** Signs in and waits for the home page. */
  async signInAndWait(email: string, password: string): Promise<void> {
    await this.signIn(email, password);
    await this.page.waitForURL((url) => url.pathname === "/");
  }
}
