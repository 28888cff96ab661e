"use client";

import { reviewProblems } from "@plan-tracker/plan-import/persist/review-problems";
import type {
  NewOrganization,
  ReviewedPlan,
  ReviewedTask,
} from "@plan-tracker/plan-import/persist/reviewed-plan";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createPlanAction, type WriteState } from "../actions";
import type { Highlight } from "../highlights";
import { writeErrorKey } from "./error-keys";
import type { OrgOption } from "./org-select";
import { PlanFields } from "./plan-fields";
import { ProposedOrganizations } from "./proposed-organizations";
import { SourceView } from "./source-view";
import { TaskCard } from "./task-card";

export interface ReviewEditorProps {
  draftId: string;
  initial: ReviewedPlan;
  directory: OrgOption[];
  highlights: Highlight[];
  warnings: string[];
}

interface EditorState {
  plan: ReviewedPlan;
  /** Every organization the parser proposed; only the confirmed ones are created. */
  proposals: NewOrganization[];
  confirmed: string[];
}

const storageKey = (draftId: string) => `plan-import:${draftId}`;

/**
 * The review screen. The parse lives server-side (the draft); what the compiler changes lives here and in
 * localStorage, saved on every change, so a refresh, a crash or an expired session loses nothing typed.
 */
export function ReviewEditor({ draftId, initial, directory, highlights, warnings }: ReviewEditorProps) {
  const t = useTranslations("planImport");
  const fresh = (): EditorState => ({
    plan: { ...initial, newOrganizations: [] },
    proposals: initial.newOrganizations,
    confirmed: [],
  });
  const [state, setState] = useState<EditorState>(fresh);
  const [restored, setRestored] = useState(false);
  const [activeTask, setActiveTask] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(storageKey(draftId));
      if (saved) {
        setState(JSON.parse(saved) as EditorState);
        setRestored(true);
      }
    } catch {
      // A corrupt or foreign entry: start from the parse.
    }
    loaded.current = true;
  }, [draftId]);

  const untouched = useRef(true);
  useEffect(() => {
    // Nothing to keep until the compiler changes something (or a restore replaces the state).
    if (!loaded.current || untouched.current) {
      untouched.current = false;
      return;
    }
    try {
      window.localStorage.setItem(storageKey(draftId), JSON.stringify(state));
    } catch {
      // Storage full or disabled: the edits stay in memory.
    }
  }, [draftId, state]);

  const final: ReviewedPlan = useMemo(
    () => ({
      ...state.plan,
      newOrganizations: state.proposals.filter((p) => state.confirmed.includes(p.code)),
    }),
    [state],
  );
  const directoryCodes = useMemo(() => new Set(directory.map((o) => o.code)), [directory]);
  const problems = useMemo(() => reviewProblems(final, directoryCodes), [final, directoryCodes]);
  const options: OrgOption[] = useMemo(
    () => [...state.proposals.map((p) => ({ code: p.code, name: p.name, isNew: true })), ...directory],
    [state.proposals, directory],
  );
  const anchors = useMemo(
    () => initial.tasks.flatMap((task) => (task.span ? [{ code: task.code, start: task.span.start }] : [])),
    [initial.tasks],
  );

  const [result, submit, pending] = useActionState<WriteState, FormData>(createPlanAction, {
    status: "idle",
  });
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result.status === "error") alertRef.current?.focus();
  }, [result]);

  const setPlan = (plan: ReviewedPlan) => setState((s) => ({ ...s, plan }));
  const setTask = (index: number, task: ReviewedTask) =>
    setState((s) => ({
      ...s,
      plan: { ...s.plan, tasks: s.plan.tasks.map((x, i) => (i === index ? task : x)) },
    }));
  const showSource = (code: string) => {
    setActiveTask(code);
    document.getElementById(`src-${code}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const tasksBySection = new Map<string, { task: ReviewedTask; index: number }[]>();
  state.plan.tasks.forEach((task, index) => {
    const list = tasksBySection.get(task.sectionCode) ?? [];
    list.push({ task, index });
    tasksBySection.set(task.sectionCode, list);
  });

  return (
    <div className="flex flex-col gap-6">
      {restored ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-brand-300 bg-brand-50 p-3 text-sm text-brand-900">
          <span>{t("review.restored")}</span>
          <button
            type="button"
            className="underline"
            onClick={() => {
              window.localStorage.removeItem(storageKey(draftId));
              setState(fresh());
              setRestored(false);
            }}
          >
            {t("review.discard")}
          </button>
        </div>
      ) : null}

      <PlanFields plan={state.plan} options={options} onChange={setPlan} />

      {warnings.length > 0 ? (
        <details className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <summary className="cursor-pointer font-semibold">
            {t("review.warnings")} ({warnings.length})
          </summary>
          <ul className="mt-2 list-disc pl-5">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <ProposedOrganizations
        proposals={state.proposals}
        confirmed={state.confirmed}
        onChange={(proposals, confirmed) => setState((s) => ({ ...s, proposals, confirmed }))}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="tree-heading" className="flex flex-col gap-3">
          <h2 id="tree-heading" className="text-lg font-semibold">
            {t("review.tree")} · {t("review.taskCount", { count: state.plan.tasks.length })}
          </h2>
          <ol className="flex flex-col gap-3">
            {state.plan.sections.map((section) => {
              const depth = section.code.split(".").length - 1;
              const tasks = tasksBySection.get(section.code) ?? [];
              return (
                <li key={section.code} style={{ marginLeft: `${Math.min(depth, 4) * 0.75}rem` }}>
                  <h3 className="font-semibold text-slate-900">
                    {section.number} {section.heading}
                  </h3>
                  {tasks.length > 0 ? (
                    <ul className="mt-2 flex flex-col gap-3">
                      {tasks.map(({ task, index }) => (
                        <li key={index}>
                          <TaskCard
                            task={task}
                            index={index}
                            options={options}
                            onChange={(next) => setTask(index, next)}
                            onShowSource={showSource}
                          />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <SourceView
            source={initial.sourceText}
            highlights={highlights}
            anchors={anchors}
            activeTask={activeTask}
          />
        </div>
      </div>

      <section
        aria-labelledby="confirm-heading"
        className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4"
      >
        <h2 id="confirm-heading" className="text-lg font-semibold">
          {problems.length > 0 ? t("review.problems", { count: problems.length }) : t("review.noProblems")}
        </h2>
        {problems.length > 0 ? (
          <ul className="flex flex-col gap-1 text-sm">
            {problems.map((p, i) => (
              <li key={i} className="flex items-start gap-2">
                <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-800" />
                {p.taskCode ? (
                  <a href={`#review-${p.taskCode}`} className="text-slate-900 underline">
                    {p.message}
                  </a>
                ) : (
                  <span>{p.message}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {result.status === "error" ? (
          <Alert ref={alertRef} tabIndex={-1}>
            <p>{t(`writeErrors.${writeErrorKey(result)}`)}</p>
            {result.messages && result.messages.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {result.messages.map((message, i) => (
                  <li key={`${i}-${message}`}>{message}</li>
                ))}
              </ul>
            ) : null}
            {result.params?.existingPlanId ? (
              <p className="mt-1">
                <Link href={`/plans/${result.params.existingPlanId}`} className="font-semibold underline">
                  {t("openExisting")}
                </Link>
              </p>
            ) : null}
          </Alert>
        ) : null}
        <form
          action={(form) => {
            // Serialised once, on confirmation, rather than on every keystroke.
            form.set("reviewed", JSON.stringify(final));
            submit(form);
          }}
          className="flex flex-col gap-2"
        >
          <input type="hidden" name="draftId" value={draftId} />
          <p className="text-sm text-slate-700">{t("review.confirmHelp")}</p>
          <div>
            <Button type="submit" disabled={pending || problems.length > 0}>
              {pending ? t("review.confirming") : t("review.confirm")}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
