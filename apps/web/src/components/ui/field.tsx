import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "./cn";

const controlClass = "rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/** The control's aria attributes: invalid, and described by its error, when it has one. */
function errorAria(id: string, error: string | undefined) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  } as const;
}

/** A label above its control and the control's error below it (the error's id is `<id>-error`). */
function Labelled({
  id,
  label,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input with its error announced to screen readers (aria-describedby). */
export function Field({
  label,
  error,
  id,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; id: string }) {
  return (
    <Labelled id={id} label={label} error={error} className={className}>
      <input
        id={id}
        {...errorAria(id, error)}
        className={cn(controlClass, "placeholder:text-slate-500")}
        {...props}
      />
    </Labelled>
  );
}

/** A labelled select, like Field; `selectClassName` sizes the select itself (className the whole field). */
export function SelectField({
  label,
  error,
  id,
  className,
  selectClassName,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  id: string;
  selectClassName?: string;
}) {
  return (
    <Labelled id={id} label={label} error={error} className={className}>
      <select id={id} {...errorAria(id, error)} className={cn(controlClass, selectClassName)} {...props}>
        {children}
      </select>
    </Labelled>
  );
}
