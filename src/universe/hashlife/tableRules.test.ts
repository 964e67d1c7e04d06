import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { planeTableRules } from "../../../tests/support/sampleRules.ts";
import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid } from "../../engine/Grid.ts";
import { compileRule } from "../../kernels/compileRule.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { createHashLife } from "./createHashLife.ts";

const seed = pickSeed();
const random = createRandom(seed);

const RULES = planeTableRules(random, 2);

describe("HashLife runs rules that are not Life-like from their tables", () => {
  it.each(RULES)(
    "%s, cell for cell with the coroutine interpreter at steps of 1 and 2^3",
    (name, rule) => {
      const program = cellProgramOf(rule);
      const compiled = compileRule(program);
      if (!compiled || compiled.totalistic) throw new Error("expected a table-only rule");
      const plan = [1, 1, 1, 1, 8, 8, 8];
      const total = plan.reduce((a, b) => a + b);
      // A margin the pattern cannot cross in the generations run: the bounded plane is the
      // infinite one.
      const pad = total + 1;
      const size = 12;
      const side = size + 2 * pad;
      const grid = new Grid(side, side, "plane");
      const universe = createHashLife(compiled);
      const [ox, oy] = [-37, 21];
      for (let j = 0; j < size; j++) {
        for (let i = 0; i < size; i++) {
          if (random() < 0.4) {
            grid.assign(pad + j, pad + i, 1);
            universe.set(ox + i, oy + j, 1);
          }
        }
      }
      const engine = new CoroutineEngine(grid, program);
      for (const step of plan) {
        engine.step(step);
        universe.step(BigInt(step));
        const expected: string[] = [];
        for (let j = 0; j < side; j++) {
          for (let i = 0; i < side; i++) {
            if (engine.grid.cells[j * side + i]) expected.push(`${ox + i - pad},${oy + j - pad}`);
          }
        }
        const where = `seed ${seed} (TEST_SEED=${seed}), ${name}, generation ${engine.generation}`;
        expect(
          [...universe.cells()].map(([x, y]) => `${x},${y}`),
          where,
        ).toEqual(expected);
        expect(universe.population(), where).toBe(BigInt(expected.length));
      }
    },
  );
});
