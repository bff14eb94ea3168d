// Regions, departments, indicators and responsibilities: duplicates refused, nothing in use deleted,
// every change audited, and OFFICE kept out of master data.
import { describe, expect, it } from "vitest";
import { createDepartment, deleteDepartment, setDepartmentActive, updateDepartment } from "@/lib/data/admin/departments";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/data/admin/indicators";
import { createRegion, deleteRegion, listRegionsForAdmin, updateRegion } from "@/lib/data/admin/regions";
import { createResponsibility, deleteResponsibility } from "@/lib/data/admin/responsibilities";
import { db } from "@/lib/db";
import { departmentSchema } from "@/lib/validations/department";
import { indicatorSchema } from "@/lib/validations/indicator";
import { departmentId, expectFailure, lastAudit, regionId, unwrap, userNamed } from "./helpers";

describe("regions", () => {
  it("creates a township below a county with its path, refuses the same code twice, and audits", async () => {
    const admin = await userNamed("admin");
    const dongxing = await regionId("450681");
    const created = unwrap(await createRegion(admin, { code: "450681101", name: "东兴镇", nameEn: null, level: "TOWNSHIP", parentId: dongxing, sortOrder: 0 }));
    expect(created.path).toBe("/000000/450000/450600/450681/450681101/");
    expect(await lastAudit("Region", created.id)).toMatchObject({ action: "region.create", userId: admin.id });
    expectFailure(await createRegion(admin, { code: "450681101", name: "重复", nameEn: null, level: "TOWNSHIP", parentId: dongxing, sortOrder: 0 }), "DUPLICATE", {
      code: ["admin.errors.duplicate.code"],
    });
    unwrap(await deleteRegion(admin, created.id));
  });

  it("refuses a level that is not below the parent's", async () => {
    const admin = await userNamed("admin");
    expectFailure(await createRegion(admin, { code: "450699", name: "某市", nameEn: null, level: "CITY", parentId: await regionId("450600"), sortOrder: 0 }), "INVALID", {
      level: ["admin.validation.levelBelowParent"],
    });
  });

  it("moves a region with everything below it", async () => {
    const admin = await userNamed("admin");
    const county = unwrap(await createRegion(admin, { code: "450698", name: "测试县", nameEn: null, level: "COUNTY", parentId: await regionId("450600"), sortOrder: 0 }));
    const town = unwrap(await createRegion(admin, { code: "450698001", name: "测试镇", nameEn: null, level: "TOWNSHIP", parentId: county.id, sortOrder: 0 }));
    unwrap(await updateRegion(admin, county.id, { code: "130198", name: "测试县", nameEn: null, level: "COUNTY", parentId: await regionId("130100"), sortOrder: 0 }));
    expect((await db.region.findUniqueOrThrow({ where: { id: town.id } })).path).toBe("/000000/130000/130100/130198/450698001/");
    expectFailure(await updateRegion(admin, county.id, { code: "130198", name: "测试县", nameEn: null, level: "COUNTY", parentId: town.id, sortOrder: 0 }), "INVALID");
    unwrap(await deleteRegion(admin, town.id));
    unwrap(await deleteRegion(admin, county.id));
  });

  it("refuses to delete a region others depend on, saying what depends on it", async () => {
    const admin = await userNamed("admin");
    const result = await deleteRegion(admin, await regionId("450681"));
    expectFailure(result, "IN_USE");
    if (!result.ok) expect(result.params).toMatchObject({ targets: expect.any(Number), users: expect.any(Number), hint: "deactivate" });
  });

  it("keeps OFFICE out of master data", async () => {
    const office = await userNamed("office");
    expectFailure(await createRegion(office, { code: "450697", name: "x", nameEn: null, level: "COUNTY", parentId: await regionId("450600"), sortOrder: 0 }), "FORBIDDEN");
    await expect(listRegionsForAdmin(office)).rejects.toThrow(/FORBIDDEN/);
  });
});

describe("departments", () => {
  it("creates, renames, refuses duplicates, and deletes an unused department", async () => {
    const admin = await userNamed("admin");
    const input = departmentSchema.parse({ code: "czj", name: "财政局", shortName: "财政" });
    expect(input.code).toBe("CZJ");
    const created = unwrap(await createDepartment(admin, input));
    expectFailure(await createDepartment(admin, input), "DUPLICATE", { code: ["admin.errors.duplicate.code"] });
    expectFailure(await updateDepartment(admin, created.id, { ...input, code: "SCJ" }), "DUPLICATE");
    unwrap(await updateDepartment(admin, created.id, { ...input, name: "财政局（改）" }));
    expect(await lastAudit("Department", created.id)).toMatchObject({ action: "department.update" });
    unwrap(await deleteDepartment(admin, created.id));
    expect(await db.department.findUnique({ where: { id: created.id } })).toBeNull();
  });

  it("refuses to delete a department in use but lets it be deactivated", async () => {
    const admin = await userNamed("admin");
    const scj = await departmentId("SCJ");
    const result = await deleteDepartment(admin, scj);
    expectFailure(result, "IN_USE");
    if (!result.ok) expect(Object.keys(result.params ?? {})).toEqual(expect.arrayContaining(["leadTargets", "users", "hint"]));
    unwrap(await setDepartmentActive(admin, scj, false));
    unwrap(await setDepartmentActive(admin, scj, true));
    expect(await lastAudit("Department", scj)).toMatchObject({ action: "department.activate" });
  });
});

describe("indicators", () => {
  it("lets OFFICE create indicators, refuses duplicate codes, and fixes the kind once figures exist", async () => {
    const office = await userNamed("office");
    const input = indicatorSchema.parse({ code: "test_ind_1", name: "测试指标", unit: "%", kind: "RATE", direction: "HIGHER_IS_BETTER", decimals: "1" });
    const created = unwrap(await createIndicator(office, input));
    expectFailure(await createIndicator(office, input), "DUPLICATE");
    unwrap(await deleteIndicator(office, created.id));

    const withFigures = await db.indicator.findFirstOrThrow({ where: { figures: { some: {} }, kind: "RATE" } });
    expectFailure(await updateIndicator(office, withFigures.id, { ...withFigures, kind: "STOCK" }), "INVALID", { kind: ["admin.validation.kindFixed"] });
    expectFailure(await deleteIndicator(office, withFigures.id), "IN_USE");
  });
});

describe("responsibilities", () => {
  it("creates one, refuses the same twice, refuses regions outside scope, deletes it", async () => {
    const admin = await userNamed("admin");
    const indicator = await db.indicator.findFirstOrThrow({ where: { code: { startsWith: "HB_" } } });
    const input = { departmentId: await departmentId("TJ"), indicatorId: indicator.id, regionId: await regionId("130100") };
    const created = unwrap(await createResponsibility(admin, input));
    expectFailure(await createResponsibility(admin, input), "DUPLICATE");
    unwrap(await deleteResponsibility(admin, created.id));
    expect(await lastAudit("Responsibility", created.id)).toMatchObject({ action: "responsibility.delete" });
  });
});
