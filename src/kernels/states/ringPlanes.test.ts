import { afterEach, describe, expect, it, vi } from "vitest";
import { createRandomWords } from "../../engine/createRandom.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { CONWAY } from "../../rules/Rule.ts";
import { compileStates } from "./compileStates.ts";
import { generationsOf } from "./generationsOf.ts";
import { InterpreterStateStepper } from "./InterpreterStateStepper.ts";
import { RingGenerationsStepper } from "./RingGenerationsStepper.ts";
import type { RingPlanes } from "./RingPlanes.ts";

/** RingPlanes loaded afresh, so that the wasm module is looked for again. */
async function freshRingPlanes(): Promise<typeof RingPlanes> {
  vi.resetModules();
  return (await import("./RingPlanes.ts")).RingPlanes;
}

/** Fills every plane with seeded random words, the ring's planes inside `dying` as a ring's are. */
function fill(planes: RingPlanes, seed: number): void {
  const next = createRandomWords(seed);
  for (const words of [planes.live, planes.prev, planes.dying]) {
    for (let i = 0; i < words.length; i++) words[i] = next();
  }
  for (const plane of planes.ring) {
    for (let i = 0; i < plane.length; i++) plane[i] = next() & (planes.dying[i] as number);
  }
}

function snapshot(planes: RingPlanes): number[][] {
  return [planes.live, planes.prev, planes.dying, ...planes.ring].map((words) => [...words]);
}

describe("the dying cells' step", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  for (const dyingStates of [1, 6]) {
    it(`is the same on SIMD vectors and in JavaScript (${dyingStates} dying states)`, async () => {
      const cases = [
        [37, 0, 37, 1],
        [64, 4, 61, 2],
        [5, 0, 3, 3],
      ] as const;
      const Simd = await freshRingPlanes();
      const simds = cases.map(([words]) => new Simd(words, dyingStates));
      vi.stubGlobal("WebAssembly", undefined);
      const Plain = await freshRingPlanes();
      for (const [c, [words, from, to, seed]] of cases.entries()) {
        const simd = simds[c] as RingPlanes;
        const plain = new Plain(words, dyingStates);
        expect(simd.simd).toBe(true);
        expect(plain.simd).toBe(false);
        fill(simd, seed);
        fill(plain, seed);
        for (let oldest = 0; oldest < dyingStates; oldest++) {
          simd.age(oldest, from, to);
          plain.age(oldest, from, to);
          // The vectors may also step the words after `to` in the last vector: compare the range.
          const range = (all: number[][]) => all.map((plane) => plane.slice(from, to));
          expect(range(snapshot(simd)), `seed ${seed}, oldest ${oldest}`).toEqual(
            range(snapshot(plain)),
          );
        }
      }
    });
  }
});

describe("the Generations ring kernel", () => {
  it("keeps cells set between steps, as the interpreter does", () => {
    const rule = { family: "generations", states: 6, base: CONWAY } as const;
    const program = cellProgramOf(rule);
    const { compiled } = compileStates(program, 6);
    const shape = compiled && generationsOf(compiled);
    if (!shape) throw new Error("B3/S23/C6 is a Generations rule");
    const [width, height] = [45, 19];
    const fast = new RingGenerationsStepper(width, height, "torus", shape);
    const slow = new InterpreterStateStepper(width, height, "torus", program);
    const seed = 2026;
    const next = createRandomWords(seed);
    const cells = Uint8Array.from({ length: width * height }, () => (next() & 3 ? 0 : next() % 6));
    fast.setCells(cells);
    slow.setCells(cells);
    for (let generation = 1; generation <= 20; generation++) {
      const [y, x, state] = [next() % height, next() % width, next() % 6];
      fast.setCell(y, x, state);
      slow.setCell(y, x, state);
      fast.step();
      slow.step();
      expect([...fast.cells()], `seed ${seed}, generation ${generation}`).toEqual([
        ...slow.cells(),
      ]);
    }
    fast.dispose();
  });
});
