// The OpenAPI 3.1 document of the API, generated from the routes' own declarations (zod 4's
// JSON Schema output), in the reader's language.
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import { apiErrorSchema, HTTP_STATUS, type ApiErrorCode } from "./errors";
import type { RouteSpec } from "./spec";

export type JsonSchema = Record<string, unknown>;

export interface ParameterDoc {
  name: string;
  in: "path" | "query";
  required: boolean;
  description: string;
  schema: JsonSchema;
}

/** A schema's JSON Schema on the wire (before transforms; unknown keys allowed), without the meta keyword. */
export function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** A parameter's text: the route's own (`${doc}.params.name`), else the API's shared one. */
function describeParameter(spec: RouteSpec, name: string, t: Translate): string {
  const own = t(`${spec.doc}.params.${name}`);
  return own === `${spec.doc}.params.${name}` ? t(`api.params.${name}`) : own;
}

/** The path and query parameters a route reads, described in the reader's language. */
export function parametersOf(spec: RouteSpec, t: Translate): ParameterDoc[] {
  const list = (schema: z.ZodType | undefined, where: "path" | "query"): ParameterDoc[] => {
    if (!schema) return [];
    const object = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(object.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === "path" || (object.required ?? []).includes(name),
      description: describeParameter(spec, name, t),
      schema: property,
    }));
  };
  return [...list(spec.params, "path"), ...list(spec.query, "query")];
}

/** The error answers a route documents: bad input and no caller always, then its own. */
export function errorsOf(spec: RouteSpec): ApiErrorCode[] {
  const always: ApiErrorCode[] = spec.auth === "user" ? ["BAD_REQUEST", "UNAUTHORIZED"] : ["BAD_REQUEST"];
  return [...new Set([...always, ...spec.errors])].sort((a, b) => HTTP_STATUS[a] - HTTP_STATUS[b]);
}


function operation(spec: RouteSpec, t: Translate) {
  const responses: Record<string, unknown> = {
    "200": {
      description: t("api.doc.ok"),
      content: { [spec.response.contentType ?? "application/json"]: spec.response.schema ? { schema: jsonSchema(spec.response.schema) } : {} },
    },
  };
  for (const code of errorsOf(spec)) {
    responses[String(HTTP_STATUS[code])] = { description: t(`api.errors.${code}`), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  }
  return {
    operationId: spec.doc.split(".").pop(),
    summary: t(`${spec.doc}.summary`),
    description: t(`${spec.doc}.description`),
    ...(spec.auth === "user" ? { security: [{ bearer: [] }, { session: [] }] } : { security: [] }),
    parameters: parametersOf(spec, t),
    ...(spec.body && {
      requestBody: { required: true, content: { [spec.bodyType === "multipart" ? "multipart/form-data" : "application/json"]: { schema: jsonSchema(spec.body) } } },
    }),
    responses,
  };
}

export function openApiDocument(specs: readonly RouteSpec[], t: Translate) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec, t);
  return {
    openapi: "3.1.0" as const,
    info: { title: t("api.doc.title"), version: "1", description: t("api.doc.intro") },
    paths,
    components: {
      schemas: { Error: jsonSchema(apiErrorSchema) },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: t("api.doc.bearer") },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: t("api.doc.session") },
      },
    },
  };
}
