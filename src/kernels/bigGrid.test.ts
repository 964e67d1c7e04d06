import { expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { createGameLogic } from "../rules/createGameLogic.ts";
import { parseRule } from "../rules/parseRule.ts";
import { compileGameLogic } from "./compileGameLogic.ts";
import { createStepper } from "./createStepper.ts";
import { findMismatch } from "./findMismatch.ts";

// Conway's Life on a torus: soups keep changing for the 50 generations, across every seam.
// The interpreter needs about 30 s for this grid, so it is the only rule run at this size, in a
// file of its own that runs beside the others; kernels.test.ts covers the rest (B0 planes too).
it("runs B3/S23 on a 1000x700 torus like the interpreter for 50 generations", {
  timeout: 300_000,
}, () => {
  const [width, height, topology] = [1000, 700, "torus"] as const;
  const seed = pickSeed();
  const random = createRandom(seed);
  const gameLogic = createGameLogic(parseRule("B3/S23").rule);
  const compiled = compileGameLogic(gameLogic);
  if (!compiled) throw new Error("B3/S23 did not compile");
  const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
  const steppers = (["bytes", "bits", "wasm"] as const).map((kind) =>
    createStepper({ width, height, topology, compiled, kind, cells }),
  );
  expect(steppers.map((s) => s.kind)).toEqual(["bytes", "bits", "wasm"]);
  expect(
    JSON.stringify(findMismatch(steppers, gameLogic, 50)) ?? "none",
    `seed ${seed} (TEST_SEED=${seed}), B3/S23, ${topology} ${width}x${height}`,
  ).toBe("none");
});
