import { searchKey } from "@plan-tracker/core/text/search-key";
import type { Insert } from "./bulk";
import type { NewId } from "./ids";
import type { Org } from "./organizations";
import { type PlanProfile, planProfile } from "./profiles";
import type { Rng } from "./rng";
import { FIRST_YEAR, OPEN_YEAR } from "./shape";
import { PLAN_TOPICS, personName, SECTION_HEADINGS, SUBSECTION_HEADINGS, taskContent } from "./words";

const PLAN_SYMBOL_FIRST = 200;
const SUBSECTIONS = 5;

export interface GeneratedPlan {
  id: string;
  symbol: string;
  focal: string;
  profile: PlanProfile;
}

export interface GeneratedTask {
  id: string;
  planId: string;
  code: string;
  lead: string;
  coordinators: string[];
}

const issuedOn = (rng: Rng) =>
  `${FIRST_YEAR - 1}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;

/**
 * `count` synthetic plans (their profile from planProfile: cycles, reporting rule, size), each with
 * sections I–IV, the tasks under five subsections of II, a lead and coordinators per task.
 */
export async function writePlans(
  insert: Insert,
  {
    count,
    reporters,
    provincial,
    provinceId,
    rng,
    id,
    now,
  }: {
    count: number;
    reporters: Org[];
    provincial: Org[];
    provinceId: string;
    rng: Rng;
    id: NewId;
    now: string;
  },
): Promise<{ plans: GeneratedPlan[]; tasks: GeneratedTask[] }> {
  const planRows: unknown[][] = [];
  const sectionRows: unknown[][] = [];
  const taskRows: unknown[][] = [];
  const coordinatorRows: unknown[][] = [];
  const tasks: GeneratedTask[] = [];
  const plans: GeneratedPlan[] = [];
  for (let p = 0; p < count; p++) {
    const profile = planProfile(p);
    const topic = PLAN_TOPICS[p % PLAN_TOPICS.length] as string;
    const number = String(PLAN_SYMBOL_FIRST + p);
    const symbol = `${number}/KH-UBND`;
    const title = `Kế hoạch thực hiện ${topic} trên địa bàn tỉnh Kiên Giang giai đoạn ${FIRST_YEAR} - ${OPEN_YEAR}`;
    const focal = rng.pick(reporters);
    const agencies = profile.agencies ? rng.sample(provincial, profile.agencies) : reporters;
    const plan: GeneratedPlan = { id: id("p"), symbol, focal: focal.id, profile };
    plans.push(plan);
    planRows.push([
      plan.id,
      number,
      symbol,
      issuedOn(rng),
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
      profile.cycles,
      profile.reportDueDay,
      profile.reportDueMonth,
      profile.agencyDeadlineOffsetDays,
      profile.reportingRuleText,
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
      const children = rng.sample(SUBSECTION_HEADINGS, SUBSECTIONS);
      const perChild = Math.round(profile.tasks / children.length);
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
          const lead = rng.pick(agencies);
          const coordinators = rng
            .sample(agencies, rng.int(...profile.coordinators))
            .filter((o) => o.id !== lead.id)
            .map((o) => o.id);
          const task: GeneratedTask = {
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
            oneOff ? ["Năm 2024"] : [profile.recurringText],
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
      ["reportingCycles", `"ReportingFrequency"[]`],
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
  return { plans, tasks };
}
