import { createHash } from "node:crypto";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";
import { defaultPeriodDates } from "@plan-tracker/core/reporting/period-dates";
import { percentForStatus } from "@plan-tracker/core/status/roll-up";
import { searchKey, userSearchKey } from "@plan-tracker/core/text/search-key";
import type { ClientBase } from "pg";
import { insertRows } from "./bulk";
import { createRng, type Rng } from "./rng";
import {
  BENCH_EMAIL_DOMAIN,
  type DatasetMarker,
  FIRST_YEAR,
  GENERATOR_VERSION,
  MARKER_KEY,
  OPEN_YEAR,
  ORGANIZATIONS,
  SEED,
  STAFF_PER_ORGANIZATION,
  syntheticPlanCount,
  TASKS_PER_PLAN,
} from "./shape";
import {
  DEPARTMENT_NAMES,
  DISTRICT_NAMES,
  difficultiesText,
  PLAN_TOPICS,
  personName,
  proposalsText,
  resultsText,
  SECTION_HEADINGS,
  SUBSECTION_HEADINGS,
  taskContent,
} from "./words";

const FIELDS = [
  "Tài nguyên và Môi trường",
  "Nông nghiệp và Phát triển nông thôn",
  "Kinh tế - Hạ tầng",
  "Văn hóa và Thông tin",
  "Tài chính - Kế hoạch",
  "Lao động - Thương binh và Xã hội",
  "Y tế",
  "Giáo dục và Đào tạo",
];
const PROVINCE_CODE = "UBND-KG";
const PLAN_SYMBOL_FIRST = 200;

interface Org {
  id: string;
  code: string;
  name: string;
}
interface TaskRow {
  id: string;
  planId: string;
  code: string;
  lead: string;
  coordinators: string[];
}

let counter = 0;
const id = (kind: string) => `bx${kind}${(counter++).toString(36).padStart(7, "0")}`;
const day = (year: number, rng: Rng) =>
  `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;

/** Reads the marker of a generated data set, or null when the database holds none. */
export async function readMarker(client: ClientBase): Promise<DatasetMarker | null> {
  const { rows } = await client.query<{ value: DatasetMarker }>(
    `SELECT value FROM "Setting" WHERE key = $1`,
    [MARKER_KEY],
  );
  return rows[0]?.value ?? null;
}

/**
 * Writes the large synthetic data set beside plan 182 (which must be seeded already): organizations up
 * to 150 with an approver and staff each, synthetic plans with sections, tasks, leads and coordinators,
 * a period per year 2021-2026 (closed, finalized, open), an update per reporter per year, and agency
 * submissions in every state with their snapshots. One transaction; bulk statements only; seeded.
 */
export async function generateDataset(
  client: ClientBase,
  scale: number,
  log: (line: string) => void = () => {},
): Promise<DatasetMarker> {
  const started = performance.now();
  const rng = createRng(SEED);
  counter = 0;
  const now = new Date().toISOString();
  const counts: Record<string, number> = {};
  const insert = async (table: string, columns: Parameters<typeof insertRows>[2], rows: unknown[][]) => {
    await insertRows(client, table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
  };

  await client.query("BEGIN");
  try {
    const province = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE code = $1`, [
      PROVINCE_CODE,
    ]);
    const provinceId = province.rows[0]?.id;
    if (!provinceId) throw new Error("Plan 182 is not seeded: run `pnpm db:setup --demo` first.");
    const { rows: passwordRows } = await client.query<{ passwordHash: string }>(
      `SELECT "passwordHash" FROM "User" WHERE "passwordHash" IS NOT NULL ORDER BY email LIMIT 1`,
    );
    // Every synthetic account shares the demo password's hash (Demo@2026): one argon2 run, not 450.
    const passwordHash = passwordRows[0]?.passwordHash ?? null;

    // Organizations up to 150.
    const existing = (await client.query<Org>(`SELECT id, code, name FROM "Organization" ORDER BY code`))
      .rows;
    const orgs: Org[] = [...existing];
    const orgRows: unknown[][] = [];
    const unitNames = [
      ...DISTRICT_NAMES.flatMap((district) => FIELDS.map((field) => `Phòng ${field} huyện ${district}`)),
      ...DEPARTMENT_NAMES,
    ];
    for (let i = 0; orgs.length < ORGANIZATIONS; i++) {
      const name = unitNames[i % unitNames.length] as string;
      const org = { id: id("o"), code: `BX-${String(i + 1).padStart(3, "0")}`, name };
      orgs.push(org);
      const kind = name.startsWith("Phòng") ? "OTHER" : "DEPARTMENT";
      orgRows.push([
        org.id,
        org.code,
        name,
        name.replace(" huyện ", " H. "),
        kind,
        provinceId,
        [],
        searchKey(name),
        now,
        now,
      ]);
    }
    await insert(
      "Organization",
      [
        ["id", "text"],
        ["code", "text"],
        ["name", "text"],
        ["shortName", "text"],
        ["kind", `"OrganizationKind"`],
        ["parentId", "text"],
        ["aliases", "text[]"],
        ["searchKey", "text"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      orgRows,
    );
    const reporters = orgs.filter((o) => o.code !== PROVINCE_CODE);

    // An approver and staff for every organization.
    const userRows: unknown[][] = [];
    const memberRows: unknown[][] = [];
    const staffOf = new Map<string, string[]>();
    const approverOf = new Map<string, string>();
    for (const org of orgs) {
      const slug = org.code.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      const people = [
        { role: "APPROVER", email: `lanhdao.${slug}@${BENCH_EMAIL_DOMAIN}` },
        ...Array.from({ length: STAFF_PER_ORGANIZATION }, (_, k) => ({
          role: "STAFF",
          email: `chuyenvien${k + 1}.${slug}@${BENCH_EMAIL_DOMAIN}`,
        })),
      ];
      for (const person of people) {
        const userId = id("u");
        const name = personName(rng);
        userRows.push([
          userId,
          person.email,
          name,
          userSearchKey({ name, email: person.email }),
          passwordHash,
          now,
          now,
          now,
        ]);
        memberRows.push([id("m"), userId, org.id, person.role, now]);
        if (person.role === "STAFF") staffOf.set(org.id, [...(staffOf.get(org.id) ?? []), userId]);
        else approverOf.set(org.id, userId);
      }
    }
    await insert(
      "User",
      [
        ["id", "text"],
        ["email", "text"],
        ["name", "text"],
        ["searchKey", "text"],
        ["passwordHash", "text"],
        ["sessionsValidFrom", "timestamp(3)"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      userRows,
    );
    await insert(
      "Membership",
      [
        ["id", "text"],
        ["userId", "text"],
        ["organizationId", "text"],
        ["role", `"Role"`],
        ["createdAt", "timestamp(3)"],
      ],
      memberRows,
    );

    // Plans, sections, tasks, coordinators.
    const planRows: unknown[][] = [];
    const sectionRows: unknown[][] = [];
    const taskRows: unknown[][] = [];
    const coordinatorRows: unknown[][] = [];
    const tasks: TaskRow[] = [];
    const plans: { id: string; symbol: string; focal: string }[] = [];
    for (let p = 0; p < syntheticPlanCount(scale); p++) {
      const topic = PLAN_TOPICS[p % PLAN_TOPICS.length] as string;
      const number = String(PLAN_SYMBOL_FIRST + p);
      const symbol = `${number}/KH-UBND`;
      const title = `Kế hoạch thực hiện ${topic} trên địa bàn tỉnh Kiên Giang giai đoạn 2021 - 2026`;
      const focal = rng.pick(reporters);
      const plan = { id: id("p"), symbol, focal: focal.id };
      plans.push(plan);
      planRows.push([
        plan.id,
        number,
        symbol,
        day(2020, rng),
        "Kiên Giang",
        provinceId,
        personName(rng),
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        title,
        `Thực hiện chủ trương về ${topic}, UBND tỉnh ban hành Kế hoạch thực hiện như sau:`,
        [],
        focal.id,
        FIRST_YEAR,
        OPEN_YEAR,
        "ACTIVE",
        15,
        12,
        10,
        "Định kỳ hằng năm, báo cáo kết quả thực hiện trước ngày 15/12.",
        searchKey(`${symbol} ${title}`),
        now,
        now,
      ]);
      let order = 0;
      SECTION_HEADINGS.forEach((heading, s) => {
        const roman = ["I", "II", "III", "IV"][s] as string;
        const sectionId = id("s");
        sectionRows.push([sectionId, plan.id, null, roman, `${roman}.`, heading, s, 0, searchKey(heading)]);
        if (roman !== "II") return;
        const children = rng.sample(SUBSECTION_HEADINGS, 5);
        const perChild = Math.round(TASKS_PER_PLAN / children.length);
        children.forEach((childHeading, c) => {
          const childId = id("s");
          const code = `${roman}.${c + 1}`;
          sectionRows.push([
            childId,
            plan.id,
            sectionId,
            code,
            `${c + 1}.`,
            childHeading,
            c,
            1,
            searchKey(childHeading),
          ]);
          for (let k = 0; k < perChild; k++) {
            const lead = rng.pick(reporters);
            const coordinators = rng
              .sample(reporters, rng.int(1, 4))
              .filter((o) => o.id !== lead.id)
              .map((o) => o.id);
            const task: TaskRow = {
              id: id("t"),
              planId: plan.id,
              code: `${code}.${k + 1}`,
              lead: lead.id,
              coordinators,
            };
            tasks.push(task);
            const content = taskContent(rng, topic);
            const oneOff = rng.chance(0.2);
            taskRows.push([
              task.id,
              plan.id,
              childId,
              task.code,
              content,
              order++,
              lead.id,
              lead.name,
              oneOff ? "ONE_OFF" : "RECURRING",
              oneOff ? ["Năm 2024"] : ["Hằng năm"],
              oneOff ? "2024-12-31" : null,
              FIRST_YEAR,
              OPEN_YEAR,
              searchKey(content),
              now,
              now,
            ]);
            for (const organizationId of coordinators) coordinatorRows.push([task.id, organizationId]);
          }
        });
      });
    }
    await insert(
      "Plan",
      [
        ["id", "text"],
        ["number", "text"],
        ["symbol", "text"],
        ["issuedOn", "date"],
        ["place", "text"],
        ["issuerId", "text"],
        ["signerName", "text"],
        ["signerTitle", "text"],
        ["title", "text"],
        ["preamble", "text"],
        ["recipients", "text[]"],
        ["focalOrganizationId", "text"],
        ["validFromYear", "int"],
        ["validToYear", "int"],
        ["status", `"PlanStatus"`],
        ["reportDueDay", "int"],
        ["reportDueMonth", "int"],
        ["agencyDeadlineOffsetDays", "int"],
        ["reportingRuleText", "text"],
        ["searchKey", "text"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      planRows,
    );
    await insert(
      "Section",
      [
        ["id", "text"],
        ["planId", "text"],
        ["parentId", "text"],
        ["code", "text"],
        ["number", "text"],
        ["heading", "text"],
        ["order", "int"],
        ["depth", "int"],
        ["searchKey", "text"],
      ],
      sectionRows,
    );
    await insert(
      "Task",
      [
        ["id", "text"],
        ["planId", "text"],
        ["sectionId", "text"],
        ["code", "text"],
        ["content", "text"],
        ["order", "int"],
        ["leadOrganizationId", "text"],
        ["leadText", "text"],
        ["kind", `"TaskKind"`],
        ["timeTexts", "text[]"],
        ["dueDate", "date"],
        ["periodStartYear", "int"],
        ["periodEndYear", "int"],
        ["searchKey", "text"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      taskRows,
    );
    await insert(
      "TaskCoordinator",
      [
        ["taskId", "text"],
        ["organizationId", "text"],
      ],
      coordinatorRows,
    );
    log(
      `  ${plans.length} kế hoạch, ${tasks.length} nhiệm vụ, ${orgs.length} cơ quan, ${userRows.length} tài khoản`,
    );

    // Periods, updates, submissions, snapshots.
    const periodRows: unknown[][] = [];
    const updateRows: unknown[][] = [];
    const submissionRows: unknown[][] = [];
    const snapshotRows: unknown[][] = [];
    const tasksOf = new Map<string, TaskRow[]>();
    for (const t of tasks) tasksOf.set(t.planId, [...(tasksOf.get(t.planId) ?? []), t]);
    for (const plan of plans) {
      for (let year = FIRST_YEAR; year <= OPEN_YEAR; year++) {
        const dates = defaultPeriodDates(year, {
          reportDueDay: 15,
          reportDueMonth: 12,
          agencyDeadlineOffsetDays: 10,
        });
        const state = year === OPEN_YEAR ? "OPEN" : year === OPEN_YEAR - 1 ? "FINALIZED" : "CLOSED";
        const periodId = id("r");
        periodRows.push([
          periodId,
          plan.id,
          year,
          dates.cutoffDate,
          dates.agencyDeadline,
          dates.reportDueDate,
          state,
          `${year}-01-05T02:00:00.000Z`,
          state === "OPEN" ? null : `${year}-12-30T09:00:00.000Z`,
          now,
          now,
        ]);
        const byOrg = new Map<string, Record<string, unknown>[]>();
        for (const task of tasksOf.get(plan.id) ?? []) {
          for (const organizationId of [task.lead, ...task.coordinators]) {
            if (year === OPEN_YEAR && !rng.chance(0.7)) continue;
            const update = buildUpdate(rng, year, task, organizationId);
            const author = rng.pick(staffOf.get(organizationId) ?? []);
            const updateId = id("x");
            const at = `${day(year, rng)}T03:00:00.000Z`;
            updateRows.push([
              updateId,
              periodId,
              task.id,
              organizationId,
              update.status,
              update.percent,
              update.completedOn,
              update.results,
              update.difficulties,
              update.proposals,
              update.version,
              author,
              author,
              at,
              at,
            ]);
            const list = byOrg.get(organizationId) ?? [];
            list.push({
              id: updateId,
              taskCode: task.code,
              actionItemCode: null,
              role: task.lead === organizationId ? "lead" : "coordinator",
              ...update,
              citedDocuments: [],
            });
            byOrg.set(organizationId, list);
          }
        }
        for (const [organizationId, updates] of byOrg) {
          const submissionState = submissionStateFor(rng, year);
          const submissionId = id("b");
          const submitted = submissionState !== "DRAFT";
          const submittedAt = `${year}-12-0${rng.int(1, 4)}T08:00:00.000Z`;
          const submitter = approverOf.get(organizationId) ?? null;
          const reviewed = submissionState === "ACCEPTED" || submissionState === "RETURNED";
          submissionRows.push([
            submissionId,
            periodId,
            organizationId,
            submissionState,
            submitted ? "Báo cáo kết quả thực hiện năm." : "",
            submitted ? submitter : null,
            submitted ? submittedAt : null,
            reviewed ? approverOf.get(plan.focal) : null,
            reviewed ? `${year}-12-06T08:00:00.000Z` : null,
            submissionState === "RETURNED" ? "Đề nghị bổ sung số liệu giải ngân và minh chứng." : null,
            submitted ? submittedAt : now,
            submitted ? 2 : 1,
            now,
            now,
          ]);
          if (!submitted) continue;
          const org = orgs.find((o) => o.id === organizationId) as Org;
          const content = {
            schema: "plan-tracker/submission-snapshot@1",
            plan: { symbol: plan.symbol },
            period: { year },
            organization: { id: org.id, code: org.code, name: org.name },
            coverSummary: "Báo cáo kết quả thực hiện năm.",
            submittedAt,
            updates,
          };
          const json = canonicalJson(content);
          snapshotRows.push([
            id("n"),
            submissionId,
            1,
            submitter,
            submittedAt,
            json,
            createHash("sha256").update(json, "utf8").digest("hex"),
          ]);
        }
      }
    }
    await insert(
      "ReportingPeriod",
      [
        ["id", "text"],
        ["planId", "text"],
        ["year", "int"],
        ["cutoffDate", "date"],
        ["agencyDeadline", "date"],
        ["reportDueDate", "date"],
        ["state", `"PeriodState"`],
        ["openedAt", "timestamp(3)"],
        ["closedAt", "timestamp(3)"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      periodRows,
    );
    await insert(
      "ProgressUpdate",
      [
        ["id", "text"],
        ["periodId", "text"],
        ["taskId", "text"],
        ["organizationId", "text"],
        ["status", `"ReportedStatus"`],
        ["percent", "int"],
        ["completedOn", "date"],
        ["results", "text"],
        ["difficulties", "text"],
        ["proposals", "text"],
        ["version", "int"],
        ["authorId", "text"],
        ["updatedById", "text"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      updateRows,
    );
    await insert(
      "AgencySubmission",
      [
        ["id", "text"],
        ["periodId", "text"],
        ["organizationId", "text"],
        ["state", `"SubmissionState"`],
        ["coverSummary", "text"],
        ["submittedById", "text"],
        ["submittedAt", "timestamp(3)"],
        ["reviewedById", "text"],
        ["reviewedAt", "timestamp(3)"],
        ["returnReason", "text"],
        ["lastActivityAt", "timestamp(3)"],
        ["version", "int"],
        ["createdAt", "timestamp(3)"],
        ["updatedAt", "timestamp(3)"],
      ],
      submissionRows,
    );
    await insert(
      "SubmissionSnapshot",
      [
        ["id", "text"],
        ["submissionId", "text"],
        ["sequence", "int"],
        ["submittedById", "text"],
        ["submittedAt", "timestamp(3)"],
        ["content", "jsonb"],
        ["sha256", "text"],
      ],
      snapshotRows,
    );
    const marker: DatasetMarker = {
      version: GENERATOR_VERSION,
      scale,
      counts,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await client.query(
      `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
      [MARKER_KEY, JSON.stringify(marker)],
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return marker;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

type Status = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DONE_THIS_YEAR" | "BLOCKED";

function buildUpdate(rng: Rng, year: number, task: TaskRow, organizationId: string) {
  const age = OPEN_YEAR - year;
  const roll = rng.next();
  const status: Status =
    roll < 0.05
      ? "BLOCKED"
      : roll < 0.12 + 0.02 * age
        ? "NOT_STARTED"
        : roll < 0.45
          ? "IN_PROGRESS"
          : roll < 0.6
            ? "COMPLETED"
            : "DONE_THIS_YEAR";
  const lead = task.lead === organizationId;
  return {
    status,
    percent: percentForStatus(status, rng.int(5, 95)),
    completedOn: status === "COMPLETED" ? day(year, rng) : null,
    results:
      status === "NOT_STARTED"
        ? ""
        : resultsText(rng, year) + (lead ? "" : "\n- Phối hợp với cơ quan chủ trì."),
    difficulties: status === "BLOCKED" || rng.chance(0.2) ? difficultiesText(rng) : "",
    proposals: rng.chance(0.15) ? proposalsText(rng) : "",
    version: rng.int(1, 4),
  };
}

/** Past years: nearly all accepted. The open year: every state, most agencies still drafting. */
function submissionStateFor(rng: Rng, year: number): "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" {
  const roll = rng.next();
  if (year < OPEN_YEAR) return roll < 0.95 ? "ACCEPTED" : roll < 0.98 ? "SUBMITTED" : "RETURNED";
  return roll < 0.7 ? "DRAFT" : roll < 0.82 ? "SUBMITTED" : roll < 0.9 ? "RETURNED" : "ACCEPTED";
}
