import { formatDateTime } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { UserRow } from "../data";
import { UserRowActions } from "./user-row-actions";

export async function UserTable({ rows, actorId }: { rows: UserRow[]; actorId: string }) {
  const t = await getTranslations("usersAdmin");
  const tRoles = await getTranslations("roles");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("listTitle")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("fields.name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("fields.memberships")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("fields.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("fields.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <tr key={user.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="block font-semibold text-slate-900">{user.name}</span>
                <span className="block break-all text-slate-700">{user.email}</span>
              </th>
              <td className="px-3 py-2">
                <ul>
                  {user.memberships.map((m) => (
                    <li key={`${m.organization.id}-${m.role}`}>
                      <abbr title={m.organization.name} className="no-underline">
                        {m.organization.shortName}
                      </abbr>{" "}
                      · {tRoles(m.role)}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-3 py-2">
                <div className="flex flex-col items-start gap-1">
                  {user.lockedAt ? (
                    <Badge tone="danger">{t("lockedSince", { at: formatDateTime(user.lockedAt) })}</Badge>
                  ) : user.pending ? (
                    <Badge tone="warning">{t("pending")}</Badge>
                  ) : (
                    <Badge tone="success">{t("statusActive")}</Badge>
                  )}
                  <span className="text-slate-600">
                    {user.lastLoginAt
                      ? t("lastLogin", { at: formatDateTime(user.lastLoginAt) })
                      : t("neverSignedIn")}
                  </span>
                </div>
              </td>
              <td className="px-3 py-2">
                <UserRowActions
                  userId={user.id}
                  name={user.name}
                  locked={user.lockedAt !== null}
                  isSelf={user.id === actorId}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
