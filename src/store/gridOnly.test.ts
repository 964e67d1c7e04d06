import { describe, expect, it } from "vitest";
import { CONWAY, lifeLike, type Rule } from "../rules/Rule.ts";
import { gridOnlyReason } from "./gridOnly.ts";
import { blinkerStore } from "./testing/storeFixtures.ts";

const GENERATIONS: Rule = { family: "generations", states: 4, base: lifeLike(0b1000, 0b1100) };

describe("rules that run on a bounded grid only", () => {
  it("are B0 rules and rules of more than two states", () => {
    expect(gridOnlyReason(CONWAY)).toBeNull();
    expect(gridOnlyReason(lifeLike(0b1, 0))).toMatch(/B0/);
    expect(gridOnlyReason(GENERATIONS)).toMatch(/more than two states/);
  });

  it("keep a multi-state world off the infinite plane", () => {
    const { store } = blinkerStore();
    store.setState({ rule: GENERATIONS, ruleText: "23/3/4" });
    store.getState().setTopology("infinite");
    expect(store.getState().alert).toBe(
      "23/3/4 cannot run on the infinite plane: only a bounded grid holds cells in more than two states",
    );
    expect(store.getState().world.space.kind).not.toBe("infinite");
    store.getState().dispose();
  });
});
