// A card's colour as a chip that also says it in words (status never by colour alone).
import type { Translate } from "@/lib/i18n/translate";

export function CardChip({ t, color }: { t: Translate; color: "RED" | "YELLOW" }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${color === "RED" ? "bg-red-600 text-white" : "bg-yellow-300 text-yellow-950"}`}>
      {t(`warnings.color.${color}`)}
    </span>
  );
}

export function OverdueChip({ t }: { t: Translate }) {
  return <span className="whitespace-nowrap rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("warnings.overdue")}</span>;
}
