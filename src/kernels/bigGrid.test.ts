import { expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { parseRule } from "../rules/parseRule.ts";
import { compileRule } from "./compileRule.ts";
import { createStepper } from "./createStepper.ts";
import { findMismatch } from "./findMismatch.ts";

// Conway's Life on a 1000x700 torus: rows that end mid-word and mid-vector, bands many 64 KiB
// blocks tall, soups that keep changing across every seam. The interpreter costs about a
// microsecond per cell per tick, so it checks all three kernels for the first 4 generations;
// the bit kernels are then held to the byte kernel (itself checked against the interpreter
// here and on every rule in kernels.test.ts) for 50 more, which is what ran slowly before
// (about 60 s of interpreter for 50 generations at this size).
it("runs B3/S23 on a 1000x700 torus like the interpreter, and the bit kernels like the byte kernel for 50 generations", () => {
  const [width, height, topology] = [1000, 700, "torus"] as const;
  const seed = pickSeed();
  const random = createRandom(seed);
  const program = cellProgramOf(parseRule("B3/S23").rule);
  const compiled = compileRule(program);
  if (!compiled) throw new Error("B3/S23 did not compile");
  const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
  const steppers = (["bytes", "bits", "wasm"] as const).map((kind) =>
    createStepper({ width, height, topology, compiled, kind, cells }),
  );
  expect(steppers.map((s) => s.kind)).toEqual(["bytes", "bits", "wasm"]);
  const context = `seed ${seed} (TEST_SEED=${seed}), B3/S23, ${topology} ${width}x${height}`;
  expect(JSON.stringify(findMismatch(steppers, program, 4)) ?? "none", context).toBe("none");

  const [bytes, ...bitKernels] = steppers as [(typeof steppers)[0], ...typeof steppers];
  for (let generation = 5; generation <= 54; generation++) {
    for (const stepper of steppers) stepper.step();
    const expected = bytes.getCells();
    for (const stepper of bitKernels) {
      const actual = stepper.getCells();
      const at = actual.findIndex((value, i) => value !== expected[i]);
      expect(at, `${context}: ${stepper.kind} at generation ${generation}`).toBe(-1);
    }
  }
});
