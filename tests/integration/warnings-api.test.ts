// GET /api/v1/warnings through its real handler: the cards of a region and the regions below it with
// their tasks, in the declared shape; 400 for a malformed code, 401 without a caller, 404 out of scope.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/warnings/route";
import { warningsRoute } from "@/app/api/v1/warnings/schema";
import { db } from "@/lib/db";
import { apiErrorSchema } from "@/lib/http/errors";
import { callRoute, createRoleTokens, type Handler } from "../support/api-callers";

// No signed-in session in these calls: a caller is an API token or nobody.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null, getReadySessionUser: async () => null, requireUser: async () => null }));

let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
const handler = GET as Handler;

beforeAll(async () => {
  tokens = await createRoleTokens("warnings-api");
});

afterAll(async () => {
  await tokens.remove();
});

describe("GET /api/v1/warnings", () => {
  it("answers the leadership with the city's and the counties' cards and their tasks", async () => {
    const county = await db.region.findUniqueOrThrow({ where: { code: "450621" } });
    const response = await callRoute(handler, warningsRoute, { token: tokens.secrets.LEADERSHIP, query: "region=450600&status=open" });
    expect(response.status).toBe(200);
    const body = warningsRoute.response.schema.parse(await response.json());
    expect(body.region.code).toBe("450600");
    const codes = new Set(body.cards.map((c) => c.region.code));
    expect(codes.has("450621")).toBe(true);
    expect(body.cards.every((c) => c.status === "OPEN" || c.status === "LIFT_PROPOSED")).toBe(true);
    const stored = await db.warningCard.count({ where: { regionId: county.id, status: { in: ["OPEN", "LIFT_PROPOSED"] } } });
    expect(body.cards.filter((c) => c.region.code === "450621")).toHaveLength(stored);
  });

  it("gives a county's viewer only its own county, and 404 for a region outside its scope", async () => {
    const own = await callRoute(handler, warningsRoute, { token: tokens.secrets.VIEWER, query: "region=450681" });
    expect(own.status).toBe(200);
    const body = warningsRoute.response.schema.parse(await own.json());
    expect(body.cards.every((c) => c.region.code === "450681")).toBe(true);
    for (const region of ["450621", "450600"]) {
      const response = await callRoute(handler, warningsRoute, { token: tokens.secrets.VIEWER, query: `region=${region}` });
      expect(response.status).toBe(404);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("answers 400 for a malformed region or status and 401 without a caller", async () => {
    const bad = await callRoute(handler, warningsRoute, { token: tokens.secrets.OFFICE, query: "region=45&status=x" });
    expect(bad.status).toBe(400);
    expect(Object.keys(apiErrorSchema.parse(await bad.json()).error.fieldErrors ?? {}).sort()).toEqual(["region", "status"]);
    expect((await callRoute(handler, warningsRoute, { query: "region=450600" })).status).toBe(401);
  });
});
