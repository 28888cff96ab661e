import { searchKey } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { SeedOrganization } from "./data/types";
import { isoDate } from "./isodate";

/** Upserts by code, then links parents and successors: running it twice changes nothing. */
export async function seedOrganizations(
  prisma: PrismaClient,
  organizations: SeedOrganization[],
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
      data: { parentId: idOf(org.parentCode), successorId: idOf(org.successorCode) },
    });
  }
  return ids;
}
