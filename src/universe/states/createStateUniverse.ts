import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { StateStepper } from "../../kernels/StateStepper.ts";
import { countNonZero } from "../../kernels/states/countNonZero.ts";
import type { BoundedSpace } from "../bounded/BoundedUniverse.ts";
import { statePictureOfBytes } from "../statePicture.ts";
import type { CellRect, DensityPicture, EngineName, State } from "../Universe.ts";
import type { StateSnapshot, StateUniverse } from "./StateUniverse.ts";

/** A multi-state universe's first generation and its number. */
export interface StateStart {
  /** The cells a byte each (copied), or a bit each as `PackedCells.words` (set cells are 1). */
  readonly cells: Uint8Array | Uint32Array;
  readonly generation: bigint;
}

/**
 * A torus or bounded plane of a multi-state rule as a `Universe`, on a `StateStepper` (a kernel
 * compiled from the cell coroutine, or the interpreter), which holds the cells a byte each.
 * Population and bounds are counted when asked and kept until the next step or edit. A
 * snapshot is a copy of the bytes, kept and handed out again while the world does not change,
 * so snapshots of an unchanged world cost nothing more. `rule` is the live cells' two-state
 * table (`compileStatesOf`). What `cells` lists is read as it goes: step only after the
 * listing is done.
 */
export function createStateUniverse(
  space: BoundedSpace,
  rule: CompiledRule,
  states: number,
  engine: Extract<EngineName, "fast" | "coroutine">,
  stepper: StateStepper,
  start?: StateStart,
): StateUniverse {
  const { width, height, kind: topology } = space;
  let generation = 0n;
  let count: number | null = 0;
  let box: CellRect | null | undefined = null;
  /** The last snapshot, while the world has not changed since. */
  let saved: StateSnapshot | null = null;

  const changed = () => {
    saved = null;
    box = undefined;
  };
  const place = (x: number, y: number): number => {
    if (x >= 0 && x < width && y >= 0 && y < height) return y * width + x;
    if (topology === "plane") return -1;
    return (((y % height) + height) % height) * width + (((x % width) + width) % width);
  };
  const population = (): number => {
    if (count === null) count = countNonZero(stepper.cells());
    return count;
  };
  const bounds = (): CellRect | null => {
    if (box !== undefined) return box;
    const cells = stepper.cells();
    let x0 = width;
    let x1 = -1;
    let y0 = height;
    let y1 = -1;
    for (let y = 0; y < height; y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) {
        if (cells[row + x] === 0) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
    box = x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
    return box;
  };
  const checkState = (state: State) => {
    if (!Number.isInteger(state) || state < 0 || state >= states) {
      throw new RangeError(`cell state ${state} is not one of this rule's states 0..${states - 1}`);
    }
  };

  if (start) {
    const { cells } = start;
    if (cells.length === width * height && cells instanceof Uint8Array) {
      for (const state of cells) checkState(state);
      stepper.setCells(cells);
    } else if (cells instanceof Uint32Array && cells.length === Math.ceil(width / 32) * height) {
      const stride = Math.ceil(width / 32);
      const bytes = new Uint8Array(width * height);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          bytes[y * width + x] = ((cells[y * stride + (x >> 5)] as number) >>> (x & 31)) & 1;
        }
      }
      stepper.setCells(bytes);
    } else {
      throw new TypeError(`these cells are not a ${width}x${height} grid's, a byte or a bit each`);
    }
    generation = start.generation;
    count = null;
    box = undefined;
  }

  return {
    space,
    engine,
    kernel: stepper.kind,
    rule,
    states,
    get generation() {
      return generation;
    },
    population: () => BigInt(population()),
    bounds,
    get(x, y) {
      const at = place(x, y);
      return at < 0 ? 0 : (stepper.cells()[at] as number);
    },
    set(x, y, state) {
      checkState(state);
      const at = place(x, y);
      if (at < 0) return;
      const was = stepper.cells()[at] as number;
      if (was === state) return;
      stepper.setCell(Math.floor(at / width), at % width, state);
      if (count !== null) count += (state !== 0 ? 1 : 0) - (was !== 0 ? 1 : 0);
      changed();
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      for (let i = 0n; i < generations; i++) stepper.step();
      if (generations > 0n) {
        count = null;
        changed();
      }
      generation += generations;
    },
    picture(rect: CellRect, scale: number): DensityPicture {
      return statePictureOfBytes(stepper.cells(), width, height, rect, scale, states);
    },
    *cells(rect?: CellRect): Iterable<readonly [number, number, State]> {
      const y0 = Math.max(0, rect ? rect.y : 0);
      const y1 = Math.min(height, rect ? rect.y + rect.height : height);
      const x0 = Math.max(0, rect ? rect.x : 0);
      const x1 = Math.min(width, rect ? rect.x + rect.width : width);
      const bytes = stepper.cells();
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const state = bytes[y * width + x] as number;
          if (state !== 0) yield [x, y, state];
        }
      }
    },
    snapshot(): StateSnapshot {
      saved ??= {
        engine,
        generation,
        population: BigInt(population()),
        width,
        height,
        states,
        bytes: stepper.cells().slice(),
      };
      return saved;
    },
    restore(snapshot) {
      const from = snapshot as StateSnapshot;
      if (!(from.bytes instanceof Uint8Array) || from.width !== width || from.height !== height) {
        throw new TypeError("this snapshot was not taken of a multi-state grid of this size");
      }
      if (from.states !== states) {
        throw new TypeError(`this snapshot holds ${from.states} states, not ${states}`);
      }
      stepper.setCells(from.bytes);
      generation = from.generation;
      count = Number(from.population);
      changed();
      saved = from;
    },
    bytes: () => stepper.cells().slice(),
    dispose() {
      stepper.dispose();
    },
  };
}
