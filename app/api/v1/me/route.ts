// GET /api/v1/me: who the caller is (session or API token) — lets another system check its token.
import { NextResponse } from "next/server";
import { getRequestUser } from "@/lib/auth/request-user";
import { unauthorized } from "@/lib/http";

export async function GET(request: Request) {
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  return NextResponse.json({
    name: user.name,
    role: user.role,
    scope: { code: user.scopeRegionCode, name: user.scopeRegionName },
    department: user.departmentName,
  });
}
