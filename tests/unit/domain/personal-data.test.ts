import { describe, expect, it } from "vitest";
import { maskEmail } from "@/lib/domain/personal-data";

describe("maskEmail", () => {
  it("keeps at most two leading characters and the domain, never the whole local part", () => {
    expect(maskEmail("chen.zhiqiang@example.gov.cn")).toBe("ch***@example.gov.cn");
    expect(maskEmail("ab@x.cn")).toBe("a***@x.cn");
    expect(maskEmail("a@x.cn")).toBe("***@x.cn");
    expect(maskEmail("not-an-address")).toBe("***");
    expect(maskEmail(null)).toBeNull();
  });
});
