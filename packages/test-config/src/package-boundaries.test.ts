/**
 * Workspace packages import each other by package name, through their `exports` maps, and declare the
 * dependency: a relative path into another package hides the dependency from pnpm and from turbo's cache
 * keys. This walks every source file the repository tracks and fails on a relative import, re-export,
 * dynamic import, `vi.mock` or `require` whose target lies in another package or outside any package.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const sources = execFileSync("git", ["ls-files", "-z", "--", "*.ts", "*.tsx", "*.mts", "*.js", "*.mjs"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\0")
  .filter((file) => file && !file.includes("/generated/"));

const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\brequire\(\s*)["'](\.{1,2}\/[^"']*)["']/g;

/** The folder of the nearest package.json at or above `dir`, inside the repository; null at the root. */
function packageOf(dir: string): string | null {
  for (let d = dir; d.startsWith(root) && d !== root; d = path.dirname(d)) {
    if (existsSync(path.join(d, "package.json"))) return d;
  }
  return null;
}

async function crossPackageImports(): Promise<string[]> {
  const found: string[] = [];
  for (const file of sources) {
    const absolute = path.join(root, file);
    const home = packageOf(path.dirname(absolute));
    if (!home) continue; // Root-level scripts belong to no package.
    const text = await readFile(absolute, "utf8");
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? "";
      const target = path.resolve(path.dirname(absolute), specifier);
      if (packageOf(target) !== home || !target.startsWith(`${home}${path.sep}`)) {
        found.push(`${file}: "${specifier}"`);
      }
    }
  }
  return found;
}

describe("package boundaries", () => {
  it("reads the repository's sources", () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it("has no relative import across a package boundary", async () => {
    expect(await crossPackageImports()).toEqual([]);
  });
});
