import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid } from "../../engine/Grid.ts";
import type { GameLogic } from "../../engine/protocol.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { createStepper } from "../../kernels/createStepper.ts";
import type { StepperKind } from "../../kernels/Stepper.ts";
import { densityPixels } from "../pictureOfCells.ts";
import { checkTwoState } from "../refuseBirthOnZero.ts";
import type {
  CellRect,
  DensityPicture,
  Space,
  State,
  Universe,
  UniverseSnapshot,
} from "../Universe.ts";

type BoundedSpace = Extract<Space, { kind: "torus" | "plane" }>;

interface BoundedSnapshot extends UniverseSnapshot {
  readonly bytes: Uint8Array;
}

/** What runs a bounded grid: a fast kernel compiled from the coroutine, or the interpreter. */
export type BoundedEngine =
  | { readonly kind: "fast"; readonly kernel?: StepperKind | "auto" }
  | { readonly kind: "coroutine"; readonly gameLogic: GameLogic };

/**
 * A torus or bounded plane of width x height cells as a `Universe`, on the bounded grid's
 * engines: the fast kernels (`createStepper`) or the coroutine interpreter (`CoroutineEngine`).
 * The cells cross to the engine a byte per cell, and are read back only when asked for, so a
 * run of steps costs no copies.
 */
export function createBoundedUniverse(
  space: BoundedSpace,
  rule: CompiledRule,
  engine: BoundedEngine,
): Universe {
  const { width, height, kind: topology } = space;
  let generation = 0n;
  /** The cells as the page last read or edited them; null when the engine holds newer ones. */
  let bytes: Uint8Array | null = new Uint8Array(width * height);
  let dirty = false;

  const interpreter =
    engine.kind === "coroutine"
      ? new CoroutineEngine(new Grid(height, width, topology), engine.gameLogic)
      : undefined;
  const stepper =
    engine.kind === "fast"
      ? createStepper({ width, height, topology, compiled: rule, kind: engine.kernel ?? "auto" })
      : undefined;

  const read = (): Uint8Array => {
    if (!bytes)
      bytes = interpreter
        ? interpreter.grid.cells.slice()
        : (stepper?.getCells() ?? new Uint8Array(0));
    return bytes;
  };
  const write = () => {
    if (!dirty || !bytes) return;
    if (interpreter) interpreter.grid.cells.set(bytes);
    else stepper?.setCells(bytes);
    dirty = false;
  };
  /** The index of (x, y) under the topology, or -1 off a plane. */
  const indexOf = (x: number, y: number): number => {
    if (x >= 0 && x < width && y >= 0 && y < height) return y * width + x;
    if (topology === "plane") return -1;
    return (((y % height) + height) % height) * width + (((x % width) + width) % width);
  };

  function* cells(rect?: CellRect): Generator<readonly [number, number, State]> {
    const all = read();
    const x0 = Math.max(0, rect?.x ?? 0);
    const y0 = Math.max(0, rect?.y ?? 0);
    const x1 = Math.min(width, rect ? rect.x + rect.width : width);
    const y1 = Math.min(height, rect ? rect.y + rect.height : height);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const state = all[y * width + x] as number;
        if (state !== 0) yield [x, y, state];
      }
    }
  }

  return {
    space,
    engine: engine.kind,
    ...(stepper && { kernel: stepper.kind }),
    rule,
    get generation() {
      return generation;
    },
    population() {
      if (!bytes && stepper) return BigInt(stepper.population());
      let count = 0;
      for (const state of read()) if (state !== 0) count++;
      return BigInt(count);
    },
    bounds() {
      const all = read();
      let x0 = width;
      let x1 = -1;
      let y0 = height;
      let y1 = -1;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (all[y * width + x] === 0) continue;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          y1 = y;
        }
      }
      return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
    },
    get(x, y) {
      const index = indexOf(x, y);
      return index < 0 ? 0 : (read()[index] as number);
    },
    set(x, y, state) {
      checkTwoState(state);
      const index = indexOf(x, y);
      if (index < 0) return;
      read()[index] = state;
      dirty = true;
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      write();
      let left = generations;
      while (left > 0n) {
        const chunk = left > 1_000_000n ? 1_000_000 : Number(left);
        if (interpreter) interpreter.step(chunk);
        else stepper?.step(chunk);
        left -= BigInt(chunk);
      }
      if (generations > 0n) bytes = null;
      generation += generations;
    },
    picture(rect, scale): DensityPicture {
      const side = 2 ** scale;
      const pictureWidth = Math.ceil(rect.width / side);
      const pictureHeight = Math.ceil(rect.height / side);
      const counts = new Float64Array(pictureWidth * pictureHeight);
      for (const [x, y] of cells(rect)) {
        const i = Math.floor((y - rect.y) / side) * pictureWidth + Math.floor((x - rect.x) / side);
        counts[i] = (counts[i] as number) + 1;
      }
      return {
        x: rect.x,
        y: rect.y,
        scale,
        width: pictureWidth,
        height: pictureHeight,
        pixels: densityPixels(counts, side * side),
      };
    },
    cells,
    snapshot(): BoundedSnapshot {
      const copy = read().slice();
      let count = 0;
      for (const state of copy) if (state !== 0) count++;
      return { engine: engine.kind, generation, population: BigInt(count), bytes: copy };
    },
    restore(snapshot) {
      const saved = snapshot as BoundedSnapshot;
      if (!(saved.bytes instanceof Uint8Array) || saved.bytes.length !== width * height) {
        throw new TypeError("this snapshot was not taken of a grid of this size");
      }
      bytes = saved.bytes.slice();
      dirty = true;
      generation = saved.generation;
    },
    dispose() {
      stepper?.dispose();
    },
  };
}
