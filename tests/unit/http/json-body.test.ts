import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_BODY_DEPTH, parseJsonBody } from "@/lib/http/json-body";

describe("parseJsonBody", () => {
  it("counts nesting outside strings only", () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[{{{\\"]]]"}')).toBe(1);
    expect(jsonDepth("12")).toBe(0);
  });

  it("refuses a body nested deeper than the limit, whatever the stack could take", () => {
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(parseJsonBody(deep(MAX_BODY_DEPTH))).toBeDefined();
    expect(parseJsonBody(deep(MAX_BODY_DEPTH + 1))).toBeUndefined();
    expect(parseJsonBody(`{"extra":${deep(5000)}}`)).toBeUndefined();
  });

  it("is undefined for text that is not JSON and makes lone surrogates well-formed", () => {
    expect(parseJsonBody("{not json")).toBeUndefined();
    expect(parseJsonBody('{"note":"\\ud800"}')).toEqual({ note: "\ufffd" });
  });
});
