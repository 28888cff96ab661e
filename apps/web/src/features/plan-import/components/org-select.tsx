"use client";

import { SelectField } from "@/components/ui/field";

export interface OrgOption {
  code: string;
  name: string;
  /** A proposed organization, not in the directory yet. */
  isNew?: boolean;
}

export interface OrgSelectProps {
  id: string;
  label: string;
  value: string | null;
  options: OrgOption[];
  placeholder: string;
  newLabel: string;
  onChange: (code: string | null) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** One organization from the directory (and the proposed new ones, marked). */
export function OrgSelect(props: OrgSelectProps) {
  const known = props.value === null || props.options.some((o) => o.code === props.value);
  return (
    <SelectField
      id={props.id}
      label={props.label}
      size="sm"
      selectClassName="w-full max-w-full"
      value={props.value ?? ""}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? true : undefined}
      onChange={(e) => props.onChange(e.target.value === "" ? null : e.target.value)}
    >
      <option value="">{props.placeholder}</option>
      {known ? null : <option value={props.value ?? ""}>{props.value}</option>}
      {props.options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.isNew ? `${o.name} (${props.newLabel})` : o.name}
        </option>
      ))}
    </SelectField>
  );
}
