import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** A chart's figures as a table: what screen readers read and what prints. */
export function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <ScrollRegion label={caption} className="mt-3 overflow-x-auto">
      <table className="w-full min-w-max border-collapse text-sm">
        <caption className="mb-1 text-left text-xs font-semibold text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {head.map((h, i) => (
              <th key={i} scope="col" className={`px-2 py-1 font-semibold ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="px-2 py-1 text-right tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
