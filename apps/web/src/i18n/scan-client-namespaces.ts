import path from "node:path";
import ts from "typescript";

/**
 * Finds the message namespaces that code running in the browser reads (for client-namespaces.test.ts).
 *
 * Client code is every "use client" module and, transitively, every module it imports (a component
 * without the directive runs in the browser once a client module imports it). Imports are followed when
 * they are relative or "@/…" (apps/web/src); type-only imports are skipped. Packages are not followed:
 * next-intl is a dependency of apps/web alone, so no package can call its hooks.
 */
export interface ClientNamespaceScan {
  /** Namespace → the client files that pass it to useTranslations. */
  namespaces: Map<string, string[]>;
  /** Calls the scan cannot account for: useTranslations() with no or a non-literal namespace, useMessages(). */
  problems: string[];
  /** The client files (the "use client" modules and what they import), relative to the source root. */
  clientFiles: string[];
}

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** `files` maps paths relative to the source root ("features/x/y.tsx") to their text. */
export function scanClientNamespaces(files: ReadonlyMap<string, string>): ClientNamespaceScan {
  const parsed = new Map<string, ts.SourceFile>();
  const sourceOf = (file: string) => {
    let source = parsed.get(file);
    if (!source) {
      source = ts.createSourceFile(file, files.get(file) ?? "", ts.ScriptTarget.Latest, true, kindOf(file));
      parsed.set(file, source);
    }
    return source;
  };

  const queue = [...files.keys()].filter((file) => isClientModule(sourceOf(file)));
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] as string;
    for (const specifier of runtimeImports(sourceOf(file))) {
      const target = resolve(file, specifier, files);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  const namespaces = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of queue) {
    for (const use of intlCalls(sourceOf(file))) {
      if ("namespace" in use) {
        namespaces.set(use.namespace, [...(namespaces.get(use.namespace) ?? []), file]);
      } else {
        problems.push(`${file}:${use.line}: ${use.problem}`);
      }
    }
  }
  return { namespaces, problems, clientFiles: [...queue].sort() };
}

function kindOf(file: string): ts.ScriptKind {
  return file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

function isClientModule(source: ts.SourceFile): boolean {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use client") return true;
  }
  return false;
}

function runtimeImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolve(from: string, specifier: string, files: ReadonlyMap<string, string>): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  return EXTENSIONS.map((ext) => base + ext).find((candidate) => files.has(candidate));
}

type IntlCall = { namespace: string } | { problem: string; line: number };

/** The calls of next-intl's useTranslations and useMessages in one module, under whatever local names. */
function intlCalls(source: ts.SourceFile): IntlCall[] {
  const translators = new Set<string>();
  const messageReaders = new Set<string>();
  const calls: IntlCall[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;

  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== "next-intl") continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      calls.push({ problem: `import * from "next-intl": import the hooks by name`, line: lineOf(statement) });
    } else if (bindings) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        if (imported === "useTranslations") translators.add(element.name.text);
        if (imported === "useMessages") messageReaders.add(element.name.text);
      }
    }
  }

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const [first] = node.arguments;
      if (translators.has(name)) {
        if (first && ts.isStringLiteralLike(first)) calls.push({ namespace: first.text });
        else if (!first)
          calls.push({
            problem: "useTranslations() reads the whole catalog: name a namespace",
            line: lineOf(node),
          });
        else
          calls.push({
            problem: "useTranslations(<not a literal>): name the namespace literally",
            line: lineOf(node),
          });
      } else if (messageReaders.has(name)) {
        calls.push({ problem: "useMessages() reads the whole catalog in the browser", line: lineOf(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}
