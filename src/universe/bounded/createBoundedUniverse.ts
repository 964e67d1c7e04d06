import { foldOntoGrid } from "../../engine/foldOntoGrid.ts";
import { packedRowWords } from "../../engine/packRows.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { createStepper } from "../../kernels/createStepper.ts";
import type { StepperKind } from "../../kernels/Stepper.ts";
import { checkTwoState } from "../refuseBirthOnZero.ts";
import { surfaceOfSpace } from "../surfaceOfSpace.ts";
import type { CellRect, DensityPicture, State } from "../Universe.ts";
import type { BoundedSnapshot, BoundedSpace, BoundedUniverse } from "./BoundedUniverse.ts";
import { boundsOfRows } from "./boundsOfRows.ts";
import { cellsOfRows } from "./cellsOfRows.ts";
import type { GridStepper } from "./GridStepper.ts";
import { InterpreterStepper } from "./InterpreterStepper.ts";
import { type PackedRows, rowsOfStepper, rowsOfView, rowsOfWords, signed } from "./PackedRows.ts";
import { pictureOfRows } from "./pictureOfRows.ts";

/** What runs a bounded grid: a fast kernel compiled from the coroutine, or the interpreter. */
export type BoundedEngine =
  | { readonly kind: "fast"; readonly kernel?: StepperKind | "auto" }
  | { readonly kind: "coroutine"; readonly program: CellProgram };

/** A bounded universe's first generation, packed, and its number. */
export interface BoundedStart {
  /** The cells a bit each, as `PackedCells.words` lays them out; copied. */
  readonly words: Uint32Array;
  readonly generation: bigint;
}

/**
 * A torus, bounded plane or other of Golly's surfaces of width x height cells as a `Universe`, on the bounded grid's
 * engines: the fast kernels (`createStepper`) or the coroutine interpreter. The engine holds
 * the cells (in wasm memory for the wasm kernel). Pictures, bounds, cells and `get` read them
 * in place where the kernel keeps them packed (bits, wasm); otherwise they cross packed a bit
 * a cell, only when asked for: a picture of part of the grid reads its rows, a question about
 * most of it reads the whole grid at once and keeps it until the next step or edit. A snapshot
 * keeps the words read back (a bit a cell) and never writes them, so a snapshot of an
 * unchanged world costs nothing and shares its buffer. What `cells` lists is read as it goes:
 * step the universe only after the listing is done.
 */
export function createBoundedUniverse(
  space: BoundedSpace,
  rule: CompiledRule,
  engine: BoundedEngine,
  start?: BoundedStart,
): BoundedUniverse {
  const { width, height } = space;
  const surface = surfaceOfSpace(space);
  const stride = packedRowWords(width);
  const stepper: GridStepper & { readonly kind?: StepperKind } =
    engine.kind === "coroutine"
      ? new InterpreterStepper(width, height, surface, engine.program)
      : createStepper({ width, height, ...surface, compiled: rule, kind: engine.kernel ?? "auto" });
  let generation = 0n;
  /** The current generation packed, when read back since the last step or edit; else null. */
  let known: Uint32Array | null = null;
  /** Whether a snapshot holds `known`, which then must not be written. */
  let shared = false;
  /**
   * A buffer of the grid's size that no snapshot holds, for the next whole read (only kernels
   * without packed rows in place read whole other than for a snapshot).
   */
  let spare: Uint32Array | null = null;
  /** The live cells, when counted since the last step; else null. */
  let count: number | null = 0;

  const checkWords = (words: Uint32Array) => {
    if (!(words instanceof Uint32Array) || words.length !== stride * height) {
      throw new TypeError(
        `a ${width}x${height} grid needs ${stride * height} packed words, got ${words?.length}`,
      );
    }
  };
  /** Forgets the packed copy, keeping its buffer when no snapshot holds it. */
  const forget = () => {
    if (known && !shared) spare = known;
    known = null;
    shared = false;
  };
  /** The current generation packed, read back whole if need be. */
  const whole = (): Uint32Array => {
    if (!known) {
      known = spare ?? new Uint32Array(stride * height);
      spare = null;
      stepper.readRows(signed(known));
    }
    return known;
  };
  /**
   * The rows of the current generation for a question about `rows` of them: in place when the
   * kernel keeps them packed; else the words read back, read whole when most rows are asked for.
   */
  const rowsFor = (rows: number): PackedRows => {
    const view = stepper.packedView();
    if (view) return rowsOfView(view, width, height);
    if (!known && 2 * rows <= height) return rowsOfStepper(stepper, width, height);
    return rowsOfWords(signed(whole()), width, height);
  };
  /** The cell (x, y) stands for on the surface as [x, y], or null off a plane. */
  const place = (x: number, y: number): readonly [number, number] | null => {
    if (x >= 0 && x < width && y >= 0 && y < height) return [x, y];
    const at = foldOntoGrid(surface, width, height, y, x);
    return at < 0 ? null : [at % width, Math.floor(at / width)];
  };
  const cellAt = (x: number, y: number): 0 | 1 => {
    if (!known) return stepper.getCell(y, x) ? 1 : 0;
    return (((known[y * stride + (x >> 5)] as number) >>> (x & 31)) & 1) as 0 | 1;
  };
  const population = (): number => {
    if (count === null) count = stepper.population();
    return count;
  };

  if (start) {
    checkWords(start.words);
    stepper.writeRows(signed(start.words));
    generation = start.generation;
    count = null;
  }

  return {
    space,
    engine: engine.kind,
    ...(stepper.kind && { kernel: stepper.kind }),
    rule,
    get generation() {
      return generation;
    },
    population: () => BigInt(population()),
    bounds: () => boundsOfRows(rowsFor(height)),
    get(x, y) {
      const at = place(x, y);
      return at ? cellAt(at[0], at[1]) : 0;
    },
    set(x, y, state) {
      checkTwoState(state);
      const at = place(x, y);
      if (!at || cellAt(at[0], at[1]) === state) return;
      const [cx, cy] = at;
      stepper.setCell(cy, cx, state === 1);
      if (known && !shared) {
        const i = cy * stride + (cx >> 5);
        const bit = 1 << (cx & 31);
        known[i] = (state ? (known[i] as number) | bit : (known[i] as number) & ~bit) >>> 0;
      } else forget();
      if (count !== null) count += state ? 1 : -1;
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      let left = generations;
      while (left > 0n) {
        const chunk = left > 1_000_000n ? 1_000_000 : Number(left);
        stepper.step(chunk);
        left -= BigInt(chunk);
      }
      if (generations > 0n) {
        forget();
        count = null;
      }
      generation += generations;
    },
    picture(rect: CellRect, scale: number): DensityPicture {
      const side = 2 ** scale;
      const rows = Math.min(height, rect.y + Math.ceil(rect.height / side) * side);
      return pictureOfRows(rowsFor(Math.max(0, rows - Math.max(0, rect.y))), rect, scale);
    },
    cells(rect?: CellRect): Iterable<readonly [number, number, State]> {
      const rows = rect ? Math.min(height, rect.y + rect.height) - Math.max(0, rect.y) : height;
      return cellsOfRows(rowsFor(Math.max(0, rows)), rect);
    },
    snapshot(): BoundedSnapshot {
      const words = whole();
      shared = true;
      return {
        engine: engine.kind,
        generation,
        population: BigInt(population()),
        width,
        height,
        words,
      };
    },
    restore(snapshot) {
      const saved = snapshot as BoundedSnapshot;
      if (saved.width !== width || saved.height !== height) {
        throw new TypeError("this snapshot was not taken of a grid of this size");
      }
      checkWords(saved.words);
      stepper.writeRows(signed(saved.words));
      forget();
      known = saved.words;
      shared = true;
      generation = saved.generation;
      count = Number(saved.population);
    },
    words() {
      if (known) return known.slice();
      const words = new Uint32Array(stride * height);
      stepper.readRows(signed(words));
      return words;
    },
    dispose() {
      stepper.dispose();
    },
  };
}

/**
 * A bounded universe whose first generation is `words`, packed a bit a cell as
 * `PackedCells.words` lays them out (copied into the engine, not kept), numbered `generation`:
 * how autosave, links and Undo load a grid without a pass over (x, y) pairs.
 */
export function boundedUniverseFromWords(
  space: BoundedSpace,
  rule: CompiledRule,
  engine: BoundedEngine,
  words: Uint32Array,
  generation = 0n,
): BoundedUniverse {
  return createBoundedUniverse(space, rule, engine, { words, generation });
}
