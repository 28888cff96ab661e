import type { HTMLAttributes, Ref } from "react";
import { cn } from "./cn";

export type AlertVariant = "error" | "warning" | "success" | "info";

const variants: Record<AlertVariant, string> = {
  error: "border-red-300 bg-red-50 text-red-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-brand-200 bg-brand-50 text-brand-900",
};

/** The class of an alert box, for an element that cannot be `Alert` (a banner with its own layout). */
export function alertClass(
  variant: AlertVariant = "error",
  extra?: string,
  size: "sm" | "base" = "sm",
): string {
  return cn("rounded-md border p-3", size === "sm" && "text-sm", variants[variant], extra);
}

/**
 * A message box. Errors are `role="alert"` (announced at once, interrupting); warnings too, unless `role`
 * says otherwise; success and information are `role="status"` (announced politely). `ref` and
 * `tabIndex={-1}` let a form move focus to its error. `size="base"` for a page's banner (body text size).
 */
export function Alert({
  variant = "error",
  size = "sm",
  className,
  ref,
  role,
  ...props
}: HTMLAttributes<HTMLDivElement> & {
  variant?: AlertVariant;
  size?: "sm" | "base";
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      role={role ?? (variant === "error" || variant === "warning" ? "alert" : "status")}
      className={alertClass(variant, className, size)}
      {...props}
    />
  );
}
