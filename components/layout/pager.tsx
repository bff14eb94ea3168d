// Previous / next links of a list paged on the server, with where the user is and how many in all.
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

/** `search`: the list's query string; the page number is set on it. */
export async function Pager({ page, pageCount, total, pathname, search, testId }: { page: number; pageCount: number; total: number; pathname: string; search: Record<string, string | undefined>; testId?: string }) {
  if (pageCount <= 1) return null;
  const { t } = await getTranslator();
  const href = (to: number) => {
    const params = new URLSearchParams(Object.entries({ ...search, page: to > 1 ? String(to) : undefined }).flatMap(([k, v]) => (v ? [[k, v]] : [])));
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  const link = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100";
  return (
    <nav className="flex flex-wrap items-center gap-3 text-sm" aria-label={t("pager.label")} data-testid={testId}>
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("pager.previous")}
        </Link>
      )}
      <span>{t("pager.status", { page, pages: pageCount, total })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("pager.next")}
        </Link>
      )}
    </nav>
  );
}
