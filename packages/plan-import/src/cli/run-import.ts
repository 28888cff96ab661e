/**
 * The `plan:import` command, kept apart from process globals so it can be tested: arguments in, text out,
 * an exit code back. `--dry-run` prints the parsed plan as JSON; without it the plan is created in the
 * database (see ./create-from-cli.ts).
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import { importPlan } from "../index";
import type { DirectoryOrganization } from "../organizations";
import type { ParsedPlan } from "../schema";
import { type CliDatabase, createFromCli } from "./create-from-cli";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Cách dùng: pnpm plan:import [--dry-run] TỆP [--yes] [--directory danh-muc.json] [--format text|markdown] [--summary] [--source]

  (mặc định)    Tạo kế hoạch trong cơ sở dữ liệu DATABASE_URL (hoặc cơ sở dữ liệu nhúng khi không đặt), danh mục cơ quan lấy từ cơ sở dữ liệu.
  --yes         Chấp nhận mọi đề xuất như màn hình rà soát: tạo mới các cơ quan chưa có trong danh mục theo mã đề xuất
                (nếu không, lệnh dừng, liệt kê các điểm cần rà soát và không tạo gì). --create-organizations: như --yes.
  --dry-run     Phân tích văn bản kế hoạch (DOCX, văn bản, Markdown) và in kết quả dạng JSON, không ghi cơ sở dữ liệu.
  --directory   Tệp JSON danh mục cơ quan ([{ code, name, shortName, aliases }]); mặc định là danh mục mẫu của tỉnh Kiên Giang.
  --format      Buộc đọc tệp như văn bản thường hoặc Markdown (mặc định: nhận dạng theo nội dung và tên tệp).
  --summary     In bản rút gọn (không có vị trí trong văn bản).
  --source      In kèm toàn văn đã chuẩn hóa mà các vị trí (span) tham chiếu tới.`;

const FLAGS = new Set(["--dry-run", "--summary", "--source", "--help", "--yes", "--create-organizations"]);

export async function runImport(
  argv: string[],
  io: CliIo,
  defaultDirectory: () => Promise<readonly DirectoryOrganization[]>,
  openDatabase?: () => Promise<CliDatabase>,
): Promise<number> {
  const flags = new Set(argv.filter((a) => FLAGS.has(a)));
  const optionValue = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const valued = new Set(["--directory", "--format"]);
  const positional = argv.filter((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1] ?? ""));
  if (flags.has("--help")) {
    io.out(USAGE);
    return 0;
  }
  const file = positional[0];
  if (!file || positional.length > 1) {
    io.err(USAGE);
    return 64;
  }
  const format = optionValue("--format");
  if (format !== undefined && format !== "text" && format !== "markdown") {
    io.err(`Định dạng «${format}» không hợp lệ: chỉ nhận text hoặc markdown.\n\n${USAGE}`);
    return 64;
  }
  let bytes: Buffer;
  let directory: readonly DirectoryOrganization[];
  try {
    // pnpm runs package scripts in the package folder; a relative path means the caller's folder.
    bytes = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch {
    io.err(`Không mở được tệp «${file}».`);
    return 1;
  }
  if (!flags.has("--dry-run")) {
    if (!openDatabase) {
      io.err("Không có cơ sở dữ liệu để tạo kế hoạch; hãy chạy với --dry-run.");
      return 2;
    }
    return createFromCli(
      bytes,
      {
        fileName: file,
        format,
        createOrganizations: flags.has("--yes") || flags.has("--create-organizations"),
      },
      io,
      openDatabase,
    );
  }
  try {
    const directoryFile = optionValue("--directory");
    directory = directoryFile
      ? (JSON.parse(await readFile(directoryFile, "utf8")) as DirectoryOrganization[])
      : await defaultDirectory();
  } catch {
    io.err("Không đọc được danh mục cơ quan (cần tệp JSON dạng [{ code, name, shortName, aliases }]).");
    return 1;
  }
  const result = await importPlan(bytes, { directory, fileName: file, format });
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  const plan = result.value;
  const output = flags.has("--summary")
    ? summary(plan)
    : { ...plan, sourceText: flags.has("--source") ? plan.sourceText : undefined };
  io.out(JSON.stringify(output, null, 2));
  return 0;
}

/** The plan without spans: what a person checks first. */
function summary(plan: ParsedPlan) {
  return {
    documentType: plan.documentType,
    number: plan.number,
    issuedAt: plan.issuedAt,
    issuer: plan.issuer && { code: plan.issuer.code, name: plan.issuer.name },
    title: plan.title,
    signer: plan.signer,
    reportingRule: plan.reportingRule && {
      focal: plan.reportingRule.focal && {
        code: plan.reportingRule.focal.code,
        name: plan.reportingRule.focal.name,
      },
      dueDay: plan.reportingRule.dueDay,
      dueMonth: plan.reportingRule.dueMonth,
      frequency: plan.reportingRule.frequency,
    },
    sections: plan.sections.map((s) => ({ code: s.code, number: s.number, heading: s.heading })),
    tasks: plan.tasks.map((t) => ({
      code: t.code,
      lead: t.lead && {
        code: t.lead.org?.code ?? null,
        name: t.lead.org?.name ?? t.lead.generic?.phrase ?? null,
        scope: t.lead.generic?.scope,
        implied: t.lead.implied,
        confidence: t.lead.confidence,
      },
      coordinators: [
        ...t.coordinators.map((c) => c.code ?? c.name),
        ...t.genericCoordinators.map((g) => g.phrase),
      ],
      deadline: t.deadline,
      content: t.content,
    })),
    proposedOrganizations: plan.proposedOrganizations,
    warnings: plan.warnings.map((w) => w.message),
  };
}
