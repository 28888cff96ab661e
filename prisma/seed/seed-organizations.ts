import { searchKey } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { reorganizations as seedEvents } from "./data/reorganizations";
import type { SeedOrganization, SeedReorganization } from "./data/types";
import { isoDate } from "./isodate";

/**
 * Upserts by code, then links parents, then records the reorganizations between them (events by code, their
 * links replaced): running it twice changes nothing.
 */
export async function seedOrganizations(
  prisma: PrismaClient,
  organizations: SeedOrganization[],
  reorganizations: SeedReorganization[] = seedEvents,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const org of organizations) {
    const data = {
      name: org.name,
      shortName: org.shortName,
      kind: org.kind,
      validFrom: isoDate(org.validFrom),
      validTo: isoDate(org.validTo),
      aliases: org.aliases,
      note: org.note ?? null,
      searchKey: searchKey([org.name, org.shortName, ...org.aliases].join(" ")),
    };
    const row = await prisma.organization.upsert({
      where: { code: org.code },
      create: { code: org.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(org.code, row.id);
  }
  const idOf = (code: string | undefined) => {
    if (!code) return null;
    const id = ids.get(code);
    if (!id) throw new Error(`Mã cơ quan không có trong danh mục: ${code}`);
    return id;
  };
  for (const org of organizations) {
    await prisma.organization.update({
      where: { code: org.code },
      data: { parentId: idOf(org.parentCode) },
    });
  }
  for (const event of reorganizations) {
    const data = {
      kind: event.kind,
      effectiveOn: isoDate(event.effectiveOn),
      title: event.title,
      basisNumber: event.basis.number,
      basisDate: isoDate(event.basis.date),
      basisIssuer: event.basis.issuer,
      note: event.note ?? "",
    };
    const row = await prisma.reorganizationEvent.upsert({
      where: { code: event.code },
      create: { code: event.code, ...data },
      update: data,
      select: { id: true },
    });
    await prisma.reorganizationLink.deleteMany({ where: { eventId: row.id } });
    await prisma.reorganizationLink.createMany({
      data: event.links.map((l) => ({
        eventId: row.id,
        predecessorId: idOf(l.from) as string,
        successorId: idOf(l.to),
        function: l.function ?? "",
      })),
    });
  }
  return ids;
}
