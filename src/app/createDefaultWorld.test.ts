import { describe, expect, it } from "vitest";
import { createStepper } from "../kernels/index.ts";
import { parseRule } from "../rules/index.ts";
import { compileRuleOf } from "../universe/compileRuleOf.ts";
import { createDefaultWorld } from "./createDefaultWorld.ts";

describe("createDefaultWorld", () => {
  it("settles into an exact cycle: the gun's gliders are eaten and the ships never collide", () => {
    const world = createDefaultWorld();
    const compiled = compileRuleOf(parseRule("B3/S23").rule);
    if (!compiled) throw new Error("Life must compile");
    const stepper = createStepper({
      ...world,
      topology: "torus",
      compiled,
      kind: "bits",
      cells: world.cells,
    });
    // The gun has period 30; the c/2 ships lap the 120-wide torus in 240 generations.
    stepper.step(600);
    const settled = stepper.getCells();
    stepper.step(240);
    expect(stepper.getCells()).toEqual(settled);
    expect(stepper.population()).toBeGreaterThan(36 + 7 + 9 + 11 + 13);
  });
});
