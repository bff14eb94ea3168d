// One route of the API reference: method and path, what it does, who may call it, its parameters,
// its body and its answers — all read from the route's declaration.
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import { HTTP_STATUS } from "@/lib/http/errors";
import { errorsOf, jsonSchema, parametersOf, type JsonSchema } from "@/lib/http/openapi";
import type { RouteSpec } from "@/lib/http/spec";
import type { Translate } from "@/lib/i18n/translate";
import { can } from "@/lib/permissions";
import { ROLES } from "@/lib/validations/enums";

/** A short type label: "string", "integer", "'a' | 'b'", "string (2020Q3)". */
function typeLabel(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeLabel).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : typeof schema.type === "string" ? schema.type : "string";
  return typeof schema.pattern === "string" ? `${type} (${schema.pattern})` : type;
}

export function RouteDoc({ spec, t }: { spec: RouteSpec; t: Translate }) {
  const parameters = parametersOf(spec, t);
  const roles = spec.permission ? ROLES.filter((role) => can({ role }, spec.permission?.capability ?? "dashboard.view")) : [];
  const heading = (
    <span id={spec.doc} className="scroll-mt-20">
      <span className="mr-2 rounded bg-slate-800 px-1.5 py-0.5 font-mono text-xs text-white">{spec.method}</span>
      <span className="font-mono wrap-anywhere">{spec.path}</span>
    </span>
  );
  return (
    <Card title={heading}>
      <div className="space-y-3 text-sm" data-testid="api-route">
        <p className="font-medium text-slate-900">{t(`${spec.doc}.summary`)}</p>
        <p className="text-slate-700">{t(`${spec.doc}.description`)}</p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-500">{t("api.doc.auth")}</dt>
          <dd>{spec.auth === "user" ? t("api.doc.authUser") : t("api.doc.authPublic")}</dd>
          {roles.length > 0 && (
            <>
              <dt className="text-slate-500">{t("api.doc.permission")}</dt>
              <dd>{roles.map((role) => t(`roles.${role}`)).join(t("admin.listSeparator"))}</dd>
            </>
          )}
        </dl>
        <section>
          <h3 className="mb-1 font-medium text-slate-900">{t("api.doc.parameters")}</h3>
          {parameters.length === 0 ? (
            <p className="text-slate-500">{t("api.doc.noParameters")}</p>
          ) : (
            <ScrollBox label={`${t("api.doc.parameters")} · ${spec.method} ${spec.path}`}>
              <table className="min-w-full text-left">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-1 pr-3 font-medium">{t("api.doc.name")}</th>
                    <th className="py-1 pr-3 font-medium">{t("api.doc.in")}</th>
                    <th className="py-1 pr-3 font-medium">{t("api.doc.required")}</th>
                    <th className="py-1 pr-3 font-medium">{t("api.doc.type")}</th>
                    <th className="py-1 font-medium">{t("api.doc.description")}</th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`} className="border-t border-slate-100 align-top">
                      <td className="py-1 pr-3 font-mono">{p.name}</td>
                      <td className="py-1 pr-3">{p.in === "path" ? t("api.doc.inPath") : t("api.doc.inQuery")}</td>
                      <td className="py-1 pr-3">{p.required ? t("api.doc.yes") : t("api.doc.no")}</td>
                      <td className="py-1 pr-3 font-mono text-xs">{typeLabel(p.schema)}</td>
                      <td className="py-1">{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </section>
        {spec.body && (
          <section>
            <h3 className="mb-1 font-medium text-slate-900">
              {t("api.doc.body")} <span className="font-mono text-xs text-slate-500">({spec.bodyType === "multipart" ? "multipart/form-data" : "application/json"})</span>
            </h3>
            <ScrollBox label={`${t("api.doc.body")} · ${spec.method} ${spec.path}`} className="max-h-72 overflow-y-auto rounded bg-slate-50">
              <pre className="p-2 text-xs">{JSON.stringify(jsonSchema(spec.body), null, 2)}</pre>
            </ScrollBox>
          </section>
        )}
        <section>
          <h3 className="mb-1 font-medium text-slate-900">{t("api.doc.responses")}</h3>
          <ul className="space-y-1">
            <li>
              <span className="font-mono">200</span> · {t("api.doc.ok")} · <span className="font-mono text-xs text-slate-600 wrap-anywhere">{spec.response.contentType ?? "application/json"}</span>
              {spec.response.schema && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-700">{t("api.doc.schema")}</summary>
                  <ScrollBox label={`${t("api.doc.schema")} · ${spec.method} ${spec.path}`} className="mt-1 max-h-72 overflow-y-auto rounded bg-slate-50">
                    <pre className="p-2 text-xs">{JSON.stringify(jsonSchema(spec.response.schema), null, 2)}</pre>
                  </ScrollBox>
                </details>
              )}
            </li>
            {errorsOf(spec).map((code) => (
              <li key={code}>
                <span className="font-mono">{HTTP_STATUS[code]}</span> · <span className="font-mono text-xs">{code}</span> · {t(`api.errors.${code}`)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Card>
  );
}
