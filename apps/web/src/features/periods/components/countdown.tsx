import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type CountdownKey = "daysLeft" | "dueToday" | "overdue";

/** Days to a deadline as words: "còn 7 ngày", "hôm nay là hạn", "quá hạn 3 ngày". */
export function countdownText(t: (key: CountdownKey, values?: { days: number }) => string, days: number) {
  if (days > 0) return t("daysLeft", { days });
  if (days === 0) return t("dueToday");
  return t("overdue", { days: -days });
}

/** One deadline's line: red once passed, amber and bold in the last three days (contrast ≥ 4.5:1). */
export function CountdownLine({ days, children }: { days: number; children: ReactNode }) {
  return (
    <span
      className={cn(
        "block",
        days < 0 ? "text-red-800" : days <= 3 ? "text-amber-900" : "text-slate-800",
        days <= 3 && "font-semibold",
      )}
    >
      {children}
    </span>
  );
}
