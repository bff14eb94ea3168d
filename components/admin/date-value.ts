// Dates as the value of <input type="date"> ("2017-06-13"); the data model stores UTC midnights.
export function dateValue(date: Date | string | null | undefined): string {
  if (!date) return "";
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}
