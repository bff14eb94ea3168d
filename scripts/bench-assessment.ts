// `npm run bench:assessment`: times the year's assessment on the synthetic province (make it with
// `DATABASE_URL=file:./tests/.tmp/province.db npm run -s db:seed -- --scale province`), which has no
// scheme: it stores one scheme with every rule kind for each city and one for the province, times
// getAssessmentYear for all 14 cities (110 counties) and for the province (14 cities rolled up from
// the counties), prints the times (wall and CPU: on a shared machine the wall time mostly measures
// the load), and removes the schemes again. Asserts nothing.
//   DATABASE_URL=file:./tests/.tmp/province.db npm run -s bench:assessment
import os from "node:os";
import type { AssessmentSchemeInput } from "@/lib/validations/assessment";

const YEAR = 2025;

const scheme: AssessmentSchemeInput = {
  name: "基准测试考核方案",
  groups: [
    {
      code: "TARGETS",
      name: "目标完成",
      points: 60,
      items: [
        { code: "STATUS", name: "状态", points: 10, rule: { kind: "status", indicatorCode: "P_RATE_01" } },
        { code: "SHORTFALL", name: "差距", points: 10, rule: { kind: "shortfall", indicatorCode: "P_RATE_02", deductPerUnit: 1 } },
        { code: "TIERS", name: "档次", points: 10, rule: { kind: "tiers", indicatorCode: "P_RATE_03" } },
        { code: "SHARE_PRODUCT", name: "产品质量目标", points: 10, rule: { kind: "share", area: "产品质量", credited: ["ACHIEVED", "ON_TRACK"] } },
        { code: "SHARE_STANDARDS", name: "标准化目标", points: 10, rule: { kind: "share", area: "标准化" } },
        { code: "GROWTH", name: "增长", points: 10, rule: { kind: "growth", indicatorCode: "P_RATE_04" } },
      ],
    },
    {
      code: "MEASURES",
      name: "措施落实",
      points: 40,
      items: [
        { code: "COUNT", name: "计数", points: 10, rule: { kind: "count", source: { indicatorCode: "P_FLOW_01" }, perItem: 1 } },
        { code: "RANK", name: "排名", points: 10, rule: { kind: "rank", indicatorCode: "P_FLOW_02" } },
        { code: "MANUAL", name: "人工评分", points: 20, rule: { kind: "manual", levels: [1, 0.5, 0] } },
      ],
    },
  ],
  deductions: { cap: 10, items: [{ code: "RED", name: "红牌", points: 4, rule: { kind: "count", source: { counter: "RED_CARDS_OPEN" }, perItem: 2 } }] },
};

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time of this process (every thread: the SQLite driver runs on the main one) since `start`. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function main() {
  const { db } = await import("@/lib/db");
  const { loadSessionUser } = await import("@/lib/data/session-users");
  const { getAssessmentYear } = await import("@/lib/data/assessment/year");
  const { assessmentSchemeSchema } = await import("@/lib/validations/assessment");
  const definition = JSON.stringify(assessmentSchemeSchema.parse(scheme));
  const admin = await loadSessionUser((await db.user.findUniqueOrThrow({ where: { username: "admin" } })).id);
  if (!admin) throw new Error("admin missing");
  const province = await db.region.findFirstOrThrow({ where: { level: "PROVINCE", children: { some: { level: "CITY" } } }, select: { id: true, code: true } });
  const cities = await db.region.findMany({ where: { parentId: province.id }, select: { id: true, code: true } });
  const created: number[] = [];
  try {
    for (const region of [province, ...cities]) {
      const row = await db.assessmentScheme.create({
        data: {
          regionId: region.id,
          year: YEAR,
          name: scheme.name,
          periodStart: new Date(Date.UTC(YEAR, 0, 1)),
          periodEnd: new Date(Date.UTC(YEAR, 11, 31)),
          versions: { create: { version: 1, definition } },
        },
      });
      created.push(row.id);
    }
    for (let run = 1; run <= 2; run += 1) {
      let counties = 0;
      const start = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for (const city of cities) {
        const result = await getAssessmentYear(admin, YEAR, city.code);
        if (!result.ok) throw new Error(`city ${city.code}: ${result.code}`);
        counties += result.data.regions.length;
      }
      const citiesMs = ms(start);
      const citiesCpu = cpuMs(cpu);
      const provinceStart = process.hrtime.bigint();
      const provinceCpu = process.cpuUsage();
      const whole = await getAssessmentYear(admin, YEAR, province.code);
      if (!whole.ok) throw new Error(`province: ${whole.code}`);
      console.log(
        `run ${run}: ${cities.length} cities, ${counties} counties scored in ${citiesMs.toFixed(0)} ms (CPU ${citiesCpu.toFixed(0)} ms); ` +
          `the province (${whole.data.regions.length} cities from their counties) in ${ms(provinceStart).toFixed(0)} ms (CPU ${cpuMs(provinceCpu).toFixed(0)} ms)`,
      );
    }
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores: on a busy machine the wall times exceed the CPU times`);
  } finally {
    await db.assessmentSchemeVersion.deleteMany({ where: { schemeId: { in: created } } });
    await db.assessmentScheme.deleteMany({ where: { id: { in: created } } });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
