// GET /api/health: 200 {"status":"ok"} once the database answers, 503 with a reason otherwise.
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  if (result.ok) return NextResponse.json({ status: "ok" });
  return NextResponse.json({ status: "unavailable", reason: `database: ${result.reason}` }, { status: 503 });
}
