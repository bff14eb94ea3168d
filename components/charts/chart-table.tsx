// The table behind a line chart: one row per quarter, one column per line, the numbers a screen
// reader reads and anyone can copy. Closed under its summary so the chart stays first on screen.
import { ScrollBox } from "@/components/ui/scroll-box";
import type { ReactNode } from "react";

export interface ChartTableColumn {
  key: string;
  label: ReactNode;
  values: Map<string, number>;
}

export function ChartTable(props: { id?: string; summary: string; caption: string; periodHeading: string; periods: readonly string[]; columns: readonly ChartTableColumn[]; format: (value: number) => string; className?: string }) {
  return (
    <details className={`mt-2 text-sm ${props.className ?? ""}`} data-testid="chart-table">
      <summary className="cursor-pointer text-brand-700">{props.summary}</summary>
      <ScrollBox label={props.caption} className="mt-1 max-w-full">
        <table id={props.id} className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{props.periodHeading}</th>
              {props.columns.map((c) => (
                <th key={c.key} scope="col" className="py-1 pr-3 text-right font-medium">{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {props.periods.map((period) => (
              <tr key={period}>
                <th scope="row" className="py-1 pr-3 font-normal">{period}</th>
                {props.columns.map((c) => {
                  const value = c.values.get(period);
                  return <td key={c.key} className="py-1 pr-3 text-right">{value === undefined ? "—" : props.format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
