import { QuerySelect } from "@/components/layout/query-select";
import type { PeriodView } from "@/lib/data/periods";
import type { Translate } from "@/lib/i18n/translate";

/** The `?period=` picker of the pages that show one reporting period: every period, open or closed. */
export function PeriodPicker({ t, periods, value }: { t: Translate; periods: readonly PeriodView[]; value: string }) {
  return (
    <QuerySelect
      name="period"
      label={t("entry.period")}
      value={value}
      testId="period-picker"
      options={periods.map((p) => ({ value: p.label, label: t("entry.periodOption", { year: p.year, quarter: p.quarter, state: t(p.isOpen ? "entry.open" : "entry.closed") }) }))}
    />
  );
}
