import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickNamespaces } from "./client-namespaces";
import { messagesFor } from "./messages";
import { scanClientNamespaces } from "./scan-client-namespaces";

const srcRoot = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    files.set(path.relative(dir, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
  }
  return files;
}

const covers = (entry: string, namespace: string) => namespace === entry || namespace.startsWith(`${entry}.`);

describe("the namespaces sent to the browser (CLIENT_NAMESPACES)", () => {
  const scan = scanClientNamespaces(sourceFiles(srcRoot));

  it("finds the client modules, including those without the directive that client modules import", () => {
    // Guards the scan itself: a broken walk would find nothing and let every check below pass.
    expect(scan.clientFiles).toContain("features/auth/components/sign-in-form.tsx");
    expect(scan.clientFiles).toContain("features/accounts/components/password-rules-note.tsx");
    expect(scan.namespaces.get("accounts.rules")).toEqual([
      "features/accounts/components/password-rules-note.tsx",
    ]);
  });

  it("has no client call whose namespace the scan cannot read", () => {
    expect(scan.problems).toEqual([]);
  });

  it("covers every namespace that client code passes to useTranslations", () => {
    const missing = [...scan.namespaces]
      .filter(([namespace]) => !CLIENT_NAMESPACES.some((entry) => covers(entry, namespace)))
      .map(([namespace, files]) => `${namespace} (${files.join(", ")})`);
    expect(missing, "add these to src/i18n/client-namespaces.ts").toEqual([]);
  });

  it("lists nothing that client code no longer uses, and nothing twice", () => {
    const used = [...scan.namespaces.keys()];
    expect(CLIENT_NAMESPACES.filter((entry) => !used.some((namespace) => covers(entry, namespace)))).toEqual(
      [],
    );
    expect(
      CLIENT_NAMESPACES.filter((entry) =>
        CLIENT_NAMESPACES.some((other) => other !== entry && covers(other, entry)),
      ),
    ).toEqual([]);
  });

  it("names namespaces that exist in both catalogs", () => {
    for (const locale of ["vi", "en"] as const) {
      const picked = pickNamespaces(messagesFor(locale), CLIENT_NAMESPACES);
      // A namespace may be a path ("plans.lifecycle"): each must lead to a subtree of the catalog.
      for (const namespace of CLIENT_NAMESPACES) {
        const found = namespace
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], picked);
        expect(found, `${locale}: ${namespace}`).toBeDefined();
      }
    }
  });
});

describe("pickNamespaces", () => {
  const messages = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };

  it("keeps the listed subtrees, nested as in the catalog, and nothing else", () => {
    expect(pickNamespaces(messages, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
    expect(pickNamespaces(messages, ["b"])).toEqual({ b: { w: "3" } });
    expect(pickNamespaces(messages, ["nope", "a.nope"])).toEqual({});
  });
});

describe("scanClientNamespaces", () => {
  const scanOf = (files: Record<string, string>) => scanClientNamespaces(new Map(Object.entries(files)));

  it("follows runtime imports from client modules, not type-only ones, and ignores server modules", () => {
    const scan = scanOf({
      "a.tsx": `"use client";\nimport { B } from "./b";\nimport type { C } from "@/c";\nimport { useTranslations as useT } from "next-intl";\nexport const A = () => useT("alpha");`,
      "b.tsx": `import { useTranslations } from "next-intl";\nexport const B = () => useTranslations(\`beta.inner\`);`,
      "c.ts": `import { useTranslations } from "next-intl";\nexport type C = 1;\nuseTranslations("gamma");`,
      "server.tsx": `import { useTranslations } from "next-intl";\nexport const S = () => useTranslations("server");`,
    });
    expect(Object.fromEntries(scan.namespaces)).toEqual({ alpha: ["a.tsx"], "beta.inner": ["b.tsx"] });
    expect(scan.clientFiles).toEqual(["a.tsx", "b.tsx"]);
    expect(scan.problems).toEqual([]);
  });

  it("reports calls it cannot read: no namespace, a computed one, useMessages", () => {
    const scan = scanOf({
      "d.tsx": `'use client';\nimport { useMessages, useTranslations } from "next-intl";\nexport function D({ ns }: { ns: string }) {\n  useTranslations();\n  useTranslations(ns);\n  useMessages();\n}`,
    });
    expect(scan.problems.map((p) => p.split(": ")[0])).toEqual(["d.tsx:4", "d.tsx:5", "d.tsx:6"]);
  });
});
