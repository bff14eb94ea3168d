"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendSeries {
  key: string;
  label: string;
  points: { period: string; value: number }[];
}

const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#117733", "#332288", "#44AA99"];

/** Values per region over the quarters, the target as a horizontal line and the expected path as a dashed line. */
export function TrendChart(props: {
  periods: string[];
  series: TrendSeries[];
  target: number | null;
  targetLabel: string;
  expected: { period: string; value: number }[];
  expectedLabel: string;
  unit: string;
}) {
  const rows = props.periods.map((period) => {
    const row: Record<string, number | string | null> = { period };
    for (const s of props.series) row[s.key] = s.points.find((p) => p.period === period)?.value ?? null;
    row.__expected = props.expected.find((p) => p.period === period)?.value ?? null;
    return row;
  });
  return (
    <div className="w-full" style={{ height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ left: 0, right: 16, top: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" fontSize={11} interval="preserveStartEnd" />
          <YAxis fontSize={11} width={48} unit={props.unit === "%" ? "%" : ""} domain={["auto", "auto"]} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {props.target !== null && (
            <ReferenceLine y={props.target} stroke="#111827" strokeDasharray="6 3" label={{ value: props.targetLabel, position: "insideTopRight", fontSize: 11 }} />
          )}
          {props.series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={PALETTE[i % PALETTE.length]} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          ))}
          {props.expected.length > 0 && (
            <Line dataKey="__expected" name={props.expectedLabel} stroke="#64748b" strokeDasharray="4 4" dot={false} connectNulls isAnimationActive={false} />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
