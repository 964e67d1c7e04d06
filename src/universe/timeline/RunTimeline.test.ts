import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { parseRule } from "../../rules/index.ts";
import type { Rule } from "../../rules/Rule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import { createUniverse, type EngineChoice } from "../createUniverse.ts";
import { HashLifeUniverse } from "../hashlife/HashLifeUniverse.ts";
import type { Space, Universe } from "../Universe.ts";
import { RunTimeline } from "./RunTimeline.ts";
import type { TimelineLimits } from "./Timeline.ts";

// The run timeline driven as the universe worker drives it (checkpoints at the ends of chunks,
// going back by restoring and stepping forward with pauses at `nextStop`), under seeded random
// sequences of steps, goings-to and edits, against the coroutine interpreter stepped straight
// through each branch: every generation reached has exactly the interpreter's cells.

const seed = pickSeed();

const cellsOf = (universe: Universe) =>
  [...universe.cells()].map(([x, y, s]) => `${x},${y},${s}`).join(" ");

/** The world under test with its timeline, driven as createUniverseHost drives them. */
function driven(universe: Universe, limits: TimelineLimits) {
  const timeline = new RunTimeline(limits);
  const at = () => universe.generation;
  return {
    timeline,
    /** A step of `n` in chunks of random sizes, a checkpoint kept at each chunk's end. */
    step(n: bigint, random: () => number) {
      timeline.keep(universe, at());
      let left = n;
      while (left > 0n) {
        const chunk = BigInt(1 + Math.floor(random() * 5));
        const take = chunk < left ? chunk : left;
        const from = at();
        const seam = timeline.seamWithin(universe, from, from + take);
        if (seam !== null) left -= seam - from;
        else {
          universe.step(take);
          left -= take;
        }
        timeline.keep(universe, at());
      }
    },
    goTo(target: bigint) {
      timeline.keep(universe, at());
      const first = timeline.first(at());
      const to = target < first ? first : target;
      let from = timeline.startFrom(universe, at(), to);
      while (from < to) {
        const stop = timeline.nextStop(from, to);
        universe.step(stop - from);
        from = stop;
        timeline.keep(universe, at());
      }
      return to;
    },
    edit(x: number, y: number, state: number) {
      universe.set(x, y, state);
      timeline.edited(at());
    },
  };
}

/** The interpreter stepped straight through each branch: the cells of every generation on it. */
function reference(space: Space, rule: Rule, start: Universe) {
  let ref = createUniverse({ space, rule, engine: "coroutine" });
  for (const [x, y, s] of start.cells()) ref.set(x, y, s);
  const cells = new Map<bigint, string>([[0n, cellsOf(ref)]]);
  let newest = 0n;
  return {
    cellsAt(generation: bigint): string {
      while (newest < generation) {
        ref.step(1n);
        newest++;
        cells.set(newest, cellsOf(ref));
      }
      return cells.get(generation) as string;
    },
    /** The branch edited at `generation`: its future goes, and it goes on from `edited`. */
    branch(generation: bigint, edited: Universe) {
      for (const g of [...cells.keys()]) if (g > generation) cells.delete(g);
      ref = createUniverse({ space, rule, engine: "coroutine" });
      for (const [x, y, s] of edited.cells()) ref.set(x, y, s);
      ref.step(0n);
      cells.set(generation, cellsOf(ref));
      newest = generation;
    },
  };
}

interface Trial {
  readonly name: string;
  readonly space: Space;
  readonly rule: string;
  readonly engine: EngineChoice;
  readonly states: number;
}

const TRIALS: readonly Trial[] = [
  {
    name: "a torus on the fast kernels",
    space: torus(24, 20),
    rule: "B3/S23",
    engine: "fast",
    states: 2,
  },
  {
    name: "a multi-state torus (Generations)",
    space: torus(20, 16),
    rule: "23/3/3",
    engine: "fast",
    states: 3,
  },
  { name: "HashLife", space: { kind: "infinite" }, rule: "B3/S23", engine: "hashlife", states: 2 },
  { name: "tiles", space: { kind: "infinite" }, rule: "B3/S23", engine: "tiles", states: 2 },
];

function torus(width: number, height: number): Space {
  return { kind: "torus", width, height };
}

describe.each(TRIALS)("the run timeline on $name", (trial) => {
  it(`goes back and forth to exactly the interpreter's cells (seed ${seed})`, () => {
    const random = createRandom(seed);
    const { rule } = parseRule(trial.rule);
    const universe = createUniverse({ space: trial.space, rule, engine: trial.engine });
    for (let y = 0; y < 14; y++) {
      for (let x = 0; x < 14; x++) {
        if (random() < 0.4) universe.set(x, y, 1 + Math.floor(random() * (trial.states - 1)));
      }
    }
    const ref = reference(trial.space, rule, universe);
    // A small cap, so that thinning and recomputing are exercised.
    const limits = { maxCheckpoints: 6, maxBytes: Number.POSITIVE_INFINITY };
    const world = driven(universe, limits);
    for (let op = 0; op < 120; op++) {
      const what = random();
      const context = `seed ${seed}, op ${op}`;
      if (what < 0.4) {
        world.step(BigInt(1 + Math.floor(random() * 12)), random);
      } else if (what < 0.85) {
        const { first, newest } = world.timeline.range(universe.generation);
        const span = Number(newest - first) + 3;
        world.goTo(first - 1n + BigInt(Math.floor(random() * span)));
      } else {
        const x = Math.floor(random() * 14);
        const y = Math.floor(random() * 14);
        world.edit(x, y, random() < 0.5 ? 0 : 1);
        ref.branch(universe.generation, universe);
      }
      expect(cellsOf(universe), context).toBe(ref.cellsAt(universe.generation));
      const { checkpoints } = world.timeline.timeline;
      expect(checkpoints.length, context).toBeLessThanOrEqual(limits.maxCheckpoints);
    }
  });
});

describe("the run timeline's cap", () => {
  it("holds the byte cap on a grid, a bit a cell", () => {
    const { rule } = parseRule("B3/S23");
    const universe = createUniverse({ space: torus(256, 256), rule, engine: "fast" });
    const random = createRandom(seed);
    for (let i = 0; i < 20_000; i++) {
      universe.set(Math.floor(random() * 256), Math.floor(random() * 256), 1);
    }
    // 8 KiB a checkpoint: five fit under 40 KiB.
    const world = driven(universe, { maxCheckpoints: 100, maxBytes: 40 * 1024 });
    world.step(200n, random);
    const { timeline } = world.timeline;
    expect(timeline.checkpoints.length).toBeLessThanOrEqual(5);
    expect(timeline.bytes).toBeLessThanOrEqual(40 * 1024);
    expect(timeline.checkpoints[0]?.bytes).toBeGreaterThanOrEqual(8 * 1024);
  });

  it("gives HashLife's nodes back: a store left over half full by checkpoints halves them", () => {
    const compiled = compileRuleOf(parseRule("B3/S23").rule);
    const universe = new HashLifeUniverse(compiled, 40_000);
    // One soup, known to stay busy for 300 generations (not a random trial).
    const random = createRandom(20261130);
    for (let i = 0; i < 6000; i++) {
      universe.set(Math.floor(random() * 128), Math.floor(random() * 128), 1);
    }
    const start = [...universe.cells()];
    const straight = (generations: bigint) => {
      const reference = new HashLifeUniverse(compiled, 1 << 20);
      for (const [x, y] of start) reference.set(x, y, 1);
      reference.step(generations);
      return cellsOf(reference);
    };
    const world = driven(universe, { maxCheckpoints: 512, maxBytes: 0 });
    // Each generation of a soup is new nodes: kept all, 140 of them fill the store and the step throws.
    for (let g = 0; g < 300; g++) world.step(1n, () => 0);
    expect(universe.store.collections).toBeGreaterThan(0);
    expect(world.timeline.timeline.checkpointLimit).toBeLessThan(512);
    expect(cellsOf(universe)).toBe(straight(300n));
    // Released checkpoints free their nodes at the next collection.
    universe.collect();
    expect(universe.store.nodeCount).toBeLessThanOrEqual(0.5 * universe.maxNodes);
    world.goTo(290n);
    expect(cellsOf(universe)).toBe(straight(290n));
    expect(universe.generation).toBe(290n);
  });
});

describe("a world too big for two checkpoints", () => {
  it("keeps its first only, and an edit starts the timeline again there", () => {
    const { rule } = parseRule("B3/S23");
    const universe = createUniverse({ space: torus(64, 64), rule, engine: "fast" });
    const random = createRandom(seed);
    for (let i = 0; i < 1500; i++)
      universe.set(Math.floor(random() * 64), Math.floor(random() * 64), 1);
    // 512 bytes a checkpoint, a cap of 1000: one fits, two do not.
    const world = driven(universe, { maxCheckpoints: 100, maxBytes: 1000 });
    const taken: bigint[] = [];
    const snapshot = universe.snapshot.bind(universe);
    universe.snapshot = () => {
      taken.push(universe.generation);
      return snapshot();
    };
    world.step(20n, random);
    expect(taken).toEqual([0n]);
    expect(world.timeline.range(20n)).toMatchObject({ first: 0n, newest: 20n, checkpoints: 1 });
    const at20 = cellsOf(universe);
    world.goTo(5n);
    world.goTo(20n);
    expect(cellsOf(universe)).toBe(at20);
    world.edit(3, 3, 1);
    world.step(2n, random);
    expect(world.timeline.range(22n)).toMatchObject({ first: 20n, newest: 22n, checkpoints: 1 });
  });
});

describe("a big grid's run", () => {
  it("keeps a checkpoint every bytes / 4 MiB generations, yet goes back to every one", () => {
    const { rule } = parseRule("B3/S23");
    // 8 MiB a checkpoint: one every 2 generations of a run, chunks of one generation.
    const universe = createUniverse({ space: torus(8192, 8192), rule, engine: "fast" });
    const random = createRandom(seed);
    for (let i = 0; i < 3000; i++) {
      universe.set(Math.floor(random() * 64), Math.floor(random() * 64), 1);
    }
    const world = driven(universe, { maxCheckpoints: 100, maxBytes: 64 * 1024 * 1024 });
    const taken: bigint[] = [];
    const snapshot = universe.snapshot.bind(universe);
    universe.snapshot = () => {
      taken.push(universe.generation);
      return snapshot();
    };
    const cells: string[] = [cellsOf(universe)];
    for (let g = 1; g <= 7; g++) {
      world.step(1n, () => 0);
      cells.push(cellsOf(universe));
    }
    expect(taken).toEqual([0n, 2n, 4n, 6n]);
    expect(world.timeline.range(7n)).toMatchObject({ first: 0n, newest: 7n, checkpoints: 4 });
    // Back one at a time: each recomputed from the checkpoint before it.
    for (let g = 6; g >= 0; g--) {
      world.goTo(BigInt(g));
      expect(cellsOf(universe), `generation ${g}`).toBe(cells[g]);
    }
    world.goTo(7n);
    expect(cellsOf(universe)).toBe(cells[7]);
    universe.dispose();
  });
});
