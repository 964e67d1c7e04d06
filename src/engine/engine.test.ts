import { describe, expect, it } from "vitest";
import { countNeighbors } from "./countNeighbors.ts";
import { Grid } from "./Grid.ts";
import { liveAGeneration } from "./liveAGeneration.ts";
import {
  ALIVE,
  type CellState,
  EMPTY,
  type GameLogic,
  type Query,
  query,
  TICK,
  transition,
} from "./protocol.ts";
import { simulate } from "./simulate.ts";
import { stepCell } from "./stepCell.ts";

/** Conway's rule written out by hand, as the seed does: tests must not depend on src/rules. */
const conway: GameLogic = (state, neighbors) => {
  if (state === ALIVE) return neighbors === 2 || neighbors === 3 ? ALIVE : EMPTY;
  return neighbors === 3 ? ALIVE : EMPTY;
};

function gridFrom(rows: string[], topology: "torus" | "plane" = "torus"): Grid {
  const grid = new Grid(rows.length, rows[0]?.length ?? 0, topology);
  rows.forEach((row, y) => {
    [...row].forEach((c, x) => {
      if (c === "*") grid.assign(y, x, ALIVE);
    });
  });
  return grid;
}

function run(grid: Grid, gameLogic: GameLogic, generations: number): Grid {
  const sim = simulate(grid.height, grid.width, (y, x) => stepCell(y, x, gameLogic));
  let current = grid;
  for (let i = 0; i < generations; i++) current = liveAGeneration(current, sim);
  return current;
}

describe("countNeighbors", () => {
  it("asks for the 8 Moore neighbours, once each, and counts the live ones", () => {
    const it = countNeighbors(10, 5);
    const asked: Query[] = [];
    let step = it.next();
    const answers: CellState[] = [ALIVE, ALIVE, ALIVE, ALIVE, ALIVE, ALIVE, ALIVE, EMPTY];
    for (const answer of answers) {
      if (step.done) throw new Error(`countNeighbors returned after ${asked.length} queries`);
      asked.push(step.value);
      step = it.next(answer);
    }
    expect(step).toEqual({ done: true, value: 7 });
    expect(asked).toEqual([
      query(11, 5),
      query(11, 6),
      query(10, 6),
      query(9, 6),
      query(9, 5),
      query(9, 4),
      query(10, 4),
      query(11, 4),
    ]);
    const offsets = asked.map((q) => `${q.y - 10},${q.x - 5}`).sort();
    expect(offsets).toEqual(["-1,-1", "-1,0", "-1,1", "0,-1", "0,1", "1,-1", "1,0", "1,1"]);
  });

  it("counts every combination of neighbour states", () => {
    for (let mask = 0; mask < 256; mask++) {
      const it = countNeighbors(0, 0);
      let step = it.next();
      for (let bit = 0; bit < 8; bit++) step = it.next(((mask >> bit) & 1) as CellState);
      let expected = 0;
      for (let bit = 0; bit < 8; bit++) expected += (mask >> bit) & 1;
      expect(step, `mask ${mask}`).toEqual({ done: true, value: expected });
    }
  });
});

describe("stepCell", () => {
  it("asks for itself, then its neighbours, then announces its transition", () => {
    const it = stepCell(10, 5, conway);
    expect(it.next().value).toEqual(query(10, 5));
    expect(it.next(ALIVE).value).toEqual(query(11, 5));
    let step = it.next(EMPTY);
    for (let i = 0; i < 7; i++) step = it.next(EMPTY);
    // Alive with no live neighbours: it dies of loneliness.
    expect(step.value).toEqual(transition(10, 5, EMPTY));
    expect(it.next().done).toBe(true);
  });

  it("uses the game logic it is given", () => {
    const alwaysAlive: GameLogic = () => ALIVE;
    const it = stepCell(0, 0, alwaysAlive);
    let step = it.next();
    for (let i = 0; i < 9; i++) step = it.next(EMPTY);
    expect(step.value).toEqual(transition(0, 0, ALIVE));
  });
});

describe("simulate", () => {
  it("steps every cell in row-major order and then yields TICK", () => {
    const sim = simulate(2, 3, (y, x) => stepCell(y, x, conway));
    const transitions = [];
    let step = sim.next();
    while (step.value !== TICK) {
      if (step.value.kind === "transition") transitions.push([step.value.y, step.value.x]);
      step = step.value.kind === "query" ? sim.next(EMPTY) : sim.next();
    }
    expect(transitions).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(sim.next().value).toEqual(query(0, 0));
  });
});

describe("simulate, written out, against the seed's yield* form", () => {
  it("yields the same instructions for the same answers, generation after generation", () => {
    function* seedSimulate(height: number, width: number, gameLogic: GameLogic) {
      while (true) {
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) yield* stepCell(y, x, gameLogic);
        yield TICK;
      }
    }
    const ours = simulate(3, 4, (y, x) => stepCell(y, x, conway));
    const seed = seedSimulate(3, 4, conway);
    let answer = 0;
    let a = ours.next();
    let b = seed.next();
    for (let i = 0; i < 3 * (3 * 4 * 11 + 1); i++) {
      expect(a.value, `instruction ${i}`).toEqual(b.value);
      // Answer queries with a fixed pseudo-random pattern; send nothing after the rest.
      const state = (answer++ * 7) % 3 === 0 ? ALIVE : EMPTY;
      if (a.value.kind === "query") {
        a = ours.next(state);
        b = seed.next(state);
      } else {
        a = ours.next();
        b = seed.next();
      }
    }
  });
});

describe("Grid", () => {
  it("wraps coordinates around on a torus, negative ones included", () => {
    const grid = new Grid(5, 9);
    grid.assign(0, 0, ALIVE);
    expect(grid.query(5, 9)).toBe(ALIVE);
    expect(grid.query(-5, -9)).toBe(ALIVE);
    expect(grid.query(-10, 18)).toBe(ALIVE);
    expect(grid.query(4, 8)).toBe(EMPTY);
    grid.assign(-1, -1, ALIVE);
    expect(grid.query(4, 8)).toBe(ALIVE);
  });

  it("reads outside a bounded plane as empty and drops writes there", () => {
    const grid = new Grid(3, 3, "plane");
    grid.cells.fill(ALIVE);
    expect(grid.query(-1, 0)).toBe(EMPTY);
    expect(grid.query(0, 3)).toBe(EMPTY);
    grid.assign(3, 3, EMPTY);
    expect(grid.population()).toBe(9);
  });

  it("refuses sizes that are not positive whole numbers or absurdly large", () => {
    expect(() => new Grid(0, 5)).toThrow(/positive whole numbers/);
    expect(() => new Grid(2.5, 5)).toThrow(/positive whole numbers/);
    expect(() => new Grid(65536, 65536)).toThrow(/over the limit/);
    expect(() => new Grid(1, 268435456)).toThrow(/over the limit of 16384 cells a side/);
    expect(() => new Grid(20000, 100)).toThrow(/over the limit of 16384 cells a side/);
  });

  it("prints with * and - like the seed", () => {
    expect(gridFrom(["-*-", "*--"]).toString()).toBe("-*-\n*--");
  });
});

describe("liveAGeneration", () => {
  it("keeps a block still", () => {
    const block = gridFrom(["----", "-**-", "-**-", "----"]);
    expect(run(block, conway, 1).toString()).toBe(block.toString());
    expect(run(block, conway, 7).toString()).toBe(block.toString());
  });

  it("flips a blinker with period 2", () => {
    const vertical = gridFrom(["-----", "--*--", "--*--", "--*--", "-----"]);
    const horizontal = gridFrom(["-----", "-----", "-***-", "-----", "-----"]);
    expect(run(vertical, conway, 1).toString()).toBe(horizontal.toString());
    expect(run(vertical, conway, 2).toString()).toBe(vertical.toString());
  });

  it("moves a glider one cell diagonally every 4 generations and brings it home on a torus", () => {
    // The seed's 5x9 example.
    const glider = gridFrom(["---*-----", "----*----", "--***----", "---------", "---------"]);
    const moved = gridFrom(["---------", "----*----", "-----*---", "---***---", "---------"]);
    expect(run(glider, conway, 4).toString()).toBe(moved.toString());
    // Home again after lcm-style laps: 4 generations per diagonal step, 45 = lcm(5, 9) steps.
    expect(run(glider, conway, 4 * 45).toString()).toBe(glider.toString());
    expect(run(glider, conway, 4 * 9).toString()).not.toBe(glider.toString());
  });

  it("lets a glider die against the edge of a bounded plane", () => {
    const glider = gridFrom(["-*---", "--*--", "***--", "-----", "-----"], "plane");
    const after = run(glider, conway, 40);
    // It becomes a block in the corner on a bounded plane, instead of wrapping.
    expect(after.toString()).toBe(["-----", "-----", "-----", "---**", "---**"].join("\n"));
    expect(run(gridFrom(glider.toString().split("\n")), conway, 40).population()).toBe(5);
  });

  it("runs other rules unchanged: HighLife's replicator and Seeds", () => {
    const highLife: GameLogic = (state, n) =>
      (state === ALIVE ? n === 2 || n === 3 : n === 3 || n === 6) ? ALIVE : EMPTY;
    const seeds: GameLogic = (state, n) => (state === EMPTY && n === 2 ? ALIVE : EMPTY);
    const pair = gridFrom(["-----", "-**--", "-----", "-----"]);
    // Seeds: every live cell dies; an empty cell with exactly 2 live neighbours is born.
    expect(run(pair, seeds, 1).toString()).toBe(["-**--", "-----", "-**--", "-----"].join("\n"));
    // B6 makes HighLife differ from Life: a cell with 6 neighbours is born.
    const six = gridFrom(["***", "---", "***"].map((r) => `--${r}--`).concat(["-------"]));
    const life = run(six, conway, 1);
    const high = run(six, highLife, 1);
    expect(high.query(1, 3)).toBe(ALIVE);
    expect(life.query(1, 3)).toBe(EMPTY);
  });

  it("reuses a spare grid as the next generation and refuses to overwrite the one it reads", () => {
    const grid = gridFrom(["---", "***", "---"]);
    const spare = grid.emptyLike();
    const sim = simulate(3, 3, (y, x) => stepCell(y, x, conway));
    expect(liveAGeneration(grid, sim, spare)).toBe(spare);
    expect(() =>
      liveAGeneration(
        grid,
        simulate(3, 3, (y, x) => stepCell(y, x, conway)),
        grid,
      ),
    ).toThrow(/different grid/);
  });
});
