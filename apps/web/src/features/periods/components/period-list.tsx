"use client";

import type { PeriodState } from "@plan-tracker/core";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog, ConfirmDialogCancel } from "@/components/ui/confirm-dialog";
import { type ChangePeriodStateState, changePeriodStateAction } from "../actions";
import { CountdownLine, countdownText } from "./countdown";

/** A period as the list shows it: days formatted on the server (dd/MM/yyyy), countdowns in days. */
export interface PeriodListRow {
  id: string;
  year: number;
  /** The period's name inside a sentence: "năm 2026", "quý IV/2026" (core's periodLabel). */
  label: string;
  /** Its name as a heading or a table cell: "Năm 2026", "Quý IV/2026". */
  name: string;
  cutoffDate: string;
  agencyDeadline: string;
  reportDueDate: string;
  state: PeriodState;
  /** Days to each deadline still running (negative once passed); null when it no longer runs. */
  agencyDeadlineDays: number | null;
  reportDueDays: number | null;
  submittedCount: number;
  acceptedCount: number;
  /** The moves the viewer may make (empty when read-only). */
  transitions: PeriodState[];
}

export const STATE_TONE = {
  OPEN: "success",
  COMPILING: "warning",
  FINALIZED: "info",
  CLOSED: "neutral",
} as const;

type Target = { row: PeriodListRow; to: PeriodState };

export function PeriodList({
  planId,
  rows,
  readOnly,
}: {
  planId: string;
  rows: PeriodListRow[];
  readOnly: boolean;
}) {
  const t = useTranslations("periods");
  const tErrors = useTranslations("errors");
  const [target, setTarget] = useState<Target | null>(null);
  const [state, action, pending] = useActionState<ChangePeriodStateState, FormData>(changePeriodStateAction, {
    status: "idle",
  });
  const [submittedFor, setSubmittedFor] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const justChanged = useRef(false);

  useEffect(() => {
    if (state.status === "changed") {
      justChanged.current = true;
      setTarget(null);
    }
  }, [state]);

  const errorText =
    state.status === "error"
      ? state.reason
        ? t(`errors.${state.reason}`, {
            year: String(state.params?.year ?? ""),
            period: String(state.params?.period ?? ""),
          })
        : tErrors(state.error)
      : null;

  const countdowns = (row: PeriodListRow) =>
    row.agencyDeadlineDays === null && row.reportDueDays === null ? (
      <span className="text-slate-700">{t("noCountdown")}</span>
    ) : (
      <>
        {row.agencyDeadlineDays !== null ? (
          <CountdownLine days={row.agencyDeadlineDays}>
            {t("agencyCountdown", { text: countdownText(t, row.agencyDeadlineDays) })}
          </CountdownLine>
        ) : null}
        {row.reportDueDays !== null ? (
          <CountdownLine days={row.reportDueDays}>
            {t("reportCountdown", { text: countdownText(t, row.reportDueDays) })}
          </CountdownLine>
        ) : null}
      </>
    );

  const buttons = (row: PeriodListRow) =>
    row.transitions.map((to) => (
      <Button
        key={to}
        variant={to === "OPEN" ? "secondary" : "primary"}
        className="px-3 py-1"
        aria-label={t("transitionLabel", { action: t(`transition.${to}`), period: row.label })}
        onClick={(event) => {
          opener.current = event.currentTarget;
          setTarget({ row, to });
        }}
      >
        {t(`transition.${to}`)}
      </Button>
    ));

  const submissions = (row: PeriodListRow) => (
    <>
      {t("submissionCounts", { submitted: row.submittedCount, accepted: row.acceptedCount })}
      {readOnly ? null : (
        <span className="mt-1 flex flex-wrap gap-x-3">
          <Link href={`/periods/${row.id}/submissions`} className="font-semibold text-brand-800 underline">
            {t("boardLink", { period: row.label })}
          </Link>
          <Link href={`/periods/${row.id}/report`} className="font-semibold text-brand-800 underline">
            {t("reportLink", { period: row.label })}
          </Link>
        </span>
      )}
    </>
  );

  return (
    <div className="flex flex-col gap-3">
      {/* Always present (a live region must exist before it speaks); visible once it does. */}
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={state.status === "changed" ? "text-sm font-semibold text-emerald-900" : "sr-only"}
      >
        {state.status === "changed"
          ? t("changed", {
              period: state.period,
              state: t(`states.${state.state as PeriodState}`),
            })
          : ""}
      </p>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <>
          {/* Phones: one card per period. */}
          <ul className="flex flex-col gap-3 md:hidden">
            {rows.map((row) => (
              <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-base font-semibold">{t("periodYear", { period: row.label })}</h3>
                  <Badge tone={STATE_TONE[row.state]}>{t(`states.${row.state}`)}</Badge>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-slate-700">{t("cutoffDate")}</dt>
                  <dd>{row.cutoffDate}</dd>
                  <dt className="text-slate-700">{t("agencyDeadline")}</dt>
                  <dd>{row.agencyDeadline}</dd>
                  <dt className="text-slate-700">{t("reportDueDate")}</dt>
                  <dd>{row.reportDueDate}</dd>
                  <dt className="text-slate-700">{t("submissions")}</dt>
                  <dd>{submissions(row)}</dd>
                </dl>
                <div className="mt-2">{countdowns(row)}</div>
                {!readOnly && row.transitions.length ? (
                  <div className="mt-3 flex flex-wrap gap-2">{buttons(row)}</div>
                ) : null}
              </li>
            ))}
          </ul>
          {/* Wider screens: a table to compare the years. */}
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("list")}</caption>
              <thead className="bg-slate-100 text-left align-bottom">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("year")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("cutoffDate")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("agencyDeadline")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("reportDueDate")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("state")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("timeLeft")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("submissions")}
                  </th>
                  {readOnly ? null : (
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-t border-slate-100 align-top">
                    <th scope="row" className="px-3 py-2 text-left font-semibold">
                      {row.name}
                    </th>
                    <td className="px-3 py-2 whitespace-nowrap">{row.cutoffDate}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{row.agencyDeadline}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{row.reportDueDate}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <Badge tone={STATE_TONE[row.state]}>{t(`states.${row.state}`)}</Badge>
                    </td>
                    <td className="px-3 py-2">{countdowns(row)}</td>
                    <td className="px-3 py-2">{submissions(row)}</td>
                    {readOnly ? null : (
                      <td className="px-3 py-2">
                        <div className="flex flex-col items-stretch gap-2">{buttons(row)}</div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <ConfirmDialog
        open={target !== null}
        onOpenChange={(open) => (open ? null : setTarget(null))}
        // The button that opened the dialog may be gone with the old state: land on the notice.
        focusOnClose={() => {
          if (!justChanged.current) return opener.current;
          justChanged.current = false;
          return statusRef.current;
        }}
        wide
        title={
          target ? t("confirm.title", { action: t(`transition.${target.to}`), period: target.row.label }) : ""
        }
        description={target ? t(`confirm.${target.to}`, { submitted: target.row.submittedCount }) : ""}
        error={errorText && submittedFor === target?.row.id ? errorText : null}
        actions={
          <form
            action={action}
            onSubmit={() => setSubmittedFor(target?.row.id ?? null)}
            className="flex flex-wrap justify-end gap-2"
          >
            <input type="hidden" name="planId" value={planId} />
            <input type="hidden" name="periodId" value={target?.row.id ?? ""} />
            <input type="hidden" name="from" value={target?.row.state ?? ""} />
            <input type="hidden" name="to" value={target?.to ?? ""} />
            <ConfirmDialogCancel>{t("confirm.cancel")}</ConfirmDialogCancel>
            <button type="submit" disabled={pending} className={buttonClass("primary")}>
              {pending ? t("confirm.working") : t("confirm.confirm")}
            </button>
          </form>
        }
      />
    </div>
  );
}
