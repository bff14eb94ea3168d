import { describe, expect, it } from "vitest";
import { countByStatus, countStatusesPerArea, type AreaStatusGroup } from "@/lib/domain";

const area = (name: string, sortOrder: number, nameEn: string | null = null) => ({ name, nameEn, sortOrder });

describe("status counts per area", () => {
  it("lists areas by sortOrder, then name, and targets without an area last", () => {
    const groups: AreaStatusGroup[] = [
      { area: null, status: "NO_DATA", targets: 2 },
      { area: area("食品安全", 3), status: "ON_TRACK", targets: 1 },
      { area: area("质量提升", 1), status: "AT_RISK", targets: 4 },
      { area: area("标准化", 2), status: "MISSED", targets: 1 },
      { area: area("计量", 2), status: "ACHIEVED", targets: 5 },
    ];
    expect(countStatusesPerArea(groups).map((a) => a.name)).toEqual(["质量提升", "标准化", "计量", "食品安全", "—"]);
    // Equal sortOrder: by name in Chinese collation (biāo before jì), whatever the input order.
    expect(countStatusesPerArea([...groups].reverse()).map((a) => a.name)).toEqual(["质量提升", "标准化", "计量", "食品安全", "—"]);
  });

  it("merges areas of the same name from several plans at the lowest sortOrder", () => {
    const result = countStatusesPerArea([
      { area: area("质量提升", 5), status: "AT_RISK", targets: 1 },
      { area: area("标准化", 2), status: "ON_TRACK", targets: 1 },
      { area: area("质量提升", 1, "Quality"), status: "AT_RISK", targets: 2 },
      { area: area("质量提升", 1), status: "MISSED", targets: 1 },
    ]);
    expect(result).toEqual([
      { name: "质量提升", nameEn: "Quality", counts: { ...countByStatus([]), AT_RISK: 3, MISSED: 1 } },
      { name: "标准化", nameEn: null, counts: { ...countByStatus([]), ON_TRACK: 1 } },
    ]);
  });
});
