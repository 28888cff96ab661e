import { describe, expect, it } from "vitest";
import { type DutyChoice, dutyLabel, resolveDuty, type SuccessionLink } from "./succession";

// The 2025 reorganization as it touches plan 182 (docs/reorganization.md), plus a split and a transfer.
const link = (
  eventId: string,
  kind: SuccessionLink["kind"],
  effectiveOn: string,
  predecessorId: string,
  successorId: string | null,
): SuccessionLink => ({ eventId, kind, effectiveOn, predecessorId, successorId });

const links: SuccessionLink[] = [
  // 01/3/2025: Sở TN&MT and Sở NN&PTNT merge into Sở Nông nghiệp và Môi trường (Kiên Giang).
  link("kg-snnmt", "MERGE", "2025-03-01", "STNMT", "SNNMT-KG"),
  link("kg-snnmt", "MERGE", "2025-03-01", "SNNPTNT", "SNNMT-KG"),
  // 01/3/2025: Sở KH&ĐT into Sở Tài chính.
  link("kg-stc", "MERGE", "2025-03-01", "SKHDT", "STC-KG"),
  // 01/7/2025: Kiên Giang's departments into An Giang's.
  link("ag", "MERGE", "2025-07-01", "SNNMT-KG", "SNNMT-AG"),
  link("ag", "MERGE", "2025-07-01", "STC-KG", "STC-AG"),
  // A split: one agency's functions shared by two.
  link("split", "SPLIT", "2025-07-01", "BQL", "SXD-AG"),
  link("split", "SPLIT", "2025-07-01", "BQL", "SNNMT-AG"),
  // A function moved to another agency while the first goes on; then the first merges.
  link("religion", "TRANSFER", "2025-03-01", "SNV-KG", "SDTTG-KG"),
  link("ag", "MERGE", "2025-07-01", "SNV-KG", "SNV-AG"),
  // Abolished with nobody after it.
  link("gone", "ABOLISH", "2025-07-01", "BCD", null),
];

const held = (...holderIds: string[]) => ({ state: "HELD", holderIds });

describe("who answers for a duty on a day", () => {
  it.each([
    // [written agency, day, holders]
    ["STNMT", "2024-11-15", ["STNMT"]], // before any change: as written
    ["STNMT", "2025-02-28", ["STNMT"]], // the day before the merger
    ["STNMT", "2025-03-01", ["SNNMT-KG"]], // its effective day
    ["SNNPTNT", "2025-06-14", ["SNNMT-KG"]],
    ["STNMT", "2025-06-30", ["SNNMT-KG"]],
    ["STNMT", "2025-07-01", ["SNNMT-AG"]], // a chain: A → B → C
    ["SKHDT", "2026-11-15", ["STC-AG"]],
    ["SNNMT-KG", "2026-11-15", ["SNNMT-AG"]], // a document naming the intermediate name
    ["SCT", "2026-11-15", ["SCT"]], // never changed
  ])("%s on %s: %j", (written, day, holders) => {
    expect(resolveDuty(written, day, links)).toEqual(held(...holders));
  });

  it("asks the administrator to assign a split, task by task, and follows the choice", () => {
    expect(resolveDuty("BQL", "2025-06-30", links)).toEqual(held("BQL"));
    expect(resolveDuty("BQL", "2026-11-15", links, [], "t1")).toEqual({
      state: "UNASSIGNED",
      eventId: "split",
      predecessorId: "BQL",
      candidateIds: ["SXD-AG", "SNNMT-AG"],
    });
    const choices: DutyChoice[] = [
      { eventId: "split", taskId: "t1", predecessorId: "BQL", successorId: "SXD-AG" },
      { eventId: "split", taskId: "t2", predecessorId: "BQL", successorId: "SNNMT-AG" },
    ];
    expect(resolveDuty("BQL", "2026-11-15", links, choices, "t1")).toEqual(held("SXD-AG"));
    expect(resolveDuty("BQL", "2026-11-15", links, choices, "t2")).toEqual(held("SNNMT-AG"));
    // A choice for another task does not decide this one.
    expect(resolveDuty("BQL", "2026-11-15", links, choices, "t3").state).toBe("UNASSIGNED");
  });

  it("moves a transferred function's task only when assigned, and applies a later merger either way", () => {
    expect(resolveDuty("SNV-KG", "2025-03-01", links, [], "t1")).toEqual(held("SNV-KG"));
    const moved: DutyChoice[] = [
      { eventId: "religion", taskId: "t1", predecessorId: "SNV-KG", successorId: "SDTTG-KG" },
    ];
    expect(resolveDuty("SNV-KG", "2025-03-01", links, moved, "t1")).toEqual(held("SDTTG-KG"));
    expect(resolveDuty("SNV-KG", "2025-07-01", links, [], "t1")).toEqual(held("SNV-AG"));
  });

  it("says when an agency was abolished with no successor", () => {
    expect(resolveDuty("BCD", "2025-07-01", links)).toEqual({
      state: "LAPSED",
      eventId: "gone",
      predecessorId: "BCD",
    });
  });

  it("refuses links that go round in a circle", () => {
    const circle = [link("a", "RENAME", "2025-01-01", "X", "Y"), link("b", "RENAME", "2025-01-01", "Y", "X")];
    expect(() => resolveDuty("X", "2025-02-01", circle)).toThrow(RangeError);
  });
});

describe("a duty's label", () => {
  it("keeps the plan's words and names today's holder", () => {
    expect(dutyLabel("Sở TN&MT", ["Sở Nông nghiệp và Môi trường"])).toBe(
      "Sở TN&MT (nay là Sở Nông nghiệp và Môi trường)",
    );
    expect(dutyLabel("Sở Công Thương", ["Sở Công Thương"])).toBe("Sở Công Thương");
  });
});
