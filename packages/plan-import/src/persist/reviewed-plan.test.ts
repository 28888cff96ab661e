import { describe, expect, it } from "vitest";
import { termYears } from "./from-parsed";
import { type ReviewedPlan, readStoredReviewedPlan } from "./reviewed-plan";

const task: ReviewedPlan["tasks"][number] = {
  code: "II.1.a",
  label: "a)",
  heading: null,
  content: "Rà soát quy hoạch.",
  sectionCode: "II.1",
  leadCode: "STNMT",
  leadImplied: false,
  leadText: "Sở Tài nguyên và Môi trường",
  leadScope: null,
  leadScopePhrase: null,
  coordinatorCodes: [],
  genericCoordinators: [],
  kind: "CONTINUOUS",
  timeTexts: ["Thường xuyên"],
  dueDate: null,
  periodStartYear: null,
  periodEndYear: null,
  actionItems: [],
  confidence: 1,
  span: null,
};

const plan: ReviewedPlan = {
  symbol: "182/KH-UBND",
  documentType: "KE_HOACH",
  issuedOn: "2020-11-27",
  place: "Kiên Giang",
  issuerCode: "UBND-KG",
  signerName: "",
  signerTitle: "",
  title: "Kế hoạch thử",
  preamble: "",
  closing: "",
  recipients: [],
  focalCode: "STNMT",
  validFromYear: 2021,
  validToYear: 2025,
  reportingCycles: ["ANNUAL"],
  reportDueDay: 5,
  reportDueMonth: 12,
  reportingRuleText: "",
  basisDocuments: [],
  sections: [],
  tasks: [task],
  newOrganizations: [],
  sourceText: "",
};

/** As the jsonb column gives it back. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("readStoredReviewedPlan", () => {
  it("reads a stored reviewed plan back as it was written", () => {
    expect(readStoredReviewedPlan(stored(plan))).toEqual(plan);
  });

  it("reads a draft that still breaks the schema's limits (no title, no task yet) as it is", () => {
    const draft = { ...plan, title: "", tasks: [] };
    expect(readStoredReviewedPlan(stored(draft))).toEqual(draft);
  });

  it("refuses a value of another shape", () => {
    expect(() => readStoredReviewedPlan(stored({ ...plan, tasks: "none" }))).toThrow();
    expect(() => readStoredReviewedPlan(stored({ ...plan, title: "", validFromYear: "2021" }))).toThrow();
    expect(() => readStoredReviewedPlan(null)).toThrow();
  });
});

describe("termYears", () => {
  it.each([
    ["Bảo vệ và phát triển rừng tỉnh Kiên Giang giai đoạn 2024 – 2026", { from: 2024, to: 2026 }],
    ["Chương trình nông thôn mới giai đoạn 2026-2030", { from: 2026, to: 2030 }],
    ["Kế hoạch GIAI ĐOẠN 2021 — 2025", { from: 2021, to: 2025 }],
    ["Kế hoạch năm 2026", null],
    ["giai đoạn 2030 - 2020", null],
  ])("%s → %o", (title, expected) => {
    expect(termYears(title)).toEqual(expected);
  });
});
