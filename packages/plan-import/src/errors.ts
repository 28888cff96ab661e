/**
 * Expected import failures, as a typed result rather than exceptions: the review screen shows the message
 * as is, so each one says in Vietnamese what was wrong and what to do.
 */

export const IMPORT_ERROR_CODES = [
  "EMPTY",
  "TOO_LARGE",
  "UNZIPPED_TOO_LARGE",
  "PDF_NOT_SUPPORTED",
  "IMAGE_NOT_SUPPORTED",
  "LEGACY_DOC",
  "UNREADABLE",
  "NOT_A_PLAN",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ImportError };

/** 20 MB: a long plan with its appendix tables is well under 1 MB; anything larger is images or the wrong file. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

export function importError(
  code: ImportErrorCode,
  info: { size?: number; limit?: number } = {},
): ImportError {
  const messages: Record<ImportErrorCode, string> = {
    EMPTY: "Tệp trống: không có nội dung văn bản để nhập. Hãy kiểm tra lại tệp hoặc dán nội dung kế hoạch.",
    TOO_LARGE: `Tệp quá lớn (${megabytes(info.size ?? 0)} MB); giới hạn là ${megabytes(info.limit ?? DEFAULT_MAX_BYTES)} MB. Hãy tải lên bản DOCX hoặc văn bản của kế hoạch, không kèm ảnh.`,
    UNZIPPED_TOO_LARGE:
      "Tệp DOCX khi giải nén lớn bất thường (quá 100 MB): có thể tệp bị hỏng hoặc là tệp nén độc hại, hệ thống không mở. Hãy mở tệp trong Word, lưu lại dưới dạng .docx rồi tải lên lại, hoặc dán nội dung văn bản.",
    PDF_NOT_SUPPORTED:
      "Chưa hỗ trợ nhập từ tệp PDF (kể cả bản scan). Hãy tải lên bản DOCX của kế hoạch, hoặc sao chép nội dung văn bản và dán vào ô nhập.",
    IMAGE_NOT_SUPPORTED:
      "Tệp là ảnh (bản scan): chưa hỗ trợ nhận dạng chữ. Hãy tải lên bản DOCX hoặc dán nội dung văn bản.",
    LEGACY_DOC:
      "Định dạng .doc (Word 97-2003) chưa được hỗ trợ. Hãy mở tệp trong Word và lưu lại dưới dạng .docx.",
    UNREADABLE:
      "Không đọc được tệp: không phải DOCX, văn bản (UTF-8) hay Markdown hợp lệ. Hãy kiểm tra lại định dạng tệp.",
    NOT_A_PLAN:
      "Không nhận ra cấu trúc kế hoạch: không tìm thấy các mục đánh số (I., 1., a)…) hay bảng phân công nhiệm vụ. Hãy kiểm tra đây có đúng là văn bản kế hoạch, chỉ thị hoặc công văn giao nhiệm vụ.",
  };
  return { code, message: messages[code] };
}
