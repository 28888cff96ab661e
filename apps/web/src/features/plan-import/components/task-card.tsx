"use client";

import type { ReviewedTask } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { TriangleAlert, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { type OrgOption, OrgSelect } from "./org-select";

/** Under this the parser guessed (implied lead, fuzzy name match): the task is flagged for checking. */
export const LOW_CONFIDENCE = 0.75;

export interface TaskCardProps {
  task: ReviewedTask;
  index: number;
  options: OrgOption[];
  onChange: (task: ReviewedTask) => void;
  onShowSource: (code: string) => void;
}

/** One task of the review: lead, coordinators, deadline and content, each editable. */
export function TaskCard({ task, index, options, onChange, onShowSource }: TaskCardProps) {
  const t = useTranslations("planImport.review");
  const id = `task-${index}`;
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code;
  const flagged = task.confidence < LOW_CONFIDENCE;
  const noLead = task.leadCode === null && task.leadScope === null;
  const set = (patch: Partial<ReviewedTask>) => onChange({ ...task, ...patch });
  const addable = options.filter((o) => o.code !== task.leadCode && !task.coordinatorCodes.includes(o.code));

  return (
    <article
      id={`review-${task.code}`}
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} className="font-semibold text-brand-900">
          {t("task", { code: task.code })}
        </h4>
        <button
          type="button"
          onClick={() => onShowSource(task.code)}
          className="text-sm text-brand-700 underline"
        >
          {t("showInSource")}
        </button>
      </header>
      {flagged || noLead ? (
        <p
          id={`${id}-flag`}
          className="flex items-start gap-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
        >
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{noLead ? t("noLead") : t("lowConfidence")}</span>
        </p>
      ) : null}
      {task.heading ? <p className="text-sm italic text-slate-800">{task.heading}</p> : null}

      {task.leadScope && task.leadCode === null ? (
        <p className="text-sm">
          <span className="font-semibold">{t("lead")}: </span>
          {t("leadGeneric", { phrase: task.leadScopePhrase ?? "" })}
        </p>
      ) : (
        <OrgSelect
          id={`${id}-lead`}
          label={t("lead")}
          value={task.leadCode}
          options={options}
          placeholder={t("choose")}
          newLabel={t("newOrgBadge")}
          invalid={noLead}
          describedBy={flagged || noLead ? `${id}-flag ${id}-leadtext` : `${id}-leadtext`}
          onChange={(code) =>
            set({
              leadCode: code,
              coordinatorCodes: task.coordinatorCodes.filter((c) => c !== code),
              // The compiler chose: no longer a guess.
              confidence: 1,
            })
          }
        />
      )}
      {task.leadText ? (
        <p id={`${id}-leadtext`} className="text-xs text-slate-700">
          {t("leadText", { text: task.leadText })}
        </p>
      ) : (
        <span id={`${id}-leadtext`} hidden />
      )}

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-800">{t("coordinators")}</legend>
        {task.coordinatorCodes.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noCoordinators")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {task.coordinatorCodes.map((code) => (
              <li
                key={code}
                className="inline-flex items-center gap-1 rounded-full border border-sky-300 bg-sky-50 py-0.5 pl-3 pr-1 text-sm text-slate-900"
              >
                {nameOf(code)}
                <button
                  type="button"
                  aria-label={t("removeCoordinator", { name: nameOf(code) })}
                  onClick={() => set({ coordinatorCodes: task.coordinatorCodes.filter((c) => c !== code) })}
                  className="rounded-full p-1 hover:bg-sky-100"
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <SelectField
          id={`${id}-add`}
          size="sm"
          hideLabel
          label={t("addCoordinator")}
          value=""
          onChange={(e) => {
            if (e.target.value) set({ coordinatorCodes: [...task.coordinatorCodes, e.target.value] });
          }}
          selectClassName="w-full max-w-full"
        >
          <option value="">{`+ ${t("addCoordinator")}`}</option>
          {addable.map((o) => (
            <option key={o.code} value={o.code}>
              {o.isNew ? `${o.name} (${t("newOrgBadge")})` : o.name}
            </option>
          ))}
        </SelectField>
        {task.genericCoordinators.length > 0 ? (
          <p className="text-sm text-slate-800">
            {t("genericCoordinators", {
              phrases: task.genericCoordinators.map((g) => `«${g.phrase}»`).join(", "),
            })}
          </p>
        ) : null}
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field
          id={`${id}-deadline`}
          size="sm"
          label={t("deadline")}
          value={task.timeTexts.join("; ")}
          onChange={(e) =>
            set({
              timeTexts: e.target.value
                .split(";")
                .map((s) => s.trim())
                .filter((s) => s !== ""),
            })
          }
        />
        <DateField
          id={`${id}-due`}
          size="sm"
          label={t("dueDate")}
          value={task.dueDate}
          onValueChange={(day) => set({ dueDate: day, kind: day ? "ONE_OFF" : task.kind })}
        />
      </div>

      <TextareaField
        id={`${id}-content`}
        size="sm"
        label={t("content")}
        rows={Math.min(10, Math.max(3, Math.ceil(task.content.length / 90)))}
        value={task.content}
        onChange={(e) => set({ content: e.target.value })}
        controlClassName="font-serif text-[15px]!"
      />
    </article>
  );
}
