import { isAppError } from "@plan-tracker/core";
import { authenticatedRoute } from "@/features/api/handler";
import { openStoredFile } from "@/features/attachments/storage";
import { loadVersionFile } from "@/features/report/data";
import { prisma } from "@/server/db";

/** A file of a finalized report version, as frozen (its SHA-256 is on the report page). */
export const GET = authenticatedRoute<{ attachmentId: string }>(
  { auth: "session-or-token", answer: "text" },
  async ({ actor, params: { attachmentId } }) => {
    const file = await loadVersionFile(prisma, actor, attachmentId).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") return null;
      throw error;
    });
    if (!file) return new Response("Not found", { status: 404 });
    // Streamed from the store (local disk or S3), not held whole in memory.
    const content = await openStoredFile(file.storageKey);
    return new Response(content.body, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(content.size),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ETag: `"${file.sha256}"`,
      },
    });
  },
);
