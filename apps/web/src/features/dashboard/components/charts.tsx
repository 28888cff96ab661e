"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/**
 * Charts are pictures of the tables printed under them: hidden from assistive technology (the table says
 * the same) and left out of print (the table prints).
 */
function Frame({ height, children }: { height: number; children: React.ReactElement }) {
  return (
    <div aria-hidden="true" inert className="no-print w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export interface StackSeries {
  key: string;
  label: string;
  color: string;
}

/** Stacked bars of task counts per category (sections, years). */
export function StackedBars({
  data,
  series,
  xKey,
  layout = "horizontal",
  height = 280,
}: {
  data: Record<string, string | number>[];
  series: StackSeries[];
  xKey: string;
  layout?: "horizontal" | "vertical";
  height?: number;
}) {
  const vertical = layout === "vertical";
  return (
    <Frame height={height}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={vertical ? "vertical" : "horizontal"}
        margin={{ left: 8, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey={xKey} width={90} />
          </>
        ) : (
          <>
            <XAxis dataKey={xKey} />
            <YAxis allowDecimals={false} />
          </>
        )}
        <Tooltip />
        <Legend />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="a"
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

/** Percent per agency, ranked (horizontal bars, best on top). */
export function PercentBars({
  data,
  label,
  height,
}: {
  data: { name: string; percent: number }[];
  label: string;
  height: number;
}) {
  return (
    <Frame height={height}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} />
        <YAxis type="category" dataKey="name" width={110} interval={0} />
        <Tooltip />
        <Bar dataKey="percent" name={label} fill="#0b5cad" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/** Agencies that have submitted, day after day, against the number expected. */
export function SubmissionLine({
  data,
  expected,
  labels,
}: {
  data: { day: string; cumulative: number }[];
  expected: number;
  labels: { cumulative: string; expected: string };
}) {
  const rows = data.map((d) => ({ ...d, expected }));
  return (
    <Frame height={240}>
      <LineChart accessibilityLayer={false} data={rows} margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis allowDecimals={false} domain={[0, Math.max(expected, 1)]} />
        <Tooltip />
        <Legend />
        <Line
          dataKey="cumulative"
          name={labels.cumulative}
          stroke="#0b5cad"
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Line
          dataKey="expected"
          name={labels.expected}
          stroke="#b91c1c"
          strokeDasharray="5 5"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </Frame>
  );
}
