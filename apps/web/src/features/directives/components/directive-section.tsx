import { can } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { directivesOfTask, directiveTargetsOf } from "../data";
import { DirectiveForm } from "./directive-form";
import { DirectiveList } from "./directive-list";

/** The task page's directives: the list for everyone who reads the task, the form for leaders. */
export async function DirectiveSection({
  actor,
  planId,
  taskId,
}: {
  actor: SessionActor;
  planId: string;
  taskId: string;
}) {
  const t = await getTranslations("directives");
  const mayWrite = can(actor, "directive.create");
  const [directives, targets] = await Promise.all([
    directivesOfTask(prisma, taskId),
    mayWrite ? directiveTargetsOf(prisma, taskId) : Promise.resolve([]),
  ]);
  return (
    <Card aria-labelledby="directives-title" id="directives">
      <h2 id="directives-title" className="text-lg font-semibold">
        {t("onTask")}
      </h2>
      <div className="mt-3">
        <DirectiveList directives={directives} actor={actor} />
      </div>
      {mayWrite && targets.length ? (
        <section aria-labelledby="directive-write" className="no-print mt-4 border-t border-slate-200 pt-3">
          <h3 id="directive-write" className="font-semibold text-brand-700">
            {t("write")}
          </h3>
          <div className="mt-3">
            <DirectiveForm planId={planId} taskId={taskId} organizations={targets} />
          </div>
        </section>
      ) : null}
    </Card>
  );
}
