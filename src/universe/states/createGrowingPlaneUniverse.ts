import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { StateStepper } from "../../kernels/StateStepper.ts";
import type { CellRect, DensityPicture, State, Universe, UniverseSnapshot } from "../Universe.ts";
import { createStateUniverse } from "./createStateUniverse.ts";
import type { StateSnapshot, StateUniverse } from "./StateUniverse.ts";

/** The widest and tallest plane the growing plane makes, as the bounded grids' limit. */
export const MAX_PLANE_SIDE = 16384;

/** The least empty border a new plane gets round the cells, in cells, beside `MIN_PAD_STEPS` reaches. */
const MIN_PAD = 32;
/** The least number of generations a new plane's border lets run before the next growth. */
const MIN_PAD_STEPS = 16;
/**
 * The widest border a new plane gets beyond `MIN_PAD_STEPS` reaches: half the cells' size up
 * to this, so a small growing pattern doubles its plane and a large one (or cells set far
 * apart) does not take four times its area.
 */
const MAX_PAD = 1024;

/** A growing plane's snapshot: its plane's, and where that plane lay on the infinite plane. */
interface GrowingPlaneSnapshot extends UniverseSnapshot {
  readonly left: number;
  readonly top: number;
  readonly plane: StateSnapshot;
}

/** The steppers a growing plane makes its planes with: a bounded plane of this size. */
export type PlaneStepperOf = (width: number, height: number) => StateStepper;

/**
 * The infinite plane of a multi-state rule on the bounded kernels (engine "fast"): the cells
 * live on a bounded plane (`createStateUniverse`) that covers them with an empty border, at an
 * offset (`left`, `top`) on the infinite plane. A cell influences only the cells within its
 * rule's `reach` each generation and no empty cell is born alone (B0 is refused), so while the
 * border is at least `reach` x n wide, n generations on the plane are n generations on the
 * infinite plane: before each run of steps the border is measured, the run is as long as it
 * allows, and a plane too tight (or far too big for the cells, to keep memory bounded) is
 * made again round the cells with a border half their size (at most MAX_PAD), so a growing
 * pattern doubles its plane as Golly's unbounded Larger than Life universe does. Throws RangeError (and keeps the
 * world as it was) when the cells would need a plane over MAX_PLANE_SIDE a side.
 */
export function createGrowingPlaneUniverse(
  stepperOf: PlaneStepperOf,
  rule: CompiledRule,
  states: number,
  reach: number,
): Universe {
  let left = -MIN_PAD;
  let top = -MIN_PAD;
  let plane: StateUniverse = makePlane(2 * MIN_PAD, 2 * MIN_PAD);
  let generation = 0n;

  function makePlane(width: number, height: number, cells?: Uint8Array): StateUniverse {
    return createStateUniverse(
      { kind: "plane", width, height },
      rule,
      states,
      "fast",
      stepperOf(width, height),
      cells && { cells, generation: 0n },
    );
  }

  /** The border a new plane gets round a box of `width` x `height` cells. */
  const padFor = (width: number, height: number) =>
    Math.max(
      MIN_PAD,
      MIN_PAD_STEPS * reach,
      Math.min(MAX_PAD, Math.ceil(Math.max(width, height) / 2)),
    );

  /**
   * Makes the plane again round `box` (infinite-plane coordinates) with a border of `pad`,
   * at most MAX_PLANE_SIDE a side, copying the cells over.
   */
  const replan = (box: CellRect, pad: number) => {
    // The plane starts at even coordinates, a cell wider or taller if need be, so that a
    // cell's y + x on the plane is even where it is on the infinite plane (the triangular
    // grid's neighbourhood flips on odd cells).
    const side = (extent: number) => Math.min(MAX_PLANE_SIDE, extent + 2 * pad);
    let width = side(box.width);
    let height = side(box.height);
    let newLeft = box.x - Math.floor((width - box.width) / 2);
    let newTop = box.y - Math.floor((height - box.height) / 2);
    if (newLeft & 1) {
      newLeft--;
      width = Math.min(MAX_PLANE_SIDE, width + 1);
    }
    if (newTop & 1) {
      newTop--;
      height = Math.min(MAX_PLANE_SIDE, height + 1);
    }
    const old = plane.space;
    const from = plane.bytes();
    const bytes = new Uint8Array(width * height);
    // The old plane's rows and columns that fall in the new one.
    const x0 = Math.max(left, newLeft);
    const x1 = Math.min(left + old.width, newLeft + width);
    const y0 = Math.max(top, newTop);
    const y1 = Math.min(top + old.height, newTop + height);
    if (x0 < x1) {
      for (let y = y0; y < y1; y++) {
        const source = (y - top) * old.width + (x0 - left);
        bytes.set(from.subarray(source, source + x1 - x0), (y - newTop) * width + (x0 - newLeft));
      }
    }
    const next = makePlane(width, height, bytes);
    plane.dispose();
    plane = next;
    left = newLeft;
    top = newTop;
  };

  /** The non-empty cells' box on the infinite plane, or null. */
  const bounds = (): CellRect | null => {
    const box = plane.bounds();
    return box && { x: box.x + left, y: box.y + top, width: box.width, height: box.height };
  };

  /** Throws unless a box of `width` x `height` with `border` round it fits the largest plane. */
  const checkFits = (width: number, height: number, border: number) => {
    if (width + 2 * border > MAX_PLANE_SIDE || height + 2 * border > MAX_PLANE_SIDE) {
      throw new RangeError(
        `the cells span ${width}x${height}: the fast engine of the infinite plane holds them on a plane of at most ${MAX_PLANE_SIDE}x${MAX_PLANE_SIDE} cells with ${border} cells round them; run this pattern on the coroutine engine`,
      );
    }
  };

  /**
   * Steps as many of `remaining` generations as the border allows (at least one), after
   * making the plane again if it is too tight or far too big. Returns how many ran.
   */
  const stepRun = (remaining: bigint): bigint => {
    const box = plane.bounds();
    if (box === null) return remaining; // Nothing is born on an empty plane (B0 is refused).
    const { width, height } = plane.space;
    const border = Math.min(box.x, box.y, width - box.x - box.width, height - box.y - box.height);
    const pad = padFor(box.width, box.height);
    const tooBig = width * height > 4 * (box.width + 2 * pad) * (box.height + 2 * pad);
    let runs = Math.floor(border / reach);
    if (runs < Math.min(MIN_PAD_STEPS / 2, Number(remaining)) || tooBig) {
      checkFits(box.width, box.height, reach);
      replan({ x: box.x + left, y: box.y + top, width: box.width, height: box.height }, pad);
      const placed = plane.bounds() as CellRect;
      const { width: w, height: h } = plane.space;
      runs = Math.floor(
        Math.min(placed.x, placed.y, w - placed.x - placed.width, h - placed.y - placed.height) /
          reach,
      );
    }
    const n = remaining < BigInt(runs) ? remaining : BigInt(runs);
    plane.step(n);
    return n;
  };

  return {
    space: { kind: "infinite" },
    engine: "fast",
    get kernel() {
      return plane.kernel ?? "";
    },
    rule,
    get generation() {
      return generation;
    },
    population: () => plane.population(),
    bounds,
    get(x, y) {
      return plane.get(x - left, y - top);
    },
    set(x, y, state) {
      const { width, height } = plane.space;
      const inside = x >= left && x < left + width && y >= top && y < top + height;
      if (!inside) {
        if (state === 0) return;
        if (!Number.isInteger(state) || state < 0 || state >= states) {
          throw new RangeError(
            `cell state ${state} is not one of this rule's states 0..${states - 1}`,
          );
        }
        const box = bounds() ?? { x, y, width: 1, height: 1 };
        const x0 = Math.min(box.x, x);
        const y0 = Math.min(box.y, y);
        const grown = {
          x: x0,
          y: y0,
          width: Math.max(box.x + box.width, x + 1) - x0,
          height: Math.max(box.y + box.height, y + 1) - y0,
        };
        checkFits(grown.width, grown.height, 0);
        replan(grown, padFor(grown.width, grown.height));
      }
      plane.set(x - left, y - top, state);
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      let remaining = generations;
      while (remaining > 0n) {
        const ran = stepRun(remaining);
        remaining -= ran;
        generation += ran;
      }
    },
    picture(rect: CellRect, scale: number): DensityPicture {
      const picture = plane.picture({ ...rect, x: rect.x - left, y: rect.y - top }, scale);
      return { ...picture, x: rect.x, y: rect.y };
    },
    *cells(rect?: CellRect): Iterable<readonly [number, number, State]> {
      const shifted = rect && { ...rect, x: rect.x - left, y: rect.y - top };
      for (const [x, y, state] of plane.cells(shifted)) yield [x + left, y + top, state];
    },
    snapshot(): GrowingPlaneSnapshot {
      const saved = plane.snapshot();
      return {
        engine: "fast",
        generation,
        population: saved.population,
        left,
        top,
        plane: saved as StateSnapshot,
      };
    },
    restore(snapshot) {
      const saved = snapshot as GrowingPlaneSnapshot;
      if (saved.engine !== "fast" || saved.plane === undefined) {
        throw new TypeError(
          `a ${saved.engine} snapshot cannot be restored on the fast engine of the infinite plane`,
        );
      }
      const { width, height } = saved.plane;
      if (width !== plane.space.width || height !== plane.space.height) {
        const next = makePlane(width, height);
        plane.dispose();
        plane = next;
      }
      plane.restore(saved.plane);
      left = saved.left;
      top = saved.top;
      generation = saved.generation;
    },
    dispose() {
      plane.dispose();
    },
  };
}
