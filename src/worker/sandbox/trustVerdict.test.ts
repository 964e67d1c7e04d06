import { describe, expect, it } from "vitest";
import { parseRule } from "../../rules/parseRule.ts";
import { lifeLike } from "../../rules/Rule.ts";
import type { UserRuleVerdict } from "../../userRule/index.ts";
import { trustVerdict } from "./trustVerdict.ts";

describe("trustVerdict", () => {
  it("keeps a compiled Life-like rule, read back from its rulestring", () => {
    const rule = lifeLike(0b1001000, 0b1100);
    const trusted = trustVerdict({ form: "coroutine", states: 2, rule });
    expect(trusted.rule).toEqual(rule);
    expect(trusted.rule).not.toBe(rule);
  });

  it("turns a made-up table into the rule its rulestring reads back as: a real table", () => {
    const forged = { family: "life", neighbourhood: "moore", notation: "map", table: "no" };
    const trusted = trustVerdict({ form: "coroutine", states: 2, rule: forged } as never);
    const table = trusted.rule && "table" in trusted.rule ? trusted.rule.table : undefined;
    expect(table).toBeInstanceOf(Uint8Array);
    expect(table?.length).toBe(512);
  });

  it("keeps a rule that runs on the interpreter with its reason", () => {
    expect(trustVerdict({ form: "gameLogic", states: 3, reason: "it announces state 2" })).toEqual({
      form: "gameLogic",
      states: 3,
      reason: "it announces state 2",
    });
  });

  it.each([
    [
      "a rule of another family",
      { form: "coroutine", states: 2, rule: parseRule("R2,C0,M0,S6..9,B7..8,NM").rule },
    ],
    ["too many states", { form: "coroutine", states: 100000, reason: "x" }],
    ["an unknown form", { form: "eval", states: 2, reason: "x" }],
  ])("refuses %s", (_, verdict) => {
    expect(() => trustVerdict(verdict as unknown as UserRuleVerdict)).toThrow(RangeError);
  });
});
