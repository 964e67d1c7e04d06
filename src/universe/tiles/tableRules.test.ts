import { describe, expect, it } from "vitest";
import { interpretPlane, liveCells } from "../../../tests/support/interpretPlane.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { planeTableRules } from "../../../tests/support/sampleRules.ts";
import { Grid } from "../../engine/Grid.ts";
import { compileRule } from "../../kernels/compileRule.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { createTiledUniverse } from "./createTiledUniverse.ts";

const seed = pickSeed();
const random = createRandom(seed);

const RULES = planeTableRules(random);

describe("the tiled plane runs rules that are not Life-like from their tables", () => {
  const cases = RULES.flatMap(([name, rule]) =>
    (["wasm-table", "bytes"] as const).map((kernel) => [name, kernel, rule] as const),
  );
  it.each(cases)(
    "%s on %s, across tile edges, cell for cell with the interpreter",
    (name, kernel, rule) => {
      const program = cellProgramOf(rule);
      const compiled = compileRule(program);
      if (!compiled || compiled.totalistic) throw new Error("expected a table-only rule");
      const generations = 16;
      const pad = generations + 2;
      const size = 14;
      let grid = new Grid(size + 2 * pad, size + 2 * pad, "plane");
      // Tiles of 8 rows, the pattern astride a corner of four of them.
      const universe = createTiledUniverse(compiled, { tileRows: 8, kernel });
      expect(universe.kernel).toBe(kernel);
      const [ox, oy] = [121, -5];
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          if (random() < 0.4) {
            grid.assign(y + pad, x + pad, 1);
            universe.set(ox + x, oy + y, 1);
          }
        }
      }
      for (let g = 1; g <= generations; g++) {
        grid = interpretPlane(grid, program);
        universe.step(1n);
        const expected = liveCells(grid, ox - pad, oy - pad);
        const where = `seed ${seed} (TEST_SEED=${seed}), ${name}, ${universe.kernel}, generation ${g}`;
        expect(
          [...universe.cells()].map(([x, y]) => [x, y]),
          where,
        ).toEqual(expected);
        expect(universe.population(), where).toBe(BigInt(expected.length));
      }
      universe.dispose();
    },
  );
});
