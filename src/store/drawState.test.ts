import { describe, expect, it } from "vitest";
import { CONWAY, lifeLike, type Rule } from "../rules/Rule.ts";
import { drawStateOf } from "./drawStateOf.ts";
import { blinkerStore } from "./testing/storeFixtures.ts";

const GENERATIONS_8: Rule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };

describe("the draw state", () => {
  it("is 1 at first, and clamped to the rule's last state when drawn with", () => {
    expect(drawStateOf({ rule: CONWAY, drawState: 5 })).toBe(1);
    expect(drawStateOf({ rule: GENERATIONS_8, drawState: 5 })).toBe(5);
    expect(drawStateOf({ rule: GENERATIONS_8, drawState: 200 })).toBe(7);
    expect(drawStateOf({ rule: GENERATIONS_8, drawState: 0 })).toBe(1);
  });

  it("is chosen within the rule's states, and a two-state rule keeps drawing 1", () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    expect(s().drawState).toBe(1);
    // The rule as the page holds it (the worker is not told: nothing is drawn here).
    store.setState({ rule: GENERATIONS_8 });
    s().setDrawState(3);
    expect(s().drawState).toBe(3);
    s().setDrawState(99);
    expect(s().drawState).toBe(7);
    store.setState({ rule: CONWAY });
    expect(drawStateOf(s())).toBe(1);
    s().dispose();
  });
});
