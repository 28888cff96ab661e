"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { buttonClass } from "./button";
import { cn } from "./cn";

/** Closes the dialog: the secondary button of its actions (inside their form, if any). */
export function ConfirmDialogCancel({ children }: { children: ReactNode }) {
  return <AlertDialog.Cancel className={buttonClass("secondary")}>{children}</AlertDialog.Cancel>;
}

/** Opens the dialog and gets the focus back when it closes (rendered inside ConfirmDialog's `children`). */
export const ConfirmDialogTrigger = AlertDialog.Trigger;

/**
 * The one confirmation dialog (Radix AlertDialog: focus trapped inside, Escape and Cancel close it, the
 * title and description name it for screen readers).
 *
 * Focus on close: by default Radix returns it to the trigger (or to what had it before opening). When the
 * opener may be gone after the action (a revoked row, a lock button that became an unlock button),
 * `focusOnClose` returns the element to focus instead; returning `undefined` keeps Radix's default.
 *
 * `actions` are the buttons (with ConfirmDialogCancel), usually in the form that sends the action;
 * `error` is shown above them as an alert; `children` render outside the dialog, inside its root, where a
 * ConfirmDialogTrigger can sit.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  error,
  actions,
  focusOnClose,
  wide = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** A string or inline content is a paragraph; block content (several paragraphs) is wrapped in a div. */
  description: ReactNode;
  error?: ReactNode;
  actions: ReactNode;
  focusOnClose?: () => HTMLElement | null | undefined;
  wide?: boolean;
  children?: ReactNode;
}) {
  const block = typeof description !== "string" && typeof description !== "number";
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      {children}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content
          className={cn(
            "fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg bg-white p-6 shadow-lg",
            wide ? "w-[min(34rem,calc(100vw-2rem))]" : "w-[min(32rem,calc(100vw-2rem))]",
          )}
          onCloseAutoFocus={(event) => {
            if (!focusOnClose) return;
            const target = focusOnClose();
            if (target === undefined) return;
            event.preventDefault();
            target?.focus();
          }}
        >
          <AlertDialog.Title className="text-lg font-bold text-slate-900">{title}</AlertDialog.Title>
          {block ? (
            <AlertDialog.Description asChild>
              <div className="flex flex-col gap-2 text-slate-800">{description}</div>
            </AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="text-slate-800">{description}</AlertDialog.Description>
          )}
          {error ? <Alert variant="error">{error}</Alert> : null}
          {actions}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
