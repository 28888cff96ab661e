import type { ReactNode } from "react";

/**
 * A box that scrolls on its own (a table wider than the screen, a long text), named by `label`.
 * Without a tab stop a keyboard user could not scroll it; the name tells a screen reader what the stop is.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box needs a tab stop to be scrolled from the keyboard (WCAG 2.1.1; axe's scrollable-region-focusable)
    <section tabIndex={0} aria-label={label} className={className}>
      {children}
    </section>
  );
}
