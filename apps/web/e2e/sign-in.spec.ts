/** Every role signs in through the form and lands on its own home page; signing out ends the session. */
import { account, DEMO_PASSWORD, type Role, roleLabels, roles } from "./accounts";
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";

// Leadership's, administrators' and compilers' homes list every plan with an open period (182/KH-UBND among them).
const overviewRoles: Role[] = ["admin", "leader", "compiler", "planningCompiler", "viewer"];

test.describe("sign-in per role", () => {
  for (const role of roles) {
    test(`${role} (${account(role).email}) lands on home with name and role`, async ({
      page,
      signInPage,
      shell,
      homePage,
    }) => {
      const { email, name, role: roleName } = account(role);
      await signInPage.goto();
      await signInPage.signInAndWait(email, DEMO_PASSWORD);
      await expect(homePage.greeting).toHaveText(`Xin chào, ${name}`);
      await expect(shell.header).toContainText(name);
      await expect(shell.header).toContainText(roleLabels[roleName]);
      await expect(page.getByText(/^Vai trò của bạn:/)).toContainText(roleLabels[roleName]);
      if (overviewRoles.includes(role)) {
        await expect(homePage.overview).toBeVisible();
        await expect(homePage.planRow()).toContainText(/\d+\/\d+ cơ quan/);
      } else {
        await expect(homePage.leads).toBeVisible();
        await expect(homePage.overview).toHaveCount(0);
      }
    });
  }
});

test.describe("agency homes", () => {
  test.describe("staff of Sở TN&MT", () => {
    test.use({ role: "staff" });
    test("see II.4.a under Chủ trì and II.4.đ under Phối hợp", async ({ homePage }) => {
      await homePage.page.goto("/");
      // By name: the home may also list the agency's directives (another spec writes one) above its tasks.
      await expect(
        homePage.page.getByRole("heading", {
          level: 2,
          name: "Nhiệm vụ của Sở Tài nguyên và Môi trường trong Kế hoạch 182/KH-UBND",
        }),
      ).toBeVisible();
      await expect(HomePage.taskCode(homePage.leads, "II.4.a")).toBeVisible();
      await expect(HomePage.taskCode(homePage.leads, "II.3")).toBeVisible();
      // Led by Sở Xây dựng, coordinated by "các sở, ngành và địa phương".
      await expect(HomePage.taskCode(homePage.coordinates, "II.4.đ")).toBeVisible();
      await expect(HomePage.taskCode(homePage.leads, "II.4.đ")).toHaveCount(0);
      await expect(homePage.overview).toHaveCount(0);
    });
  });

  test.describe("approver of Sở TN&MT", () => {
    test.use({ role: "approver" });
    test("sees the same agency tasks", async ({ homePage }) => {
      await homePage.page.goto("/");
      await expect(HomePage.taskCode(homePage.leads, "II.4.a")).toBeVisible();
      await expect(homePage.overview).toHaveCount(0);
    });
  });

  test.describe("staff of UBND TP Rạch Giá (a district)", () => {
    test.use({ role: "districtStaff" });
    test("see generic coordination under Phối hợp and III.4 under Chủ trì", async ({ homePage }) => {
      await homePage.page.goto("/");
      await expect(homePage.page.getByRole("heading", { level: 2 }).first()).toHaveText(
        "Nhiệm vụ của Ủy ban nhân dân thành phố Rạch Giá trong Kế hoạch 182/KH-UBND",
      );
      // III.4 is addressed to "Thủ trưởng các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố".
      await expect(HomePage.taskCode(homePage.leads, "III.4")).toBeVisible();
      await expect(homePage.leads.getByRole("listitem")).toHaveCount(1);
      // Named nowhere, but covered by "các sở, ngành và địa phương".
      for (const code of ["II.1.a", "II.4.a", "II.4.đ", "III.5"]) {
        await expect(HomePage.taskCode(homePage.coordinates, code), code).toBeVisible();
      }
      // Tasks for departments only ("sở, ngành liên quan") are not a district's.
      await expect(HomePage.taskCode(homePage.coordinates, "III.3")).toHaveCount(0);
    });
  });
});

test.describe("sign-out and protected pages", () => {
  test("a signed-out visitor is sent to sign-in, then back to the page asked for", async ({
    page,
    signInPage,
  }) => {
    await page.goto("/plans");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fplans$/);
    await signInPage.signIn(account("viewer").email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/plans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch");
  });

  test("signing out returns to sign-in, protected pages redirect again, and the old cookie is dead", async ({
    browser,
    page,
    signInPage,
    shell,
  }) => {
    // An account no other test signs in with, so its sign-out cannot disturb them.
    await signInPage.goto();
    await signInPage.signInAndWait("lanhdao.rachgia@kiengiang.example", DEMO_PASSWORD);
    await expect(shell.header).toContainText("Lâm Văn Rạch");
    const copied = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(copied, "a session cookie after signing in").toBeDefined();
    await shell.signOut.click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    for (const path of ["/", "/plans", "/search?q=dat", "/organizations"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in(\?|$)/);
    }
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).not.toContain("authjs.session-token");

    // The cookie copied before signing out, replayed from another browser, opens nothing: the session
    // ended on the server, not only in this browser (it would otherwise stay valid for 8 hours).
    const replay = await browser.newContext();
    try {
      if (copied) await replay.addCookies([copied]);
      const other = await replay.newPage();
      await other.goto(new URL("/plans", page.url()).toString());
      await expect(other).toHaveURL(/\/sign-in(\?|$)/);
    } finally {
      await replay.close();
    }
  });
});
