import { describe, expect, it } from "vitest";
import { toColumn } from "./toColumn.ts";

describe("toColumn", () => {
  it("counts UTF-16 code units one column each in the Basic Multilingual Plane", () => {
    expect(toColumn("abc", 0)).toBe(1);
    expect(toColumn("a\tc", 2)).toBe(3);
    expect(toColumn("éèz", 2)).toBe(3);
  });

  it("counts a surrogate pair as one column", () => {
    expect(toColumn("🙂z", 2)).toBe(2);
    expect(toColumn("a🙂🙂z", 5)).toBe(4);
  });
});
