/**
 * Statelessness: two `next start` nodes of the production build on ports 3317 and 3318 (TWO_NODES_PORTS),
 * as two machines behind a load balancer would run them: one fresh PostgreSQL database of this spec's own
 * (migrated and seeded by e2e/support/database.ts), one AUTH_SECRET, attachments in one S3-compatible
 * bucket (s3rver on S3_TEST_PORT, 9099), a separate empty UPLOAD_DIR each (a file on one node's disk would
 * not reach the other), and the in-process job worker on both (two workers, one queue).
 * Every process and the database are stopped and dropped in afterAll, also when a test fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase } from "@plan-tracker/db";
import { createBoss } from "@plan-tracker/jobs/boss";
import { QUEUES } from "@plan-tracker/jobs/queues";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { account, DEMO_PASSWORD } from "../accounts";
import { SignInPage } from "../pages/sign-in-page";
import { databaseUrlFor, newDatabaseName, testServerUrl } from "../support/names";
import { type NextNode, startNextNode, waitUntilHealthy } from "../support/next-node";
import { type S3TestServer, startS3Server } from "../support/s3-server";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const webDir = path.resolve(import.meta.dirname, "../..");
const [portA, portB] = (process.env.TWO_NODES_PORTS ?? "3317,3318").split(",").map(Number);
const s3Port = Number(process.env.S3_TEST_PORT ?? 9099);
const databaseName = newDatabaseName();
const databaseUrl = databaseUrlFor(databaseName, testServerUrl());
// UBND TP Rạch Giá has no 2026 update in the demo seed: its editor starts open and empty.
const staff = account("districtStaff");

let s3: S3TestServer | undefined;
let nodes: NextNode[] = [];
const uploadDirs: string[] = [];
let databaseCreated = false;

function databaseScript(command: "prepare" | "drop"): void {
  execFileSync(process.execPath, ["--import", "tsx", "e2e/support/database.ts", command, databaseName], {
    cwd: webDir,
    stdio: "inherit",
  });
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  databaseScript("prepare");
  databaseCreated = true;
  s3 = await startS3Server(s3Port, "plan-tracker-e2e");
  nodes = [portA, portB].map((port) => {
    const uploadDir = mkdtempSync(path.join(tmpdir(), `pt-node-${port}-`));
    uploadDirs.push(uploadDir);
    return startNextNode(Number(port), {
      ...s3?.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "two-nodes-e2e-secret-shared-by-both-0123456789",
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      TZ: "Asia/Kathmandu",
      JOBS_WORKER: "on",
      UPLOAD_DIR: uploadDir,
      SMTP_URL: "",
      SMTP_HOST: "",
    });
  });
  await Promise.all(nodes.map((node) => waitUntilHealthy(node)));
});

test.afterAll(async () => {
  await Promise.allSettled(nodes.map((node) => node.stop()));
  await s3?.close();
  for (const dir of uploadDirs) rmSync(dir, { recursive: true, force: true });
  if (databaseCreated) databaseScript("drop");
});

function node(index: 0 | 1): NextNode {
  const found = nodes[index];
  if (!found) throw new Error("the nodes did not start");
  return found;
}

async function contextOn(browser: Browser, target: NextNode, from?: BrowserContext): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: target.url,
    locale: "vi-VN",
    timezoneId: "Asia/Kathmandu",
    storageState: from ? await from.storageState() : undefined,
  });
}

async function signIn(page: Page, password = DEMO_PASSWORD): Promise<void> {
  const form = new SignInPage(page);
  await form.goto();
  await form.signInAndWait(staff.email, password);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

test("a session made on one node works on the other; an update saved on B reads on A; evidence uploaded on A downloads on B", async ({
  browser,
}) => {
  const onA = await contextOn(browser, node(0));
  const pageA = await onA.newPage();
  await signIn(pageA);
  // Node B never saw this sign-in: only the cookie node A issued.
  const onB = await contextOn(browser, node(1), onA);
  const pageB = await onB.newPage();
  await pageB.goto("/my-tasks");
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");

  await pageB.getByRole("link", { name: "Cập nhật II.4.c", exact: true }).click();
  await pageB.waitForURL(/\/periods\/[^/]+\/tasks\//);
  const updatePath = new URL(pageB.url()).pathname;
  const results = `Lưu trên nút B lúc ${new Date().toISOString()}`;
  await pageB.getByLabel("Đang thực hiện").check();
  await pageB.getByLabel("Tiến độ (%)").fill("45");
  await pageB.getByLabel("Kết quả thực hiện").fill(results);
  await expect(pageB.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 20_000 });

  await pageA.goto(updatePath);
  await expect(pageA.getByLabel("Kết quả thực hiện")).toHaveValue(results);
  await expect(pageA.getByLabel("Tiến độ (%)")).toHaveValue("45");

  const pdf = Buffer.from(`%PDF-1.7\n% ${results}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`);
  await pageA
    .getByLabel("Chọn tệp")
    .setInputFiles({ name: "minh-chung-nut-a.pdf", mimeType: "application/pdf", buffer: pdf });
  await pageA.getByRole("button", { name: "Tải lên" }).click();
  const link = pageA
    .getByTestId("evidence-list")
    .getByRole("link", { name: "Tải xuống minh-chung-nut-a.pdf" });
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  if (!href) throw new Error("the evidence link has no href");

  const download = await onB.request.get(href);
  expect(download.status()).toBe(200);
  expect(Buffer.compare(await download.body(), pdf)).toBe(0);
  // In the bucket, not on either node's disk.
  expect(uploadDirs.flatMap(filesUnder)).toEqual([]);
  await onA.close();
  await onB.close();
});

test("two in-process workers on one queue: every job runs once, on one node or the other", async () => {
  await Promise.all(nodes.map((n) => n.waitForOutput(/\[jobs\] started/, 60_000)));
  const db = createDatabase({ url: databaseUrl, poolSize: 1 });
  const boss = createBoss(db, { supervise: false, schedule: false });
  await boss.start();
  try {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await boss.send(QUEUES.reminders, { from: "two-nodes spec", i });
      if (!id) throw new Error("the reminders job was not queued");
      ids.push(id);
    }
    const mine = () =>
      db.prisma.$queryRawUnsafe<{ id: string; state: string; retry_count: number }[]>(
        "SELECT id::text, state::text, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])",
        ids,
      );
    await expect
      .poll(async () => (await mine()).map((j) => j.state), { timeout: 60_000 })
      .toEqual(ids.map(() => "completed"));
    expect((await mine()).every((j) => j.retry_count === 0)).toBe(true);
    // Every completed run in this database (the schedule may add one at the top of an hour) is logged by
    // exactly one of the two nodes.
    const [completed] = await db.prisma.$queryRawUnsafe<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state = 'completed'",
      QUEUES.reminders,
    );
    const count = completed?.count ?? 0;
    const [runsA = 0, runsB = 0] = nodes.map((n) => n.lines(/\[jobs\] reminders \d/).length);
    console.log(`[two-nodes] reminders runs: node A ${runsA}, node B ${runsB}; completed jobs ${count}`);
    expect(runsA + runsB).toBe(count);
    expect(count).toBeGreaterThanOrEqual(ids.length);
  } finally {
    await boss.stop({ graceful: false });
    await db.close();
  }
});

test("a password changed on node B ends the older session on both nodes", async ({ browser }) => {
  const changer = await contextOn(browser, node(1));
  const page = await changer.newPage();
  await signIn(page);
  // The same session carried to node A, as a load balancer would send the browser there.
  const older = await contextOn(browser, node(0), changer);
  const olderPage = await older.newPage();
  await olderPage.goto("/my-tasks");
  await expect(olderPage.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");

  const changed = `Rừng U Minh Thượng ${Date.now().toString(36)}`;
  await page.goto("/settings/password");
  await page.getByLabel("Mật khẩu hiện tại").fill(DEMO_PASSWORD);
  await page.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(changed);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(changed);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await page.waitForURL(/\/settings\/password\?changed=1$/);

  await olderPage.goto("/my-tasks");
  await expect(olderPage).toHaveURL(/\/sign-in/);
  const olderOnB = await olderPage.context().request.get(`${node(1).url}/my-tasks`, { maxRedirects: 0 });
  expect(olderOnB.status()).toBeGreaterThanOrEqual(300);
  expect(olderOnB.status()).toBeLessThan(400);
  expect(olderOnB.headers().location).toMatch(/\/sign-in/);

  // The new password opens the account on the other node.
  const fresh = await contextOn(browser, node(0));
  await signIn(await fresh.newPage(), changed);
  await Promise.all([changer.close(), older.close(), fresh.close()]);
});
