import { can } from "@plan-tracker/core";
import { authenticatedRoute } from "@/features/api/handler";
import { readStoredFile } from "@/features/attachments/storage";
import { prisma } from "@/server/db";

/**
 * Evidence download, by session or personal API token, through the same authorization as reading the
 * update it belongs to.
 */
export const GET = authenticatedRoute<{ attachmentId: string }>(
  { auth: "session-or-token", answer: "text" },
  async ({ actor, params: { attachmentId } }) => {
    const attachment = await prisma.attachment.findUnique({
      where: { id: attachmentId },
      select: {
        fileName: true,
        mimeType: true,
        storageKey: true,
        deletedAt: true,
        update: {
          select: {
            organizationId: true,
            periodId: true,
            task: { select: { leadOrganizationId: true } },
            period: { select: { plan: { select: { focalOrganizationId: true } } } },
          },
        },
      },
    });
    const update = attachment?.update;
    if (!attachment || !update || attachment.deletedAt) return new Response("Not found", { status: 404 });
    const submission = await prisma.agencySubmission.findUnique({
      where: {
        periodId_organizationId: { periodId: update.periodId, organizationId: update.organizationId },
      },
      select: { state: true },
    });
    const allowed = can(actor, "update.read", {
      organizationId: update.organizationId,
      state: submission?.state ?? "DRAFT",
      planFocalOrganizationId: update.period.plan.focalOrganizationId,
      taskLeadOrganizationId: update.task.leadOrganizationId ?? "",
    });
    // Refused like a missing file: ids of other agencies' evidence cannot be probed.
    if (!allowed) return new Response("Not found", { status: 404 });
    const content = await readStoredFile(attachment.storageKey);
    return new Response(new Uint8Array(content), {
      headers: {
        "Content-Type": attachment.mimeType,
        "Content-Length": String(content.byteLength),
        "Content-Disposition": contentDisposition(attachment.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);

/**
 * Always a download, never shown inline; the name as an RFC 5987 value. encodeURIComponent leaves
 * ' ( ) * ! which that grammar does not allow unescaped, so they are escaped too.
 */
function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}
