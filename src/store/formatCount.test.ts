import { describe, expect, it } from "vitest";
import { formatCount } from "./formatCount.ts";

describe("formatCount", () => {
  it("writes counts exactly with thousands separators, past 2^53", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(-1234567)).toBe("-1,234,567");
    expect(formatCount(2n ** 60n)).toBe("1,152,921,504,606,846,976");
    expect(formatCount(2n ** 53n + 1n)).toBe("9,007,199,254,740,993");
  });
});
