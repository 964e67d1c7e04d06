import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type {
  CellRect,
  DensityPicture,
  EngineName,
  GridSpace,
  State,
  TubeSpace,
  Universe,
  UniverseSnapshot,
} from "../Universe.ts";

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

/** The spaces a growing plane holds: unbounded along one axis or both. */
export type GrowingSpace = { readonly kind: "infinite" } | TubeSpace;

/** Where a plane's cells come from when it is made again: `from`'s cells moved by (dx, dy). */
export interface PlaneSource {
  readonly from: Universe;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Makes a growing plane's planes: a bounded grid of `space` (a plane, or a torus for a tube),
 * empty or holding the cells of `source` that fall in it.
 */
export type PlaneOf = (space: GridSpace, source?: PlaneSource) => Universe;

/** A growing plane's snapshot: its plane's, the plane's size, and where it lay in the space. */
interface GrowingPlaneSnapshot extends UniverseSnapshot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly plane: UniverseSnapshot;
}

/**
 * A space unbounded along one axis or both (the infinite plane, or a tube or strip) on the
 * bounded kernels: the cells live on a bounded grid (`planeOf`) that covers them with an empty
 * border along each unbounded axis, at an offset (`left`, `top`) in the space. Across a tube
 * or strip the grid is the space's own side, a torus for a tube (its edges joined) or a plane
 * for a strip, so the kernels' own edges make it; along an unbounded axis the grid's edges
 * never matter, as nothing reaches them. A cell influences only the cells within its rule's
 * `reach` each generation and no empty cell is born alone (B0 is refused), so while the border
 * is at least `reach` x n wide, n generations on the grid are n generations in the space (a
 * torus's far edge, read across its wrap, is empty border too): before each run of steps the
 * border is measured, the run is as long as it allows, and a grid too tight (or far too big
 * for the cells, to keep memory bounded) is made again round the cells with a border half
 * their size (at most MAX_PAD), so a growing pattern doubles its grid as Golly's unbounded
 * Larger than Life universe does. Throws RangeError (and keeps the world as it was) when the
 * cells would need a grid over MAX_PLANE_SIDE a side.
 */
export function createGrowingPlaneUniverse(
  space: GrowingSpace,
  planeOf: PlaneOf,
  rule: CompiledRule,
  states: number,
  reach: number,
  engine: Extract<EngineName, "fast" | "coroutine">,
): Universe {
  const growsX = space.kind === "infinite" || space.axis === "x";
  const growsY = space.kind === "infinite" || space.axis === "y";
  const kind = space.kind === "infinite" ? "plane" : space.topology;
  const fixedSide = space.kind === "infinite" ? 0 : space.size;
  const where = space.kind === "infinite" ? "the infinite plane" : `a ${space.kind}`;
  let left = growsX ? -MIN_PAD : 0;
  let top = growsY ? -MIN_PAD : 0;
  let plane: Universe = planeOf(gridOf(growsX ? 2 * MIN_PAD : 0, growsY ? 2 * MIN_PAD : 0));
  let generation = 0n;
  /**
   * Generations that may run before the border is measured again: what the last measure
   * allowed, less what ran since. An edit or a restore spends it, as cells may then lie nearer
   * the edge.
   */
  let safe = 0;

  /** A grid of the space's kind, `width` x `height` along the unbounded axes. */
  function gridOf(width: number, height: number): GridSpace {
    return {
      kind,
      width: growsX ? width : fixedSide,
      height: growsY ? height : fixedSide,
    };
  }
  const sizeOf = (universe: Universe) => universe.space as GridSpace;

  /** The border a new plane gets round a box of `width` x `height` cells. */
  const padFor = (width: number, height: number) =>
    Math.max(
      MIN_PAD,
      MIN_PAD_STEPS * reach,
      Math.min(MAX_PAD, Math.ceil(Math.max(growsX ? width : 0, growsY ? height : 0) / 2)),
    );

  /**
   * Makes the plane again round `box` (the space's coordinates) with a border of `pad` along
   * each unbounded axis, at most MAX_PLANE_SIDE a side, copying the cells over.
   */
  const replan = (box: CellRect, pad: number) => {
    // The grid starts at even coordinates, a cell wider or taller if need be, so that a cell's
    // y + x on the grid is even where it is in the space (the triangular grid's neighbourhood
    // flips on odd cells).
    const side = (extent: number) => Math.min(MAX_PLANE_SIDE, extent + 2 * pad);
    let width = side(box.width);
    let height = side(box.height);
    let newLeft = growsX ? box.x - Math.floor((width - box.width) / 2) : 0;
    let newTop = growsY ? box.y - Math.floor((height - box.height) / 2) : 0;
    if (newLeft & 1) {
      newLeft--;
      width = Math.min(MAX_PLANE_SIDE, width + 1);
    }
    if (newTop & 1) {
      newTop--;
      height = Math.min(MAX_PLANE_SIDE, height + 1);
    }
    const grid = gridOf(width, height);
    const next = planeOf(grid, { from: plane, dx: left - newLeft, dy: top - newTop });
    plane.dispose();
    plane = next;
    left = newLeft;
    top = newTop;
  };

  /** The non-empty cells' box in the space, or null. */
  const bounds = (): CellRect | null => {
    const box = plane.bounds();
    return box && { x: box.x + left, y: box.y + top, width: box.width, height: box.height };
  };

  /** Throws unless a box of `width` x `height` with `border` round it fits the largest plane. */
  const checkFits = (width: number, height: number, border: number) => {
    const wide = growsX && width + 2 * border > MAX_PLANE_SIDE;
    const high = growsY && height + 2 * border > MAX_PLANE_SIDE;
    if (wide || high) {
      throw new RangeError(
        `the cells span ${width}x${height}: the ${engine} engine of ${where} holds them on a grid of at most ${MAX_PLANE_SIDE} cells a side with ${border} cells round them; run this pattern on the coroutine engine`,
      );
    }
  };

  /** The empty border round `box` on the plane, along the unbounded axes. */
  const borderOf = (box: CellRect) => {
    const { width, height } = sizeOf(plane);
    return Math.min(
      growsX ? Math.min(box.x, width - box.x - box.width) : Number.POSITIVE_INFINITY,
      growsY ? Math.min(box.y, height - box.y - box.height) : Number.POSITIVE_INFINITY,
    );
  };

  /**
   * Steps as many of `remaining` generations as the border allows (at least one), after
   * making the plane again if it is too tight or far too big. The border is measured (a pass
   * over the grid) only when the last measure's generations are spent, so runs of one
   * generation a call do not measure it each time. Returns how many ran.
   */
  const stepRun = (remaining: bigint): bigint => {
    if (safe > 0) {
      const n = remaining < BigInt(safe) ? remaining : BigInt(safe);
      plane.step(n);
      safe -= Number(n);
      return n;
    }
    const box = plane.bounds();
    if (box === null) return remaining; // Nothing is born on an empty plane (B0 is refused).
    const { width, height } = sizeOf(plane);
    const pad = padFor(box.width, box.height);
    const wanted =
      (growsX ? box.width + 2 * pad : width) * (growsY ? box.height + 2 * pad : height);
    const tooBig = width * height > 4 * wanted;
    let runs = Math.floor(borderOf(box) / reach);
    if (runs < Math.min(MIN_PAD_STEPS / 2, Number(remaining)) || tooBig) {
      checkFits(box.width, box.height, reach);
      replan({ x: box.x + left, y: box.y + top, width: box.width, height: box.height }, pad);
      runs = Math.floor(borderOf(plane.bounds() as CellRect) / reach);
    }
    const n = remaining < BigInt(runs) ? remaining : BigInt(runs);
    plane.step(n);
    safe = runs - Number(n);
    return n;
  };

  /** Whether (x, y) lies on the plane along the unbounded axes. */
  const onPlane = (x: number, y: number) => {
    const { width, height } = sizeOf(plane);
    return (
      (!growsX || (x >= left && x < left + width)) && (!growsY || (y >= top && y < top + height))
    );
  };

  return {
    space,
    engine,
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
      return onPlane(x, y) ? plane.get(x - left, y - top) : 0;
    },
    set(x, y, state) {
      safe = 0;
      if (!onPlane(x, y)) {
        if (state === 0) return;
        if (!Number.isInteger(state) || state < 0 || state >= states) {
          throw new RangeError(
            `cell state ${state} is not one of this rule's states 0..${states - 1}`,
          );
        }
        // Across a tube or strip the box is the whole side: the plane grows along only.
        const at = { x: growsX ? x : 0, y: growsY ? y : 0 };
        const box = bounds() ?? { ...at, width: 1, height: 1 };
        const x0 = Math.min(box.x, at.x);
        const y0 = Math.min(box.y, at.y);
        const grown = {
          x: x0,
          y: y0,
          width: Math.max(box.x + box.width, at.x + 1) - x0,
          height: Math.max(box.y + box.height, at.y + 1) - y0,
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
      const { width, height } = sizeOf(plane);
      return {
        engine,
        generation,
        population: saved.population,
        left,
        top,
        width,
        height,
        plane: saved,
      };
    },
    restore(snapshot) {
      const saved = snapshot as GrowingPlaneSnapshot;
      if (saved.engine !== engine || saved.plane === undefined) {
        throw new TypeError(
          `a ${saved.engine} snapshot cannot be restored on the ${engine} engine of ${where}`,
        );
      }
      const { width, height } = saved;
      if (width !== sizeOf(plane).width || height !== sizeOf(plane).height) {
        const next = planeOf({ kind, width, height });
        plane.dispose();
        plane = next;
      }
      plane.restore(saved.plane);
      safe = 0;
      left = saved.left;
      top = saved.top;
      generation = saved.generation;
    },
    dispose() {
      plane.dispose();
    },
  };
}
