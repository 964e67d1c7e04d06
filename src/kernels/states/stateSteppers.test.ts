import { describe, expect, it } from "vitest";
import { createRandomWords } from "../../engine/createRandom.ts";
import type { Topology } from "../../engine/Grid.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { CONWAY, type LifeLikeRule, type Rule, stateCount } from "../../rules/Rule.ts";
import type { StateStepper } from "../StateStepper.ts";
import { compileStates } from "./compileStates.ts";
import { createStateStepper } from "./createStateStepper.ts";
import { GenerationsStepper } from "./GenerationsStepper.ts";
import { generationsOf } from "./generationsOf.ts";
import { InterpreterStateStepper } from "./InterpreterStateStepper.ts";

const hex = (base: LifeLikeRule): LifeLikeRule => ({ ...base, neighbourhood: "hexagonal" });
const vonNeumann = (base: LifeLikeRule): LifeLikeRule => ({ ...base, neighbourhood: "vonNeumann" });
const counts = (birth: number[], survival: number[]): LifeLikeRule => ({
  ...CONWAY,
  birth: birth.reduce((mask, n) => mask | (1 << n), 0),
  survival: survival.reduce((mask, n) => mask | (1 << n), 0),
});
const BRIANS_BRAIN = counts([2], []);
const STAR_WARS = counts([2], [3, 4, 5]);

const RULES: readonly [string, Rule][] = [
  ["Brian's Brain /2/3", { family: "generations", states: 3, base: BRIANS_BRAIN }],
  ["Star Wars 345/2/4", { family: "generations", states: 4, base: STAR_WARS }],
  ["B3/S23/C8", { family: "generations", states: 8, base: CONWAY }],
  ["B2/S34H/C256", { family: "generations", states: 256, base: hex(counts([2], [3, 4])) }],
  [
    "B13/S012V/C5",
    { family: "generations", states: 5, base: vonNeumann(counts([1, 3], [0, 1, 2])) },
  ],
  ["LifeHistory", { family: "history", variant: "History", base: CONWAY }],
  ["B2/S34HHistory", { family: "history", variant: "History", base: hex(counts([2], [3, 4])) }],
  ["LifeSuper", { family: "history", variant: "Super", base: CONWAY }],
  ["B36/S23Super", { family: "history", variant: "Super", base: counts([3, 6], [2, 3]) }],
];

/** A soup of every state, each cell empty half the time. */
function soup(width: number, height: number, states: number, seed: number): Uint8Array {
  const next = createRandomWords(seed);
  return Uint8Array.from({ length: width * height }, () => {
    const word = next();
    return word & 1 ? 0 : word & 2 ? 1 : (word >>> 2) % states;
  });
}

function firstDifference(a: StateStepper, b: StateStepper): string | undefined {
  const x = a.cells();
  const y = b.cells();
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i])
      return `cell (${i % a.width}, ${Math.floor(i / a.width)}): ${x[i]} vs ${y[i]}`;
  }
  return undefined;
}

describe("multi-state kernels against the interpreter", () => {
  const sizes: readonly [number, number, Topology][] = [
    [37, 23, "torus"],
    [29, 31, "plane"],
    [1, 7, "torus"],
    [33, 1, "plane"],
  ];
  for (const [name, rule] of RULES) {
    const states = stateCount(rule);
    const program = cellProgramOf(rule);
    const { compiled, reason } = compileStates(program, states);
    it(`${name} compiles`, () => {
      expect(reason).toBeUndefined();
    });
    for (const kernel of ["auto", "table", "bits", "bytes", "counted"] as const) {
      if (kernel !== "auto" && (compiled?.form !== "table" || rule.family !== "generations"))
        continue;
      for (const [width, height, topology] of sizes) {
        it(`${name} on the ${kernel} kernel, ${width}x${height} ${topology}`, () => {
          const seed = (width * 131 + height * 7 + states) >>> 0;
          const cells = soup(width, height, states, seed);
          const shape = compiled && generationsOf(compiled);
          const fast =
            kernel === "counted" && shape
              ? new GenerationsStepper(width, height, topology, shape)
              : createStateStepper({
                  width,
                  height,
                  topology,
                  program,
                  compiled,
                  kernel: kernel === "counted" ? "auto" : kernel,
                });
          const slow = new InterpreterStateStepper(width, height, topology, program);
          fast.setCells(cells);
          slow.setCells(cells);
          for (let generation = 1; generation <= 12; generation++) {
            fast.step();
            slow.step();
            const difference = firstDifference(fast, slow);
            expect(
              difference,
              `${fast.kind}, seed ${seed}, generation ${generation}`,
            ).toBeUndefined();
          }
          fast.dispose();
        });
      }
    }
  }
});
