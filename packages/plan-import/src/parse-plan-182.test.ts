/**
 * Kế hoạch 182/KH-UBND read from its three forms (the Markdown source, the same text pasted as plain
 * text, and a DOCX built from the same paragraphs) must give exactly the hand-checked seed structure.
 */

import { compareSectionCodes } from "@plan-tracker/core";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { describe, expect, it } from "vitest";
import { importPlan, importPlanText } from "./index";
import { type ParsedPlan, parsedPlanSchema } from "./schema";
import { markdownToDocx, markdownToPlainText, readPlan182Markdown, spanProblems } from "./test-fixtures";

const markdown = readPlan182Markdown();

async function parsed(form: "markdown" | "text" | "docx"): Promise<ParsedPlan> {
  const result =
    form === "docx"
      ? await importPlan(await markdownToDocx(markdown), { directory: organizations })
      : importPlanText(form === "markdown" ? markdown : markdownToPlainText(markdown), {
          directory: organizations,
          format: form,
        });
  if (!result.ok) throw new Error(result.error.message);
  const plan = parsedPlanSchema.parse(result.value);
  expect(spanProblems(plan)).toEqual([]);
  return plan;
}

describe.each(["markdown", "text", "docx"] as const)("Kế hoạch 182/KH-UBND from %s", (form) => {
  let plan: ParsedPlan;
  it("parses into the output schema", async () => {
    plan = await parsed(form);
    expect(plan.format).toBe(form);
  });

  it("reads the header as printed", () => {
    expect(plan.documentType).toBe("KE_HOACH");
    expect(plan.number).toBe(plan182.symbol);
    expect(plan.symbol).toBe("KH-UBND");
    expect(plan.issuedAt).toBe(plan182.issuedOn);
    expect(plan.place).toBe(plan182.place);
    expect(plan.issuer?.code).toBe(plan182.issuerCode);
    expect(plan.issuer?.name).toBe("Ủy ban nhân dân tỉnh Kiên Giang");
    expect(plan.title).toBe(plan182.title);
    expect(plan.preamble).toBe(plan182.preamble);
    expect(plan.closing).toBe(plan182.closing);
    expect(plan.recipients).toEqual(plan182.recipients);
    expect(plan.signer).toEqual({ name: plan182.signerName, title: plan182.signerTitle });
  });

  it("finds the documents it implements, dated and attributed as in its title", () => {
    const bySymbol = new Map(plan.basisDocuments.map((d) => [d.symbol, d]));
    for (const symbol of ["211-KH/TU", "56-KL/TW"]) {
      const seed = plan182.basisDocuments.find((d) => d.symbol === symbol);
      expect(bySymbol.get(symbol)).toMatchObject({
        issuedOn: seed?.issuedOn,
        issuerName: seed?.issuerName,
        text: seed?.title,
      });
    }
  });

  it("has the seeded sections, headings and bodies", () => {
    expect(
      plan.sections.map(({ code, number, heading, body, parentCode, order }) => ({
        code,
        number,
        heading,
        body,
        parentCode,
        order,
      })),
    ).toEqual(plan182.sections);
  });

  it("has exactly the twelve tasks of II and the five assignments of III, in order", () => {
    expect(plan.tasks.map((t) => t.code)).toEqual(plan182.tasks.map((t) => t.code));
    expect(plan.tasks.filter((t) => t.code.startsWith("II.")).length).toBe(12);
    expect(plan.tasks.map((t) => t.code)).toContain("II.4.đ");
    // Document order is the order the rest of the product sorts codes in (d before đ).
    const codes = plan.tasks.map((t) => t.code);
    expect([...codes].sort(compareSectionCodes)).toEqual(codes);
  });

  it.each(plan182.tasks.map((t) => [t.code, t] as const))("task %s matches the seed", (code, seed) => {
    const task = plan.tasks.find((t) => t.code === code);
    expect(task).toBeDefined();
    if (!task) return;
    expect(task.label).toBe(seed.label);
    expect(task.heading).toBe(seed.heading);
    expect(task.content).toBe(seed.content);
    expect(task.lead?.org?.code ?? null).toBe(seed.leadCode);
    expect(task.lead?.implied).toBe(seed.leadImplied);
    expect(task.lead?.text).toBe(seed.leadText);
    if (seed.genericLead) expect(task.lead?.generic).toMatchObject(seed.genericLead);
    expect(task.coordinators.map((c) => c.code)).toEqual(seed.coordinatorCodes);
    expect(task.genericCoordinators.map(({ phrase, scope }) => ({ phrase, scope }))).toEqual(
      seed.genericCoordinators,
    );
    expect(task.kind).toBe(seed.kind);
    expect(task.timeTexts).toEqual(seed.timeTexts);
    expect(task.deadline?.periodStartYear).toBe(seed.periodStartYear);
    expect(task.deadline?.periodEndYear).toBe(seed.periodEndYear);
    expect(task.deadline?.dueDate).toBe(seed.dueDate);
    // Spans point at the task in the normalised source.
    expect(plan.sourceText.slice(task.span.start, task.span.end)).toContain(seed.content.split("\n\n").pop());
  });

  it("flags implied leads as less certain than explicit ones", () => {
    for (const task of plan.tasks) {
      if (task.lead?.implied) expect(task.lead.confidence).toBeLessThan(1);
      else expect(task.lead?.confidence).toBe(1);
    }
  });

  it("reads the reporting rule: Sở TN&MT compiles before 5 December every year", () => {
    expect(plan.reportingRule).toMatchObject({
      focal: { code: plan182.focalCode },
      dueDay: plan182.reportDueDay,
      dueMonth: plan182.reportDueMonth,
      frequency: "ANNUAL",
      text: plan182.reportingRuleText,
    });
  });

  it("needs no new organization and has no lead it could not find", () => {
    expect(plan.proposedOrganizations).toEqual([]);
    expect(plan.warnings.filter((w) => w.code === "NO_LEAD" || w.code === "NEW_ORGANIZATION")).toEqual([]);
  });
});
