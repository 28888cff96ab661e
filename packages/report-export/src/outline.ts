import {
  type AttributedGroup,
  OFFICIAL_CATEGORIES,
  type ReportModel,
  type ReportTask,
  reportedStatusLabel,
  type TextBlock,
} from "@plan-tracker/core";
import { nextPeriodText, periodText } from "@plan-tracker/core/report/compile";
import { categoryLabel, paragraphsOf, percentText } from "./format";

/**
 * The body of the report (between the title and the signature) as a list of blocks, written once here and
 * laid out by each renderer (DOCX, HTML), so the Word file, the preview and the PDF say the same words.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface SimpleTable {
  columns: { title: string /** Share of the text width, in percent. */; width: number; align?: "center" }[];
  rows: string[][];
  /** The last row is a total, printed bold. */
  totalRow?: boolean;
}

export type Block =
  /** "I. TÌNH HÌNH …": Roman numeral, capitals, bold. */
  | { kind: "heading"; text: string }
  /** "II.1. Tăng cường …": bold. */
  | { kind: "subheading"; text: string }
  /** `keepWithNext`: the closing sentence stays on the page of the signature. */
  | { kind: "paragraph"; runs: Run[]; keepWithNext?: boolean }
  /** A "- " item, the way Vietnamese documents list. */
  | { kind: "dash"; runs: Run[] }
  | { kind: "table"; table: SimpleTable };

const p = (...runs: Run[]): Block => ({ kind: "paragraph", runs });
const dash = (...runs: Run[]): Block => ({ kind: "dash", runs });
const t = (text: string): Run => ({ text });
const i = (text: string): Run => ({ text, italic: true });
const bi = (text: string): Run => ({ text, bold: true, italic: true });

/** Paragraphs of a compiler's text; lines starting "- " become dash items (without the dash: it is drawn). */
export function textBlocks(text: string): Block[] {
  return paragraphsOf(text).map((line) => {
    const item = /^[-–•]\s+(.*)$/.exec(line);
    return item ? dash(t(item[1] ?? "")) : p(t(line));
  });
}

const SUBMISSION_STATE_LABEL: Record<string, string> = {
  DRAFT: "đang soạn thảo",
  SUBMITTED: "đã gửi, chưa tiếp nhận",
  RETURNED: "bị trả lại, chưa gửi lại",
};

/** "- A;" … "- Z." as Vietnamese documents end list items. */
function punctuate(items: Run[][]): Block[] {
  return items.map((runs, index) => {
    const last = runs[runs.length - 1];
    const mark = index === items.length - 1 ? "." : ";";
    return dash(...runs.slice(0, -1), { ...(last ?? t("")), text: `${last?.text ?? ""}${mark}` });
  });
}

function overview(model: ReportModel): Block[] {
  const o = model.overview;
  const share = (n: number) => (o.taskCount === 0 ? "" : ` (${Math.round((n / o.taskCount) * 100)}%)`);
  const blocks: Block[] = [
    { kind: "heading", text: "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN KẾ HOẠCH" },
    p(
      t(
        `Kế hoạch số ${model.plan.number} có ${o.taskCount} nhiệm vụ. Kết quả đánh giá ${periodText(model.period)} như sau:`,
      ),
    ),
    ...punctuate(
      OFFICIAL_CATEGORIES.map((c) => [
        t(`${categoryLabel(c)}: ${o.byCategory[c]} nhiệm vụ${share(o.byCategory[c])}`),
      ]),
    ),
  ];
  if (o.percent !== null) {
    blocks.push(p(t(`Tiến độ thực hiện bình quân của các nhiệm vụ đã báo cáo: ${percentText(o.percent)}.`)));
  }
  if (o.notReported > 0) {
    blocks.push(
      p(
        t(
          `Có ${o.notReported} nhiệm vụ chưa có báo cáo được tiếp nhận trong kỳ; các nhiệm vụ này vẫn được đánh giá theo thời hạn thực hiện.`,
        ),
      ),
    );
  }
  blocks.push(
    p(
      t(
        `Về báo cáo của các cơ quan: ${o.agencies.submitted}/${o.agencies.expected} cơ quan đã gửi báo cáo, trong đó ${o.agencies.accepted} báo cáo đã được tiếp nhận.`,
      ),
    ),
  );
  if (model.missing.length > 0) {
    blocks.push(p(t("Các cơ quan chưa có báo cáo được tiếp nhận:")));
    blocks.push(
      ...punctuate(
        model.missing.map((m) => {
          const state = m.state === null ? "chưa gửi báo cáo" : SUBMISSION_STATE_LABEL[m.state];
          const tasks = m.taskCodes.length > 0 ? `; nhiệm vụ ${m.taskCodes.join(", ")}` : "";
          return [t(`${m.organization} (${state}${tasks})`)];
        }),
      ),
    );
  }
  if (o.bySection.length > 0) {
    blocks.push(p(t("Kết quả theo từng mục của Kế hoạch:")));
    blocks.push({ kind: "table", table: sectionTable(model) });
  }
  return blocks;
}

function sectionTable(model: ReportModel): SimpleTable {
  const o = model.overview;
  const counts = (byCategory: Record<string, number>) =>
    OFFICIAL_CATEGORIES.map((c) => String(byCategory[c]));
  return {
    columns: [
      { title: "Mục", width: 10, align: "center" },
      { title: "Số nhiệm vụ", width: 11, align: "center" },
      ...OFFICIAL_CATEGORIES.map((c) => ({ title: categoryLabel(c), width: 13, align: "center" as const })),
      { title: "Tiến độ bình quân", width: 14, align: "center" },
    ],
    rows: [
      ...o.bySection.map((s) => [
        s.code,
        String(s.taskCount),
        ...counts(s.byCategory),
        percentText(s.percent),
      ]),
      ["Tổng cộng", String(o.taskCount), ...counts(o.byCategory), percentText(o.percent)],
    ],
    totalRow: true,
  };
}

/** Past this many characters the body quotes the task by the annex's shortened content (the plan has it all). */
const LONG_CONTENT = 300;

function task(task: ReportTask, shortContent: string | undefined): Block[] {
  const content = task.content.length > LONG_CONTENT && shortContent ? shortContent : task.content;
  const blocks: Block[] = [p(bi(`Nhiệm vụ ${task.code}: `), i(content))];
  const lead = task.lead ?? "chưa xác định";
  const coordinators = task.coordinators.length > 0 ? `; phối hợp: ${task.coordinators.join(", ")}` : "";
  blocks.push(p(i("Cơ quan chủ trì: "), t(`${lead}${coordinators}.`)));
  const status =
    task.status === null ? "" : `; tình trạng: ${reportedStatusLabel[task.status].vi.toLowerCase()}`;
  const percent = task.percent === null ? "" : `; tiến độ: ${percentText(task.percent)}`;
  blocks.push(p(i("Kết quả đánh giá: "), t(`${categoryLabel(task.category)}${percent}${status}.`)));

  const results = paragraphsOf(task.results.text);
  const [first, ...rest] = results;
  if (first !== undefined) {
    blocks.push(p(i(`Kết quả thực hiện${task.lead ? ` (${task.lead})` : ""}: `), t(first)));
    blocks.push(...rest.map((line) => p(t(line))));
  } else if (task.status !== null) {
    blocks.push(p(i("Kết quả thực hiện: "), t("cơ quan chủ trì chưa nêu kết quả.")));
  }
  for (const c of task.contributions) {
    blocks.push(dash(i(`${c.organization} (${c.role === "lead" ? "chủ trì" : "phối hợp"}): `), t(c.text)));
  }
  if (task.missingFrom.length > 0) {
    blocks.push(p(bi("Chưa có báo cáo được tiếp nhận: "), i(`${task.missingFrom.join("; ")}.`)));
  }
  return blocks;
}

function results(model: ReportModel): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ" }];
  const shortContent = new Map(model.annex.map((row) => [row.code, row.content]));
  for (const section of model.sections) {
    blocks.push({ kind: "subheading", text: `${section.code}. ${section.title}` });
    blocks.push(...textBlocks(section.summary.text));
    for (const item of section.tasks) blocks.push(...task(item, shortContent.get(item.code)));
  }
  return blocks;
}

function attributed(heading: string, summary: TextBlock, groups: AttributedGroup[], none: string): Block[] {
  const blocks: Block[] = [{ kind: "heading", text: heading }, ...textBlocks(summary.text)];
  for (const group of groups) {
    if (group.items.length === 0) continue;
    blocks.push(p(bi(group.code === "" ? group.title : `${group.code}. ${group.title}`)));
    for (const item of group.items) {
      const where = item.taskCode ? ` (nhiệm vụ ${item.taskCode})` : "";
      blocks.push(dash(i(`${item.organization}${where}: `), t(item.text)));
    }
  }
  if (blocks.length === 1) blocks.push(p(t(none)));
  return blocks;
}

/** The report's body: introduction, I–V and the closing sentence. */
export function reportBody(model: ReportModel): Block[] {
  return [
    ...textBlocks(model.introduction.text),
    ...overview(model),
    ...results(model),
    ...attributed(
      "III. KHÓ KHĂN, VƯỚNG MẮC",
      model.difficultiesSummary,
      model.difficulties,
      "Các cơ quan không báo cáo khó khăn, vướng mắc.",
    ),
    ...attributed(
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      model.proposalsSummary,
      model.proposals,
      "Các cơ quan không có đề xuất, kiến nghị.",
    ),
    { kind: "heading", text: `V. PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextPeriodText(model.period).toUpperCase()}` },
    ...textBlocks(model.nextYear.text),
    {
      kind: "paragraph",
      keepWithNext: true,
      runs: [
        t(
          `Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${model.plan.number} ${periodText(model.period)}, kính trình ${model.plan.issuer} xem xét, chỉ đạo./.`,
        ),
      ],
    },
  ];
}

/** The annex columns, in the order every format prints them. */
export const ANNEX_COLUMNS = [
  "STT",
  "Mã nhiệm vụ",
  "Nội dung",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Kết quả đánh giá",
  "Tiến độ (%)",
  "Kết quả thực hiện",
] as const;

/** "Kết quả thực hiện Kế hoạch số 182/KH-UBND năm 2026": the annex's subtitle. */
export function annexSubtitle(model: ReportModel): string {
  return `Kết quả thực hiện các nhiệm vụ của Kế hoạch số ${model.plan.number} ${periodText(model.period)}`;
}
