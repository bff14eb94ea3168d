import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FigureHistoryView } from "@/components/figures/figure-history";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getFigureHistory } from "@/lib/data/audit-log";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("history.title") };
}

/** A figure's history for anyone who may see its region (linked from the grid, review, audit and dashboards). */
export default async function FigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const user = await requireUser();
  const [{ t }, history] = await Promise.all([getTranslator(), getFigureHistory(user, Number(id))]);
  if (!history) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("history.title")}</h1>
      <Card>
        <FigureHistoryView history={history} />
      </Card>
    </div>
  );
}
