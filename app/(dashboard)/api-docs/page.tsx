// The API reference for the systems that integrate with this one, rendered from the same route
// declarations as /api/v1/openapi.json (in the user's language; Chinese first).
import type { Metadata } from "next";
import Link from "next/link";
import { API_ROUTES } from "@/app/api/routes";
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { RouteDoc } from "./_components/route-doc";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("api.doc.pageTitle") };
}

const ERROR_EXAMPLE = `{
  "error": {
    "code": "BAD_REQUEST",
    "message": "…",
    "fieldErrors": { "region": ["…"] },
    "fieldCodes": { "region": ["badRegionCode"] }
  }
}`;

export default async function ApiDocsPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-xl font-semibold text-slate-900">{t("api.doc.pageTitle")}</h1>
        <p className="text-sm text-slate-700">{t("api.doc.intro")}</p>
        <p className="text-sm text-slate-700">
          {t("api.doc.machineReadable")}{" "}
          <a href="/api/v1/openapi.json" className="font-mono text-brand-700 underline" data-testid="openapi-link">
            /api/v1/openapi.json
          </a>
        </p>
        <p className="text-sm text-slate-700">
          {t("api.doc.tokensHint")}{" "}
          {can(user, "token.manage") && (
            <Link href="/admin/tokens" className="text-brand-700 underline">
              {t("api.doc.tokensLink")}
            </Link>
          )}
        </p>
      </header>
      <nav aria-label={t("api.doc.pageTitle")} className="rounded-xl border border-slate-200 bg-white p-3 text-sm shadow-sm">
        <ul className="grid gap-1 sm:grid-cols-2">
          {API_ROUTES.map((spec) => (
            <li key={`${spec.method} ${spec.path}`}>
              <a href={`#${spec.doc}`} className="hover:underline">
                <span className="font-mono text-xs text-slate-500">{spec.method}</span> <span className="font-mono wrap-anywhere">{spec.path}</span> · {t(`${spec.doc}.summary`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {API_ROUTES.map((spec) => (
        <RouteDoc key={`${spec.method} ${spec.path}`} spec={spec} t={t} />
      ))}
      <Card title={t("api.doc.errorShape")}>
        <ScrollBox label={t("api.doc.errorShape")} className="rounded bg-slate-50">
          <pre className="p-2 text-xs">{ERROR_EXAMPLE}</pre>
        </ScrollBox>
      </Card>
    </div>
  );
}
