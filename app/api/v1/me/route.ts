// GET /api/v1/me: who the caller is (session or API token).
import { handle } from "@/lib/http";
import { meRoute } from "./schema";

export const GET = handle(meRoute, async ({ user, json }) =>
  json({
    name: user.name,
    role: user.role,
    scope: { code: user.scopeRegionCode, name: user.scopeRegionName },
    department: user.departmentName,
  }),
);
