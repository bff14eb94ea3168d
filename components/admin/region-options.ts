// Region choices for selects: indented by depth so the tree stays readable in a plain <select>.
import type { Option } from "@/components/ui/form";
import type { Locale } from "@/lib/i18n/locales";
import { localizedName } from "@/lib/i18n/format";

export interface RegionChoice {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  depth: number;
}

export function regionOptions(locale: Locale, regions: readonly RegionChoice[], exceptId?: number): Option[] {
  const withCode = (name: string, code: string) => (locale === "en" ? `${name} (${code})` : `${name}（${code}）`);
  const minDepth = Math.min(...regions.map((r) => r.depth));
  return regions
    .filter((r) => r.id !== exceptId)
    .map((r) => ({ value: String(r.id), label: `${"\u3000".repeat(r.depth - minDepth)}${withCode(localizedName(locale, r.name, r.nameEn), r.code)}` }));
}
