import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { cn } from "./cn";

/**
 * The form controls, one per input kind: Field (text, email, search, password), NumberField, TextareaField,
 * SelectField, CheckboxField, FileField; DateField (dd/mm/yyyy) is in date-field.tsx. Each is a label, the
 * control, an optional hint (`<id>-help`) and its error (`<id>-error`), the control described by both.
 * `size="sm"` is the compact control of dense editors (plan review, cited documents); `hideLabel` keeps the
 * label for screen readers only, where a column heading or the row already says what the control is.
 */
export type ControlSize = "md" | "sm";

const controlSizes: Record<ControlSize, string> = {
  md: "px-3 py-2 text-base",
  sm: "px-2 py-1.5 text-sm",
};

/** The class of a text-like control (input, textarea, select), for the rare control outside a field. */
export function controlClass(size: ControlSize = "md", extra?: string): string {
  return cn(
    "max-w-full rounded-md border border-slate-400 bg-white text-slate-900 disabled:bg-slate-100 aria-invalid:border-red-700",
    controlSizes[size],
    extra,
  );
}

/** The control's aria attributes: invalid, and described by its hint and its error. */
export function describedBy(
  id: string,
  { hint, error, describedBy: also }: { hint?: ReactNode; error?: ReactNode; describedBy?: string },
) {
  const ids = [also, hint ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
  } as const;
}

export interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The whole field (label, control, hint, error). */
  className?: string;
  /** The control itself. */
  controlClassName?: string;
  size?: ControlSize;
  hideLabel?: boolean;
  /** The error is announced as it appears (role="alert"): for an error that comes without a page change. */
  announceError?: boolean;
}

/** A label above its control, the hint and the error below it. */
export function Labelled({
  id,
  label,
  hint,
  error,
  className,
  hideLabel,
  announceError,
  children,
}: Omit<FieldFrame, "controlClassName" | "size"> & { children: ReactNode }) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "text-sm font-semibold text-slate-800"}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-help`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role={announceError ? "alert" : undefined} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & { ref?: Ref<HTMLInputElement> };

/** A labelled input (text, email, search, password, url) with its hint and error announced. */
export function Field({
  label,
  hint,
  error,
  id,
  className,
  controlClassName,
  size = "md",
  hideLabel,
  announceError,
  "aria-describedby": also,
  ...props
}: InputProps & FieldFrame) {
  return (
    <Labelled
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={className}
      hideLabel={hideLabel}
      announceError={announceError}
    >
      <input
        id={id}
        {...describedBy(id, { hint, error, describedBy: also })}
        className={controlClass(size, cn("placeholder:text-slate-500", controlClassName))}
        {...props}
      />
    </Labelled>
  );
}

/** A number: Field with a numeric keyboard on phones. */
export function NumberField(props: Omit<InputProps, "type"> & FieldFrame) {
  return <Field type="number" inputMode="numeric" {...props} />;
}

/** A file chooser, like Field, with a control sized for the browser's file button. */
export function FileField({
  label,
  hint,
  error,
  id,
  className,
  controlClassName,
  hideLabel,
  announceError,
  "aria-describedby": also,
  ...props
}: Omit<InputProps, "type"> & Omit<FieldFrame, "size">) {
  return (
    <Labelled
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={className}
      hideLabel={hideLabel}
      announceError={announceError}
    >
      <input
        id={id}
        type="file"
        {...describedBy(id, { hint, error, describedBy: also })}
        className={cn(
          "rounded-md border border-slate-400 bg-white p-2 text-sm text-slate-900 disabled:bg-slate-100",
          controlClassName,
        )}
        {...props}
      />
    </Labelled>
  );
}

/** A labelled textarea, like Field. */
export function TextareaField({
  label,
  hint,
  error,
  id,
  className,
  controlClassName,
  size = "md",
  hideLabel,
  announceError,
  "aria-describedby": also,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldFrame & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Labelled
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={className}
      hideLabel={hideLabel}
      announceError={announceError}
    >
      <textarea
        id={id}
        {...describedBy(id, { hint, error, describedBy: also })}
        className={controlClass(size, cn("w-full placeholder:text-slate-500", controlClassName))}
        {...props}
      />
    </Labelled>
  );
}

/** A labelled select, like Field; `selectClassName` sizes the select itself (className the whole field). */
export function SelectField({
  label,
  hint,
  error,
  id,
  className,
  selectClassName,
  controlClassName,
  size = "md",
  hideLabel,
  announceError,
  children,
  "aria-describedby": also,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> &
  FieldFrame & {
    selectClassName?: string;
  }) {
  return (
    <Labelled
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={className}
      hideLabel={hideLabel}
      announceError={announceError}
    >
      <select
        id={id}
        {...describedBy(id, { hint, error, describedBy: also })}
        className={controlClass(size, cn(selectClassName, controlClassName))}
        {...props}
      >
        {children}
      </select>
    </Labelled>
  );
}

/** A checkbox with its label beside it (the whole line is clickable); `hint` below the label. */
export function CheckboxField({
  label,
  hint,
  id,
  className,
  size = "md",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "size" | "id"> & {
  label: ReactNode;
  hint?: ReactNode;
  id?: string;
  className?: string;
  size?: ControlSize;
}) {
  const hintId = hint && id ? `${id}-help` : undefined;
  return (
    <label className={cn("flex items-start", size === "sm" ? "gap-2 text-sm" : "gap-3 text-base", className)}>
      <input
        type="checkbox"
        id={id}
        aria-describedby={hintId}
        className={cn("shrink-0 accent-brand-600", size === "sm" ? "mt-0.5 size-4" : "mt-1 size-5")}
        {...props}
      />
      <span className="flex flex-col gap-0.5">
        <span>{label}</span>
        {hint ? (
          <span id={hintId} className="text-sm text-slate-700">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
