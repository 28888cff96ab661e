import { describe, expect, it } from "vitest";
import type { PlanTree } from "./data";
import { buildSectionTree } from "./tree";

type Section = PlanTree["sections"][number];
type Task = PlanTree["tasks"][number];

const section = (id: string, code: string, parentId: string | null, order: number): Section => ({
  id,
  code,
  parentId,
  order,
  number: code,
  heading: code,
  body: "",
  depth: code.split(".").length - 1,
});
const task = (id: string, code: string, sectionId: string): Task => ({ id, code, sectionId }) as Task;

describe("buildSectionTree", () => {
  it("nests sections under their parents in order and attaches tasks to their section", () => {
    const tree = buildSectionTree({
      sections: [
        section("s3", "III", null, 3),
        section("s1", "I", null, 1),
        section("s24", "II.4", "s2", 4),
        section("s2", "II", null, 2),
        section("s21", "II.1", "s2", 1),
      ],
      tasks: [task("t1", "II.1.a", "s21"), task("t2", "II.4.đ", "s24"), task("t3", "III.1", "s3")],
    });
    expect(tree.map((n) => n.section.code)).toEqual(["I", "II", "III"]);
    expect(tree[1]?.children.map((n) => n.section.code)).toEqual(["II.1", "II.4"]);
    expect(tree[1]?.children[1]?.tasks.map((t) => t.code)).toEqual(["II.4.đ"]);
    expect(tree[2]?.tasks.map((t) => t.code)).toEqual(["III.1"]);
    expect(tree[0]?.tasks).toEqual([]);
  });
});
