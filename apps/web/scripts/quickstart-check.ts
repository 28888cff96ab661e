/**
 * What a new user does after the quick start, over real HTTP against a running server: signs in as a
 * demo account, opens the home page, and (as the focal agency's compiler) compiles the open period's
 * report and downloads it. Run by .ci/quickstart-offline against a server started with no network, no
 * PostgreSQL and no Chromium: DOCX must download, PDF must answer the Vietnamese "install Chromium" message.
 *
 *   tsx scripts/quickstart-check.ts http://127.0.0.1:3999
 */
import { createRequire } from "node:module";
import { DEMO_PASSWORD, demoAccounts } from "@plan-tracker/prisma/demo-accounts";

const require = createRequire(import.meta.url);
// React's own encoding of server action arguments, as the browser sends them.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

const base = process.argv[2] ?? "http://127.0.0.1:3000";

function fail(message: string): never {
  console.error(`quickstart-check: ${message}`);
  process.exit(1);
}

/** A signed-in browser, reduced to its cookie jar. */
class Session {
  private cookies = new Map<string, string>();

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("Accept-Language", "vi");
    if (this.cookies.size) headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(new URL(path, base), { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  async signIn(email: string): Promise<void> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" });
    await this.fetch("/api/auth/callback/credentials", { method: "POST", body });
    const session = (await (await this.fetch("/api/auth/session")).json()) as { user?: { email?: string } };
    if (session?.user?.email !== email) fail(`sign-in as ${email} did not give a session`);
  }
}

async function waitForServer(): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const up = await fetch(new URL("/api/health", base)).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  fail(`no answer from ${base}/api/health within 120 s`);
}

function account(role: string) {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) fail(`no demo account with role ${role}`);
  return found;
}

async function main(): Promise<void> {
  await waitForServer();

  const staff = new Session();
  await staff.signIn(account("STAFF").email);
  const home = await staff.fetch("/");
  const html = await home.text();
  if (home.status !== 200) fail(`home page answered ${home.status}`);
  if (!html.includes("182/KH-UBND")) fail("the home page does not show plan 182/KH-UBND");
  console.log(`signed in as ${account("STAFF").email}; home page 200, ${html.length} bytes`);

  const compiler = new Session();
  await compiler.signIn(account("COMPILER").email);
  const periodId = /\/periods\/([A-Za-z0-9_-]+)/.exec(await (await compiler.fetch("/")).text())?.[1];
  if (!periodId) fail("the compiler's home page links no reporting period");
  const compileReportAction = (await actionIds()).compileReportAction;
  if (!compileReportAction) fail("no compileReportAction in this build");
  const form = new FormData();
  form.set("periodId", periodId);
  const compiled = await compiler.fetch(`/periods/${periodId}/report`, {
    method: "POST",
    headers: { "Next-Action": compileReportAction, Accept: "text/x-component", Origin: base },
    body: (await encodeReply([{ status: "idle" }, form])) as FormData,
  });
  if (!compiled.headers.get("x-action-redirect")?.includes("done=compiled")) {
    fail(`compiling the report answered ${compiled.status}: ${(await compiled.text()).slice(0, 300)}`);
  }

  const docx = await compiler.fetch(`/periods/${periodId}/report/export/docx`);
  const bytes = Buffer.from(await docx.arrayBuffer());
  if (docx.status !== 200 || bytes.subarray(0, 2).toString() !== "PK") fail(`DOCX answered ${docx.status}`);
  const pdf = await compiler.fetch(`/periods/${periodId}/report/export/pdf`);
  const message = await pdf.text();
  if (pdf.status !== 503 || !message.includes("Máy chủ chưa cài Chromium")) {
    fail(`PDF without Chromium answered ${pdf.status}: ${message.slice(0, 200)}`);
  }
  console.log(`report compiled; DOCX ${bytes.length} bytes; PDF 503: ${message}`);
}

/** Server action ids of this build, by exported name. */
async function actionIds(): Promise<Record<string, string>> {
  const { readFile } = await import("node:fs/promises");
  const manifestFile = new URL("../.next/server/server-reference-manifest.json", import.meta.url);
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.node).flatMap(([id, entry]) =>
      entry.exportedName ? [[entry.exportedName, id]] : [],
    ),
  );
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
