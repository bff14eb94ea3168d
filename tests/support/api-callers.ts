// Calls the real API route handlers as a test would: each declared route's handler found from its
// path (app/api/routes.ts), and API tokens for the demo accounts of every role.
import path from "node:path";
import { API_ROUTES } from "@/app/api/routes";
import { hashToken } from "@/lib/data/token-users";
import { db } from "@/lib/db";
import type { RouteSpec } from "@/lib/http/spec";
import type { Role } from "@/lib/auth/session-user";

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const root = path.resolve(import.meta.dirname, "../..");

/** The file of a declared route: "/api/v1/regions/{code}/scorecard" → app/api/v1/regions/[code]/scorecard/route.ts. */
export function routeFile(spec: RouteSpec): string {
  return path.join(root, "app", spec.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

/** Each declared route with its real handler for the declared method. */
export async function loadHandlers(): Promise<{ spec: RouteSpec; handler: Handler }[]> {
  return Promise.all(
    API_ROUTES.map(async (spec) => {
      const routeModule = (await import(routeFile(spec))) as Record<string, Handler | undefined>;
      const handler = routeModule[spec.method];
      if (!handler) throw new Error(`${spec.method} ${spec.path}: no handler in ${routeFile(spec)}`);
      return { spec, handler };
    }),
  );
}

/** The path parameter names of a route: "/api/v1/reports/{file}" → ["file"]. */
export function pathParams(spec: RouteSpec): string[] {
  return [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}

/** The demo account of each role (README, "Demo accounts"). */
export const DEMO_ACCOUNT: Record<Role, string> = { ADMIN: "admin", OFFICE: "office", LEADERSHIP: "leader", DEPARTMENT: "dept-scj", VIEWER: "viewer-dx" };

/** Creates an API token for each demo account; returns the secrets and a function that removes them. */
export async function createRoleTokens(prefix: string) {
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const ids: number[] = [];
  const secrets = {} as Record<Role, string>;
  for (const [role, username] of Object.entries(DEMO_ACCOUNT) as [Role, string][]) {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    const secret = `${prefix}-${role.toLowerCase()}`;
    const token = await db.apiToken.create({
      data: { name: secret, tokenHash: hashToken(secret), prefix: secret.slice(0, 4), role: user.role, scopeRegionId: user.scopeRegionId, departmentId: user.departmentId, createdById: admin.id },
    });
    ids.push(token.id);
    secrets[role] = secret;
  }
  return { secrets, remove: () => db.apiToken.deleteMany({ where: { id: { in: ids } } }) };
}

export interface CallOptions {
  token?: string;
  params?: Record<string, string>;
  query?: string;
  method?: string;
  body?: BodyInit;
  contentType?: string;
  lang?: string;
}

export function callRoute(handler: Handler, spec: RouteSpec, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { "accept-language": options.lang ?? "zh-CN" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.contentType) headers["content-type"] = options.contentType;
  const urlPath = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(options.params?.[name] ?? "x"));
  const request = new Request(`http://localhost${urlPath}${options.query ? `?${options.query}` : ""}`, { method: options.method ?? spec.method, headers, body: options.body });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

/** A path segment as a client would send it; a lone surrogate cannot be percent-encoded and becomes U+FFFD. */
function pathSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}
