"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { cn } from "./cn";
import { display, isoOf } from "./date-text";
import { controlClass, describedBy, type FieldFrame, Labelled } from "./field";

/**
 * A day as people in Vietnam write it, dd/mm/yyyy, whatever the browser's language (a native
 * `<input type="date">` shows mm/dd/yyyy in an English browser). Typing accepts d/m/yyyy with `/`, `.`
 * or `-` (core's parseVnDate) and an ISO date (yyyy-mm-dd, as pasted or filled by a test); leaving the
 * field writes the day back as dd/mm/yyyy.
 *
 * The value is ISO (yyyy-mm-dd), as `<input type="date">` gave it: a form posts it under `name` from a
 * hidden input, so the action receives exactly what it did before; something typed that is not a day is
 * posted as typed, for the action to refuse as before, and is marked invalid here once the field is left.
 * Controlled (`value` + `onValueChange`, called with the ISO day or null when emptied; never while the text
 * is not a day) or not (`defaultValue`). `min`/`max` (ISO) bound it as they bound a native date input: the
 * browser refuses to submit a day outside them, or text that is not a day (a form with noValidate leaves
 * that to its action).
 */
export function DateField({
  id,
  name,
  label,
  hint,
  error,
  value,
  defaultValue,
  onValueChange,
  required,
  disabled,
  min,
  max,
  size = "md",
  className,
  controlClassName,
  hideLabel,
  "aria-describedby": also,
}: FieldFrame & {
  name?: string;
  value?: string | null;
  defaultValue?: string | null;
  onValueChange?: (iso: string | null) => void;
  required?: boolean;
  disabled?: boolean;
  min?: string;
  max?: string;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("fields");
  const [text, setText] = useState(() => display(value ?? defaultValue));
  const [left, setLeft] = useState(false);
  // A new value from outside (a reload, a merge) replaces the text unless the text already says that day.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if ((isoOf(text) ?? null) !== (value || null)) setText(display(value));
  }
  const iso = isoOf(text);
  const invalid = iso === undefined;
  const outside =
    iso && min && iso < min
      ? t("date.min", { min: display(min) })
      : iso && max && iso > max
        ? t("date.max", { max: display(max) })
        : undefined;
  const problem = invalid ? t("date.invalid") : outside;
  const message = error ?? (left ? problem : undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.setCustomValidity(problem ?? "");
  }, [problem]);
  return (
    <Labelled id={id} label={label} hint={hint} error={message} className={className} hideLabel={hideLabel}>
      <input
        ref={input}
        id={id}
        type="text"
        autoComplete="off"
        placeholder={t("date.placeholder")}
        value={text}
        required={required}
        disabled={disabled}
        {...describedBy(id, { hint, error: message, describedBy: also })}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setLeft(false);
          const day = isoOf(next);
          if (day !== undefined) onValueChange?.(day);
        }}
        onBlur={() => {
          setLeft(true);
          if (iso) setText(display(iso));
        }}
        className={controlClass(size, cn("w-40 placeholder:text-slate-500", controlClassName))}
      />
      {name ? <input type="hidden" name={name} value={invalid ? text.trim() : (iso ?? "")} /> : null}
    </Labelled>
  );
}
