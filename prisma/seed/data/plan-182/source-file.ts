import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The full text of Kế hoạch 182/KH-UBND (see SOURCE.md beside it): what the seed is checked against. */
export const PLAN_182_SOURCE = fileURLToPath(new URL("./source.md", import.meta.url));

export function readPlan182Source(): string {
  return readFileSync(PLAN_182_SOURCE, "utf8");
}
