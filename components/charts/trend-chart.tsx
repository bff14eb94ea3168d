"use client";
// The indicator page's interactive trend: each region's line told apart by colour, marker and dash;
// the chart's keyboard surface is named; the numbers stand in a table behind the chart.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/lib/i18n/client";
import { formatValue } from "@/lib/i18n/display";
import { markerPath, seriesLook, type SeriesLook } from "@/lib/ui/series-style";
import { ChartTable } from "./chart-table";

export interface TrendSeries {
  key: string;
  label: string;
  points: { period: string; value: number }[];
}

const EXPECTED: SeriesLook = { color: "#475569", marker: "cross", dash: "4 4" };

/** A marker drawn by recharts at each point of a line. */
function Dot({ cx, cy, look }: { cx?: number; cy?: number; look: SeriesLook }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const isStroke = look.marker === "cross";
  return <path d={markerPath(look.marker, cx, cy, 3.5)} fill={isStroke ? "none" : look.color} stroke={look.color} strokeWidth={isStroke ? 1.6 : 1} />;
}

/** A legend entry: a short line in the series' dash with its marker. */
function Swatch({ look }: { look: SeriesLook }) {
  return (
    <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" className="inline-block shrink-0">
      <line x1="1" x2="29" y1="6" y2="6" stroke={look.color} strokeWidth={2} strokeDasharray={look.dash} />
      <path d={markerPath(look.marker, 15, 6, 3.5)} fill={look.marker === "cross" ? "none" : look.color} stroke={look.color} strokeWidth={look.marker === "cross" ? 1.6 : 1} />
    </svg>
  );
}

/** Values per region over the quarters, the target as a horizontal line and the expected path as a dashed line. */
export function TrendChart(props: {
  title: string;
  periods: string[];
  series: TrendSeries[];
  target: number | null;
  targetLabel: string;
  expected: { period: string; value: number }[];
  expectedLabel: string;
  unit: string;
  decimals: number;
}) {
  const { t, locale } = useI18n();
  const rows = props.periods.map((period) => {
    const row: Record<string, number | string | null> = { period };
    for (const s of props.series) row[s.key] = s.points.find((p) => p.period === period)?.value ?? null;
    row.__expected = props.expected.find((p) => p.period === period)?.value ?? null;
    return row;
  });
  const looks = props.series.map((_, i) => seriesLook(i));
  const format = (value: number) => formatValue(locale, value, props.decimals, props.unit);
  const columns = [
    ...props.series.map((s) => ({ key: s.key, label: s.label, values: new Map(s.points.map((p) => [p.period, p.value])) })),
    ...(props.expected.length > 0 ? [{ key: "__expected", label: props.expectedLabel, values: new Map(props.expected.map((p) => [p.period, p.value])) }] : []),
    ...(props.target !== null ? [{ key: "__target", label: props.targetLabel, values: new Map(props.periods.map((p) => [p, props.target as number])) }] : []),
  ];
  const name = t("a11y.trendChart", { indicator: props.title, series: props.series.map((s) => s.label).join(t("entry.listSeparator")) });
  return (
    <figure data-testid="trend-figure">
      <div className="w-full" style={{ height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ left: 0, right: 16, top: 8, bottom: 4 }} title={props.title} desc={name} aria-label={name}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="period" fontSize={11} interval="preserveStartEnd" />
            <YAxis fontSize={11} width={48} unit={props.unit === "%" ? "%" : ""} domain={["auto", "auto"]} />
            <Tooltip />
            {props.target !== null && (
              <ReferenceLine y={props.target} stroke="#111827" strokeDasharray="6 3" label={{ value: props.targetLabel, position: "insideTopRight", fontSize: 11 }} />
            )}
            {props.series.map((s, i) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={looks[i]!.color} strokeWidth={2} strokeDasharray={looks[i]!.dash} dot={<Dot look={looks[i]!} />} connectNulls isAnimationActive={false} />
            ))}
            {props.expected.length > 0 && (
              <Line dataKey="__expected" name={props.expectedLabel} stroke={EXPECTED.color} strokeDasharray={EXPECTED.dash} dot={<Dot look={EXPECTED} />} connectNulls isAnimationActive={false} />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" data-testid="trend-legend">
          {props.series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-1" data-marker={looks[i]!.marker} data-dash={looks[i]!.dash ?? "solid"}>
              <Swatch look={looks[i]!} />
              {s.label}
            </li>
          ))}
          {props.expected.length > 0 && (
            <li className="flex items-center gap-1" data-marker={EXPECTED.marker} data-dash={EXPECTED.dash}>
              <Swatch look={EXPECTED} />
              {props.expectedLabel}
            </li>
          )}
        </ul>
      </figcaption>
      <ChartTable summary={t("a11y.chartTable")} caption={t("a11y.trendTable", { indicator: props.title })} periodHeading={t("a11y.period")} periods={props.periods} columns={columns} format={format} />
    </figure>
  );
}
