// Department markers apply to every target of their paragraph.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";

describe("department markers", () => {
  it("applies a 牵头单位/配合单位 marker at the end of a paragraph to all its targets", () => {
    const text = [
      "1.提升产品质量。到2020年,产品抽查合格率达到95%以上;食品抽检合格率达97%以上。(牵头单位:市质监局、市发展改革委;配合单位:市农业局、市商务局)",
      "2.提升工程质量。工程一次验收合格率达到100%。(责任单位:市住建局)",
    ].join("\n");
    const found = extractTargets(text);
    expect(found.map((t) => [t.value, t.leadDepartments, t.supportDepartments])).toEqual([
      [95, ["市质监局", "市发展改革委"], ["市农业局", "市商务局"]],
      [97, ["市质监局", "市发展改革委"], ["市农业局", "市商务局"]],
      [100, ["市住建局"], []],
    ]);
  });

  it("does not extract numbers from inside the marker", () => {
    const found = extractTargets("新增名牌产品10个。(牵头单位:市质监局;配合单位:各县(市、区)人民政府)");
    expect(found).toHaveLength(1);
    expect(found[0]?.supportDepartments).toEqual(["各县(市、区)人民政府"]);
  });

  it("reads 'A牵头,B参加' and 'A、B按职责分工负责'", () => {
    expect(extractTargets("新增地方标准5项。(县质监局牵头,县有关部门参加)")[0]).toMatchObject({
      leadDepartments: ["县质监局"],
      supportDepartments: ["县有关部门"],
    });
    expect(extractTargets("新增地方标准5项。(县质监局、县农业局等按职责分工负责)")[0]).toMatchObject({
      leadDepartments: ["县质监局", "县农业局"],
      supportDepartments: [],
    });
  });

  it("reads a traditional-script marker wrapped over two lines", () => {
    const text = "新增地方標準5項。(省質監局、省發展改革委、省商務廳按\n職責分工負責)";
    expect(extractTargets(text)[0]).toMatchObject({
      leadDepartments: ["省質監局", "省發展改革委", "省商務廳"],
      supportDepartments: [],
    });
    expect(extractTargets("新增地方標準5項。(牽頭單位:省質監局;配合單位:省統計局)")[0]).toMatchObject({
      leadDepartments: ["省質監局"],
      supportDepartments: ["省統計局"],
    });
  });

  it("applies a marker on its own line to the paragraph above", () => {
    const text = "到2020年,新增省级名牌8个,服务业满意度达到85%以上。\n责任单位:县市场监管局、县文旅局\n下一段没有目标。";
    const found = extractTargets(text);
    expect(found.map((t) => t.leadDepartments)).toEqual([
      ["县市场监管局", "县文旅局"],
      ["县市场监管局", "县文旅局"],
    ]);
  });

  it("does not leak a marker into other paragraphs, and ignores parentheses that are not markers", () => {
    const text = "各县(市、区)新增示范区2个。\n新增名牌产品10个。(责任单位:市质监局)";
    const [first, second] = extractTargets(text);
    expect(first?.leadDepartments).toEqual([]);
    expect(second?.leadDepartments).toEqual(["市质监局"]);
  });
});
