/**
 * What the app exposes, read from the source tree and the build: every page.tsx and route.ts under
 * src/app (with the HTTP methods a route exports), every exported function of a "use server" file, and
 * the build's server-reference-manifest.json, which gives each action its id and the pages that carry it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const webDir = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(webDir, "src/app");
const srcDir = path.join(webDir, "src");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
    return [full];
  });
}

/** `(app)/plans/[planId]/page.tsx` and the like, relative to src/app. */
export function appEntries(): string[] {
  return walk(appDir)
    .filter((f) => /\/(page\.tsx|route\.ts)$/.test(f))
    .map((f) => path.relative(appDir, f))
    .sort();
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The HTTP methods a route.ts exports (functions, `export const GET = authenticatedRoute(…)`, or `export const { GET, POST } = handlers`). */
export function routeMethods(entry: string): string[] {
  const text = readFileSync(path.join(appDir, entry), "utf8");
  return METHODS.filter((m) =>
    new RegExp(
      `export\\s+(async\\s+)?function\\s+${m}\\b|export\\s+const\\s+${m}\\s*=|export\\s+const\\s+\\{[^}]*\\b${m}\\b[^}]*\\}`,
    ).test(text),
  );
}

/** `features/updates/actions.ts#saveUpdateAction` for every exported action of a "use server" module. */
export function serverActions(): string[] {
  return walk(srcDir)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .flatMap((f) => {
      const text = readFileSync(f, "utf8");
      if (!/^\s*["']use server["'];?/.test(text)) return [];
      const rel = path.relative(srcDir, f);
      // `export const x = authedAction(...)` (the action client), or a plain exported function.
      return [...text.matchAll(/^export\s+(?:(?:async\s+)?function|const)\s+(\w+)/gm)].map(
        (m) => `${rel}#${m[1]}`,
      );
    })
    .sort();
}

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
  workers: Record<string, unknown>;
}

export interface ActionRef {
  id: string;
  /** Pages (app paths like `/(app)/settings/tokens/page`) whose bundle carries the action. */
  workers: string[];
}

/** The build's action ids by `file#export`, from <distDir>/server/server-reference-manifest.json. */
export function actionManifest(): Map<string, ActionRef> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const file = path.join(webDir, distDir, "server/server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`No ${file}: build first (the suite runs against next start)`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const refs = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName || !entry.filename) continue;
    const rel = entry.filename.replace(/^(\.\/)?(apps\/web\/)?src\//, "");
    refs.set(`${rel}#${entry.exportedName}`, { id, workers: Object.keys(entry.workers) });
  }
  return refs;
}
