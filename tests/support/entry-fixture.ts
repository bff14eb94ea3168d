// A self-contained corner of the database for data-entry tests: a made-up city with two counties,
// one department reporting a RATE, a FLOW and a STOCK indicator there, a target, last quarter's
// approved figures and users. Codes carry a tag so that several fixtures never collide, and the
// demo figures other tests rely on are never touched.
import type { DbWriter } from "@/lib/db-client";
import { loadSessionUser } from "@/lib/data/session-users";
import type { SessionUser } from "@/lib/auth/session-user";

export interface EntryFixture {
  tag: string;
  city: { id: number; code: string };
  county1: { id: number; code: string };
  county2: { id: number; code: string };
  department: { id: number; code: string; name: string };
  otherDepartment: { id: number; code: string };
  rate: { id: number; code: string };
  flow: { id: number; code: string };
  stock: { id: number; code: string };
  rateTargetId: number;
  users: { dept: SessionUser; dept2: SessionUser; countyDept: SessionUser; office: SessionUser; otherDept: SessionUser; viewer: SessionUser };
}

/** `n` (1–89) picks the made-up city's division code 9n0000. */
export async function createEntryFixture(db: DbWriter, n: number): Promise<EntryFixture> {
  const tag = `T${n}`;
  const root = await db.region.findUniqueOrThrow({ where: { code: "000000" } });
  const cityCode = `9${String(n).padStart(2, "0")}000`;
  const region = async (code: string, name: string, parentId: number, parentPath: string, level: "CITY" | "COUNTY") =>
    db.region.create({ data: { code, name, nameEn: name, level, parentId, path: `${parentPath}${code}/`, sortOrder: Number(code) } });
  const city = await region(cityCode, `测试市${tag}`, root.id, root.path, "CITY");
  const county1 = await region(cityCode.slice(0, 4) + "01", `测试一县${tag}`, city.id, city.path, "COUNTY");
  const county2 = await region(cityCode.slice(0, 4) + "02", `测试二县${tag}`, city.id, city.path, "COUNTY");
  const department = await db.department.create({ data: { code: `${tag}_DEPT`, name: `测试局${tag}`, shortName: "测试" } });
  const otherDepartment = await db.department.create({ data: { code: `${tag}_OTHER`, name: `另一局${tag}`, shortName: "另一" } });
  const indicator = (code: string, kind: "RATE" | "FLOW" | "STOCK", unit: string, decimals: number) =>
    db.indicator.create({ data: { code: `${tag}_${code}`, name: `${code}指标${tag}`, unit, kind, decimals } });
  const rate = await indicator("RATE", "RATE", "%", 1);
  const flow = await indicator("FLOW", "FLOW", "个", 0);
  const stock = await indicator("STOCK", "STOCK", "亿元", 2);

  const plan = await db.plan.create({
    data: { title: `测试规划${tag}`, issuingRegionId: city.id, periodStart: new Date("2017-07-01"), deadline: new Date("2020-12-31") },
  });
  const target = await db.target.create({
    data: { planId: plan.id, indicatorId: rate.id, regionId: county1.id, comparator: "GTE", targetValue: 95, baselineValue: 90, baselinePeriod: "2016", deadlineYear: 2020 },
  });
  for (const ind of [rate, flow, stock]) {
    for (const reg of [city, county1, county2]) {
      await db.responsibility.create({ data: { departmentId: department.id, indicatorId: ind.id, regionId: reg.id } });
    }
  }
  // Last quarter, approved: the rate on track, the flow and stock levels to compare jumps with.
  const approved = { year: 2020, quarter: 2, status: "APPROVED" as const, departmentId: department.id };
  await db.figure.createMany({
    data: [
      { ...approved, indicatorId: rate.id, regionId: county1.id, numerator: 94, denominator: 100, value: 94 },
      { ...approved, indicatorId: flow.id, regionId: county1.id, value: 4 },
      { ...approved, indicatorId: stock.id, regionId: county1.id, value: 10 },
    ],
  });

  const user = async (suffix: string, role: "DEPARTMENT" | "OFFICE" | "VIEWER", scopeRegionId: number, departmentId: number | null) => {
    const row = await db.user.create({
      data: { username: `${tag.toLowerCase()}-${suffix}`, name: `${suffix}${tag}`, role, scopeRegionId, departmentId, passwordHash: "x" },
    });
    const session = await loadSessionUser(row.id);
    if (!session) throw new Error("fixture user missing");
    return session;
  };
  const users = {
    dept: await user("dept", "DEPARTMENT", city.id, department.id),
    dept2: await user("dept2", "DEPARTMENT", city.id, department.id),
    countyDept: await user("county", "DEPARTMENT", county2.id, department.id),
    office: await user("office", "OFFICE", city.id, null),
    otherDept: await user("other", "DEPARTMENT", city.id, otherDepartment.id),
    viewer: await user("viewer", "VIEWER", city.id, null),
  };
  const pick = <T extends { id: number; code: string }>(r: T) => ({ id: r.id, code: r.code });
  return {
    tag,
    city: pick(city),
    county1: pick(county1),
    county2: pick(county2),
    department: { ...pick(department), name: department.name },
    otherDepartment: pick(otherDepartment),
    rate: pick(rate),
    flow: pick(flow),
    stock: pick(stock),
    rateTargetId: target.id,
    users,
  };
}
