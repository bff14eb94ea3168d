"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import type { AdminSection } from "./sections";

/** The admin area's section links; the longest matching prefix is the current one. */
export function SectionTabs({ sections }: { sections: readonly AdminSection[] }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const current = sections
    .filter((s) => pathname === s.href || pathname.startsWith(`${s.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={t("admin.sectionsLabel")} className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 px-1">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={current?.href === s.href ? "page" : undefined}
              className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${current?.href === s.href ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200"}`}
            >
              {t(s.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
