import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { Grid } from "../../engine/Grid.ts";
import type { UserRule } from "../../rules/Rule.ts";
import { USER_RULE_EXAMPLES } from "../../userRule/examples.ts";
import { prepareUserRule, stepUserGrid } from "../../userRule/index.ts";
import { evaluateHere } from "../../userRule/userRuleTestSupport.ts";
import { createSandboxedUniverse } from "./createSandboxedUniverse.ts";
import type { SandboxLink, SandboxStep } from "./createSandboxLink.ts";

const source = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("A larger sphere"))?.source ?? "";
const prepared = prepareUserRule(source, evaluateHere);
const rule: UserRule = { family: "user", source, states: 2, reason: prepared.reason ?? "" };
const space = { kind: "torus", width: 20, height: 16 } as const;

/** A link that steps in this thread as the sandbox would, or answers as `answer` says. */
function linkOf(answer?: (request: SandboxStep) => Promise<Uint8Array>): SandboxLink {
  return {
    attach() {},
    step:
      answer ??
      (async (request) => {
        const grid = new Grid(request.height, request.width, request.surface, request.cells);
        return stepUserGrid(
          grid,
          grid.emptyLike(),
          prepared.program,
          request.states,
          request.generations,
        ).cells;
      }),
  };
}

function seeded() {
  const seed = pickSeed();
  const random = createRandom(seed);
  const universe = createSandboxedUniverse(space, rule, linkOf());
  for (let y = 0; y < space.height; y++) {
    for (let x = 0; x < space.width; x++) if (random() < 0.4) universe.set(x, y, 1);
  }
  return { seed, universe };
}

describe("createSandboxedUniverse", () => {
  it("steps through the sandbox link like the interpreter", async () => {
    const { seed, universe } = seeded();
    const reference = new Grid(space.height, space.width, "torus", universe.bytes());
    await universe.stepAsync(3n);
    const expected = stepUserGrid(reference, reference.emptyLike(), prepared.program, 2, 3);
    expect(universe.bytes(), `seed ${seed}`).toEqual(expected.cells);
    expect(universe.generation).toBe(3n);
  });

  it("keeps its cells and generation when the sandbox refuses a step, or answers cells that are not its grid's", async () => {
    const { universe } = seeded();
    const before = universe.bytes();
    const refusing = createSandboxedUniverse(
      space,
      rule,
      linkOf(() => Promise.reject(new Error("stopped after 0.7 s"))),
    );
    const forging = createSandboxedUniverse(
      space,
      rule,
      linkOf(async () => new Uint8Array(space.width * space.height).fill(7)),
    );
    for (const world of [refusing, forging]) {
      for (const [x, y, state] of universe.cells()) world.set(x, y, state);
      await expect(world.stepAsync(1n)).rejects.toThrow();
      expect(world.bytes()).toEqual(before);
      expect(world.generation).toBe(0n);
    }
  });

  it("drops a step it abandoned", async () => {
    const { universe } = seeded();
    const before = universe.bytes();
    const pending = universe.stepAsync(1n);
    universe.abandon();
    await pending;
    expect(universe.bytes()).toEqual(before);
    expect(universe.generation).toBe(0n);
  });
});
