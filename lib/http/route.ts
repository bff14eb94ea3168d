// The one shape of every API route handler (umami's parseRequest is the model): read the path
// parameters, the query and the body with the route's schemas → find the caller (session or API
// token) → check the route's permission → run the handler. Every answer is `private, no-store`,
// errors are `{ error: { code, message, … } }` in the caller's language, and the same declaration
// feeds the OpenAPI document (lib/http/openapi.ts) and the reference page.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getRequestUser } from "@/lib/auth/request-user";
import { recordExport } from "@/lib/data/access-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Locale } from "@/lib/i18n/locales";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import type { Translate } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { can } from "@/lib/permissions";
import type { Failure } from "@/lib/result";
import { fieldErrorsOf } from "@/lib/validations/fields";
import { parseJsonBody, wellFormed } from "./json-body";
import { loggedPath, REQUEST_ID_HEADER } from "./request-id";
import { apiError, failureResponse, invalidInput, NO_STORE, type ApiErrorCode } from "./errors";
import type { RouteSpec } from "./spec";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<S extends RouteSpec> {
  request: Request;
  /** The caller; null only on public routes. */
  user: S["auth"] extends "user" ? SessionUser : null;
  params: Out<S["params"]>;
  query: Out<S["query"]>;
  /** The parsed JSON body (a multipart body is read by the handler from `request`). */
  body: S["bodyType"] extends "multipart" ? undefined : Out<S["body"]>;
  t: Translate;
  locale: Locale;
  /** A 200 JSON answer in the route's declared response shape. */
  json: (data: S["response"] extends { schema: z.ZodType } ? z.input<S["response"]["schema"]> : never) => Response;
  /** A data-layer failure as its error answer. */
  fail: (failure: Failure) => Response;
  /** An error answer with a catalogue message. */
  error: (code: ApiErrorCode, messageKey: string, vars?: Record<string, string | number>, extra?: Record<string, unknown>) => Response;
}

type NextContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined;

/** The route's handler for Next, wrapped in parse → authenticate → permission. */
export function handle<S extends RouteSpec>(spec: S, handler: (context: RouteContext<S>) => Promise<Response>) {
  return async function routeHandler(request: Request, next: NextContext): Promise<Response> {
    const started = performance.now();
    const requestId = request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    const access = { requestId, method: request.method, path: loggedPath(request.url) };
    const caller: { userId?: number } = {};
    const durationMs = () => Math.round(performance.now() - started);
    const { t, locale } = translatorForRequest(request);
    try {
      const response = await run(spec, handler, request, next, t, locale, caller);
      for (const [name, value] of Object.entries(NO_STORE)) response.headers.set(name, value);
      response.headers.set("X-Request-Id", requestId);
      log.info({ ...access, userId: caller.userId, status: response.status, durationMs: durationMs() }, "request");
      return response;
    } catch (error) {
      log.error({ ...access, userId: caller.userId, status: 500, durationMs: durationMs(), err: error }, "request failed");
      throw error;
    }
  };
}

async function run<S extends RouteSpec>(
  spec: S,
  handler: (context: RouteContext<S>) => Promise<Response>,
  request: Request,
  next: NextContext,
  t: Translate,
  locale: Locale,
  caller: { userId?: number },
) {
  // A path that names nothing the route knows is a 404, not a malformed request.
  // Next passes no `params` at all to a route without dynamic segments.
  const rawParams: unknown = spec.params ? await Promise.resolve(next?.params).catch(() => null) : null;
  const params = spec.params ? spec.params.safeParse(rawParams && JSON.parse(JSON.stringify(rawParams), wellFormed)) : null;
  if (params && !params.success) return apiError("NOT_FOUND", t("api.errors.NOT_FOUND"));
  const query = spec.query ? spec.query.safeParse(queryObject(request.url)) : null;
  if (query && !query.success) return invalidInput(t, fieldErrorsOf(query.error));
  let body: z.ZodSafeParseResult<unknown> | null = null;
  if (spec.body && spec.bodyType !== "multipart") {
    const raw = await request.text().then(parseJsonBody, () => undefined);
    if (raw === undefined) return apiError("BAD_REQUEST", t("api.errors.badJson"));
    body = spec.body.safeParse(raw);
    if (!body.success) return invalidInput(t, fieldErrorsOf(body.error));
  }

  const user = spec.auth === "user" ? await getRequestUser(request) : null;
  if (spec.auth === "user" && !user) return apiError("UNAUTHORIZED", t("api.errors.UNAUTHORIZED"));
  if (user) caller.userId = user.id;
  if (user && spec.permission && !can(user, spec.permission.capability)) {
    await spec.permission.onDenied?.(user, body?.data);
    return apiError("FORBIDDEN", t(spec.permission.message ?? "api.errors.FORBIDDEN"));
  }

  const response = await handler({
    request,
    user: user as RouteContext<S>["user"],
    params: params?.data as Out<S["params"]>,
    query: query?.data as Out<S["query"]>,
    body: body?.data as RouteContext<S>["body"],
    t,
    locale,
    json: (data) => NextResponse.json(data),
    fail: (failure) => failureResponse(t, failure),
    error: (code, key, vars, extra) => apiError(code, t(key, vars), extra),
  });
  if (spec.audit === "export" && user && response.status === 200) await recordExport(user, spec.path, { params: params?.data, query: query?.data });
  return response;
}

/** The query string as an object; a repeated parameter becomes a list. */
function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}
