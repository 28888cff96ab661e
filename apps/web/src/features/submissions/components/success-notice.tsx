"use client";

import { useEffect, useRef } from "react";

/**
 * The outcome of a step that changed the page (submitted, returned, accepted): shown at the top after
 * the redirect, and focused so that it is read out and seen, whatever had the focus before.
 */
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 font-semibold text-emerald-900"
    >
      {children}
    </div>
  );
}
