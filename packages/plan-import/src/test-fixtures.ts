/**
 * Shared by the tests: where the documents are (the repository's own copies) and the plan 182 text turned
 * into the other input forms. Not part of the library.
 */

import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { ParsedPlan, Span } from "./schema";

export {
  PLAN_182_SOURCE,
  readPlan182Source as readPlan182Markdown,
} from "@plan-tracker/prisma/data/plan-182/source-file";
/** Real documents the importer has to read, with their origin (fixtures/corpus/README.md). */
export const CORPUS_DIR = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));

/** The Markdown as someone would paste it from a viewer: markers gone, line breaks and blank lines kept. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/\*\*/g, "")
        .replace(/\s+$/, ""),
    )
    .join("\n");
}

interface Block {
  lines: { text: string; bold: boolean }[];
  list: boolean;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  for (const chunk of markdown.split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.replace(/^\s{0,3}#{1,6}\s+/, "").trim())
      .filter((l) => l !== "")
      .map((l) => ({
        text: l.replace(/\*\*/g, ""),
        bold: /^\*\*.*\*\*$/.test(l) || (l.startsWith("**") && !l.slice(2).includes("**")),
      }));
    if (lines.length === 0) continue;
    out.push({ lines, list: lines.every((l) => l.text.startsWith("- ")) });
  }
  return out;
}

function paragraph(lines: Block["lines"]): Paragraph {
  return new Paragraph({
    children: lines.map((l, i) => new TextRun({ text: l.text, bold: l.bold, break: i > 0 ? 1 : undefined })),
  });
}

function paragraphsOf(block: Block): Paragraph[] {
  return block.list ? block.lines.map((l) => paragraph([l])) : [paragraph(block.lines)];
}

function cell(children: Paragraph[]): TableCell {
  return new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
}

/**
 * The same paragraphs as a DOCX laid out as issued documents are: the masthead (issuer | national motto,
 * number | place and date) and the closing block (Nơi nhận | signature) are two-column tables.
 */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const all = blocks(markdown);
  const recipientsAt = all.findIndex((b) => b.lines[0]?.text === "Nơi nhận:");
  const [issuer, motto, number, date, ...body] = all.slice(0, recipientsAt);
  const closing = all.slice(recipientsAt);
  const signatureAt = closing.findIndex((b) => b.lines[0]?.text.startsWith("TM."));
  const masthead = new Table({
    rows: [
      new TableRow({ children: [cell(paragraphsOf(issuer as Block)), cell(paragraphsOf(motto as Block))] }),
      new TableRow({ children: [cell(paragraphsOf(number as Block)), cell(paragraphsOf(date as Block))] }),
    ],
  });
  const signature = new Table({
    rows: [
      new TableRow({
        children: [
          cell(closing.slice(0, signatureAt).flatMap(paragraphsOf)),
          cell(closing.slice(signatureAt).flatMap(paragraphsOf)),
        ],
      }),
    ],
  });
  const document = new Document({
    sections: [{ children: [masthead, ...body.flatMap(paragraphsOf), signature] }],
  });
  return Packer.toBuffer(document);
}

/**
 * Every span of a parse points at the words it describes in the normalised source: organization names,
 * generic groups, reporting-rule sentences, basis citations; task spans contain the task's content.
 */
export function spanProblems(plan: ParsedPlan): string[] {
  const problems: string[] = [];
  const at = (span: Span) => plan.sourceText.slice(span.start, span.end);
  const same = (what: string, span: Span, text: string) => {
    if (span.start > span.end || span.end > plan.sourceText.length || at(span) !== text) {
      problems.push(`${what}: «${text}» ≠ «${at(span)}»`);
    }
  };
  for (const task of plan.tasks) {
    for (const org of [task.lead?.org, ...task.coordinators])
      if (org) same(`${task.code} org`, org.span, org.name);
    for (const g of [task.lead?.generic, ...task.genericCoordinators])
      if (g) same(`${task.code} group`, g.span, g.phrase);
    const whole = at(task.span);
    for (const paragraph of task.content.split("\n\n")) {
      if (!whole.includes(paragraph)) problems.push(`${task.code} span misses «${paragraph.slice(0, 40)}»`);
    }
  }
  if (plan.reportingRule) same("reporting rule", plan.reportingRule.span, plan.reportingRule.text);
  for (const d of plan.basisDocuments) same(`basis ${d.symbol}`, d.span, d.text);
  for (const s of plan.sections) if (!at(s.span).includes(s.heading)) problems.push(`section ${s.code} span`);
  return problems;
}
