/**
 * pnpm bench [--scale 1] [--no-build] [--samples 40] [--users 200] [--saves 10] [--think-ms 4000] [--trace-sql] [--pages-only | --saves-only]
 *
 * The data set (generated, or kept when marked with this generator version and scale), a production
 * build in its own dist dir, `next start` on its own port with statement counting, then each page of
 * measure/pages.ts and the 200-user save test; prints one `name=value` line per figure on stdout
 * (progress goes to stderr). DATABASE_URL defaults to plan_tracker_bench on the local server.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchDatabaseUrl, ensureDataset, withClient } from "../generate/ensure";
import { COMPILER_EMAIL, LEADER_EMAIL, loadFixtures, PASSWORD } from "../measure/fixtures";
import { request } from "../measure/http";
import { measurePage, pagesPresent, type SignedIn } from "../measure/pages";
import { runSaveLoad } from "../measure/save-load";
import { build, hasBuild, type RunningServer, type ServerOptions, start } from "../measure/server";
import { signIn } from "../measure/sign-in";
import { option, scaleOption } from "./args";

const args = process.argv.slice(2);
const note = (line: string) => console.error(`# ${line}`);
const figure = (name: string, value: string | number) => console.log(`${name}=${value}`);
const ROOT = path.resolve(import.meta.dirname, "../../../..");

const TARGETS = { queries: 12, pageP95: 150, saveP95: 300 };

async function main(): Promise<void> {
  const scale = scaleOption(args);
  const samples = Number(option(args, "samples") ?? 40);
  const users = Number(option(args, "users") ?? 200);
  const saves = Number(option(args, "saves") ?? 10);
  const thinkMs = Number(option(args, "think-ms") ?? 4000);
  const server: ServerOptions = {
    distDir: process.env.BENCH_DIST_DIR ?? ".next-bench",
    port: Number(process.env.BENCH_PORT ?? 3315),
    databaseUrl: benchDatabaseUrl(),
    traceSql: args.includes("--trace-sql"),
  };
  machineFigures();
  figure("dataset.scale", scale);

  let t = performance.now();
  const { marker, reused } = await ensureDataset(server.databaseUrl, scale, note);
  figure("dataset.reused", reused ? 1 : 0);
  figure("dataset.generate_s", marker.seconds);
  if (!reused) figure("dataset.setup_and_generate_s", ((performance.now() - t) / 1000).toFixed(1));
  const totals = await withClient(server.databaseUrl, async (c) => {
    const { rows } = await c.query<{ name: string; n: number }>(
      `SELECT 'plans' AS name, count(*)::int AS n FROM "Plan" UNION ALL SELECT 'tasks', count(*)::int FROM "Task"
       UNION ALL SELECT 'organizations', count(*)::int FROM "Organization"
       UNION ALL SELECT 'users', count(*)::int FROM "User"
       UNION ALL SELECT 'periods', count(*)::int FROM "ReportingPeriod"
       UNION ALL SELECT 'updates', count(*)::int FROM "ProgressUpdate"
       UNION ALL SELECT 'submissions', count(*)::int FROM "AgencySubmission"
       UNION ALL (SELECT 'periods_' || lower(cycle::text), count(*)::int FROM "ReportingPeriod" GROUP BY cycle ORDER BY 1)
       UNION ALL (SELECT 'plans_' || lower(array_to_string("reportingCycles", '_')), count(*)::int FROM "Plan"
                   GROUP BY "reportingCycles" ORDER BY 1)`,
    );
    return rows;
  });
  for (const { name, n } of totals) figure(`dataset.${name}`, n);

  if (!args.includes("--no-build") || !hasBuild(server)) {
    note(`next build → apps/web/${server.distDir}`);
    t = performance.now();
    await build(server);
    figure("build_s", ((performance.now() - t) / 1000).toFixed(1));
  }
  note(`next start :${server.port}`);
  const running = await start(server);
  const misses: string[] = [];
  try {
    const fixtures = await withClient(server.databaseUrl, loadFixtures);
    const cookies: Record<SignedIn, string> = {
      staff: await signIn(running.baseUrl, fixtures.staffEmail, PASSWORD),
      leader: await signIn(running.baseUrl, LEADER_EMAIL, PASSWORD),
      compiler: await signIn(running.baseUrl, COMPILER_EMAIL, PASSWORD),
    };
    const { present, missing } = pagesPresent();
    for (const entry of missing)
      note(`${entry.name}: route ${entry.route} is not in the app yet, not measured`);
    for (const entry of args.includes("--saves-only") ? [] : present) {
      const pagePath = entry.path(fixtures);
      note(`${entry.name}: GET ${pagePath} as ${entry.as}`);
      const f = await measurePage(running.baseUrl, cookies[entry.as], pagePath, {
        samples,
        cpuMs: running.cpuMs,
      });
      figure(`${entry.name}.queries`, f.queries);
      figure(`${entry.name}.p50_ms`, f.p50);
      figure(`${entry.name}.p95_ms`, f.p95);
      figure(`${entry.name}.kib`, Math.round(f.bytes / 1024));
      figure(`${entry.name}.server_cpu_ms`, f.cpuMs ?? "");
      if (server.traceSql) await traceStatements(running, cookies[entry.as], entry.name, pagePath);
      if (f.queries > TARGETS.queries) misses.push(`${entry.name}.queries=${f.queries} > ${TARGETS.queries}`);
      if (f.p95 > TARGETS.pageP95) misses.push(`${entry.name}.p95_ms=${f.p95} > ${TARGETS.pageP95}`);
    }

    if (!args.includes("--pages-only")) {
      note(`save: ${users} users × ${saves} saves through PUT /api/v1/updates, ~${thinkMs} ms between saves`);
      const cpuBefore = running.cpuMs();
      const save = await withClient(server.databaseUrl, (c) =>
        runSaveLoad(running.baseUrl, c, { users, savesPerUser: saves, thinkMs, serverCpuMs: running.cpuMs }),
      );
      const saveCpuMs = running.cpuMs() - cpuBefore;
      figure(`save.p50_ms_${users}users`, save.p50);
      figure(`save.p95_ms_${users}users`, save.p95);
      figure("save.p95_ms_first_save", save.firstSaveP95);
      figure("save.warmup_saves", save.warmupSaves);
      figure("save.requests", save.requests);
      figure("save.accepted", save.accepted);
      figure("save.conflicts", save.conflicts);
      figure("save.errors", save.errors);
      figure("save.lost_updates", save.lostUpdates);
      figure("save.throughput_rps", (save.requests / save.seconds).toFixed(1));
      figure("save.think_ms", save.thinkMs);
      figure("save.server_cpu_ms_per_request", (saveCpuMs / (save.requests + save.warmupSaves)).toFixed(1));
      for (const sample of save.errorSamples) note(`save error: ${sample}`);
      for (const s of save.timeline)
        note(
          `save second ${s.second}: ${s.saves} sent, p50 ${s.p50} ms, p95 ${s.p95} ms, server CPU ${s.serverCpuMs ?? "?"} ms`,
        );
      if (save.errors)
        for (const line of running.errorLines().slice(-8)) note(`server: ${line.slice(0, 300)}`);
      if (save.p95 > TARGETS.saveP95) misses.push(`save.p95_ms=${save.p95} > ${TARGETS.saveP95}`);
      if (save.errors) misses.push(`save.errors=${save.errors}`);
      if (save.lostUpdates) misses.push(`save.lost_updates=${save.lostUpdates}`);
    }
  } finally {
    figure("server.peak_rss_mib", running.peakRssMib());
    await running.stop();
  }

  if (!args.includes("--pages-only") && !args.includes("--saves-only")) await reportBench();
  for (const miss of misses) note(`MISS ${miss}`);
  figure("targets.missed", misses.length);
}

/** One more request of the page, its statements written to packages/bench/.trace/<name>.sql. */
async function traceStatements(running: RunningServer, cookie: string, name: string, pagePath: string) {
  await new Promise((r) => setTimeout(r, 200));
  running.takeStatements();
  await request(`${running.baseUrl}${pagePath}`, { headers: { cookie } });
  await new Promise((r) => setTimeout(r, 200));
  const statements = running.takeStatements();
  const dir = path.join(ROOT, "packages/bench/.trace");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.sql`), `${statements.join(";\n")};\n`);
  note(`${name}: ${statements.length} statements → packages/bench/.trace/${name}.sql`);
}

function machineFigures(): void {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model;
  figure("machine.nproc", os.availableParallelism());
  figure("machine.cpu", JSON.stringify(cpu ?? "unknown"));
  figure("machine.mem_gib", (os.totalmem() / 1024 ** 3).toFixed(1));
  figure("machine.load1", os.loadavg()[0]?.toFixed(2) ?? "");
}

/** The export engineer's `pnpm bench:report` (report.* figures), when the repository has it. */
async function reportBench(): Promise<void> {
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  if (!scripts["bench:report"]) {
    note("report: `pnpm bench:report` is not in the repository yet, not measured");
    return;
  }
  note("pnpm bench:report");
  const output = await new Promise<string>((resolve) => {
    let text = "";
    const child = spawn("pnpm", ["--silent", "bench:report"], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    child.on("exit", (code) => {
      if (code !== 0) note(`pnpm bench:report exited ${code}`);
      resolve(text);
    });
  });
  for (const line of output.split("\n")) if (/^report\.[\w.]+=/.test(line.trim())) console.log(line.trim());
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
