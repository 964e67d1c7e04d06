import type { Topology } from "../../engine/Grid.ts";
import { ltlModule } from "../wasm/ltlModule.ts";
import { type WasmMemory, webAssembly } from "../wasm/webAssembly.ts";
import { paddedSources } from "./paddedSources.ts";
import type { OffsetRectangle } from "./planRangeSums.ts";
import type { RangeSums } from "./RangeSums.ts";

interface LtlExports {
  readonly memory: WasmMemory;
  step(...addresses: number[]): void;
  diamond(...addresses: number[]): void;
  rectangles(...addresses: number[]): void;
}

const PAGE = 65536;

/** What every range kernel keeps in its memory, and where each block starts. */
interface RangeKernel {
  readonly exports: LtlExports;
  /** The two generations, a byte a cell. */
  readonly cur: number;
  readonly next: number;
  /** Each state's weight (1 when it counts as alive) and the next-state table by count. */
  readonly weights: number;
  readonly tables: number;
  /** For each padded row and column, the grid row or column it copies, or -1 (empty). */
  readonly rows: number;
  readonly cols: number;
  /** Where the kernel's own blocks start, in the order asked for. */
  readonly extra: number[];
  /** The two generations as byte views, for `RangeSums.buffers`. */
  readonly buffers: readonly [Uint8Array, Uint8Array];
}

/**
 * A fresh instance of the range kernel holding the grid's two generations, `weight`, `table`,
 * the padded rows' and columns' sources, and blocks of the `extra` sizes (each block 16-byte
 * aligned); undefined when wasm cannot run here or the memory cannot grow that far.
 */
function instantiate(
  cells: number,
  weight: Uint8Array,
  table: Uint8Array,
  rowSources: Int32Array,
  colSources: Int32Array,
  extra: readonly number[],
): RangeKernel | undefined {
  const module = ltlModule();
  const api = webAssembly();
  if (!module || !api) return undefined;
  const sizes = [cells, cells, 256, table.length, 4 * rowSources.length, 4 * colSources.length];
  const starts: number[] = [];
  let end = 0;
  for (const bytes of [...sizes, ...extra]) {
    starts.push(end);
    end += Math.ceil(bytes / 16) * 16;
  }
  const exports = new api.Instance(module, {}).exports as LtlExports;
  try {
    exports.memory.grow(Math.ceil(end / PAGE) - exports.memory.buffer.byteLength / PAGE);
  } catch {
    return undefined;
  }
  const [cur, next, weights, tables, rows, cols] = starts as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const { buffer } = exports.memory;
  new Uint8Array(buffer).set(weight, weights);
  new Uint8Array(buffer).set(table, tables);
  new Int32Array(buffer, rows, rowSources.length).set(rowSources);
  new Int32Array(buffer, cols, colSources.length).set(colSources);
  return {
    exports,
    cur,
    next,
    weights,
    tables,
    rows,
    cols,
    extra: starts.slice(sizes.length),
    buffers: [new Uint8Array(buffer, cur, cells), new Uint8Array(buffer, next, cells)],
  };
}

/**
 * The wasm range kernel (`ltl.wat`) for a neighbourhood that is one rectangle with the cell:
 * the counted cells of the grid padded by `range` (wrapped on a torus, empty on a plane), a
 * running sum per padded column over the rows of the window (moved down a row with SIMD), and a
 * running sum along each row over those. `table[state * stride + count]` is the next state,
 * the count including the cell. Undefined when this host cannot run wasm or the memory cannot
 * grow to the grid.
 */
export function createWasmSquareSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  rectangle: OffsetRectangle,
  weight: Uint8Array,
  table: Uint8Array,
  stride: number,
): RangeSums | undefined {
  const cells = width * height;
  const paddedHeight = height + 2 * range;
  const paddedWidth = Math.ceil((width + 2 * range) / 4) * 4;
  // The columns are a multiple of 4 for the SIMD sums: those past the padding are empty.
  const colSources = new Int32Array(paddedWidth).fill(-1);
  colSources.set(paddedSources(width, range, width + 2 * range, topology));
  const kernel = instantiate(
    cells,
    weight,
    table,
    paddedSources(height, range, paddedHeight, topology),
    colSources,
    [4 * paddedWidth, paddedWidth * (paddedHeight + 1)],
  );
  if (!kernel) return undefined;
  const { exports, cur, next, weights, tables, rows, cols, buffers } = kernel;
  const [sums, padded] = kernel.extra as [number, number];
  const { dy0, dy1, dx0, dx1 } = rectangle;
  return {
    kind: "ltl-square-wasm",
    buffers,
    step(from) {
      const [a, b] = from === 0 ? [cur, next] : [next, cur];
      exports.step(
        a,
        b,
        width,
        height,
        range,
        dy0,
        dy1,
        dx0,
        dx1,
        weights,
        tables,
        stride,
        rows,
        cols,
        sums,
        padded,
        paddedWidth,
      );
    },
  };
}

/**
 * The wasm range kernel (`ltl.wat`, `diamond`) for the diamond |dy| + |dx| <= range with the
 * cell (von Neumann), from cone sums as `createDiamondSums` explains, over the grid padded by
 * `range` + 2 rows on top (two of them always empty), `range` below and `range` + 1 columns
 * either side. Undefined when this host cannot run wasm or the memory cannot grow to the grid.
 */
export function createWasmDiamondSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  weight: Uint8Array,
  table: Uint8Array,
  stride: number,
): RangeSums | undefined {
  const cells = width * height;
  const paddedHeight = height + 2 * range + 2;
  // A multiple of 4 wide, for the four-at-a-time cone loop: the extra columns on the right are
  // padding like the rest, never inside a diamond.
  const paddedWidth = Math.ceil((width + 2 * range + 2) / 4) * 4;
  // The two rows on top are always empty.
  const rowSources = paddedSources(height, range + 2, paddedHeight, topology);
  rowSources[0] = -1;
  rowSources[1] = -1;
  const kernel = instantiate(
    cells,
    weight,
    table,
    rowSources,
    paddedSources(width, range + 1, paddedWidth, topology),
    [4 * paddedWidth * paddedHeight, paddedWidth * paddedHeight],
  );
  if (!kernel) return undefined;
  const { exports, cur, next, weights, tables, rows, cols, buffers } = kernel;
  const [cones, padded] = kernel.extra as [number, number];
  return {
    kind: "ltl-diamond-wasm",
    buffers,
    step(from) {
      const [a, b] = from === 0 ? [cur, next] : [next, cur];
      exports.diamond(
        a,
        b,
        width,
        height,
        range,
        weights,
        tables,
        stride,
        rows,
        cols,
        cones,
        paddedWidth,
        paddedHeight,
        padded,
      );
    },
  };
}

/**
 * The wasm range kernel (`ltl.wat`, `rectangles`) for a neighbourhood of several rectangles with
 * the cell (the disc): a summed-area table over the grid padded by `range` all round, four
 * reads a rectangle a cell, as `createRectangleSums` does. Undefined when this host cannot run
 * wasm or the memory cannot grow to the grid.
 */
export function createWasmRectangleSums(
  width: number,
  height: number,
  topology: Topology,
  range: number,
  rectangles: readonly OffsetRectangle[],
  weight: Uint8Array,
  table: Uint8Array,
  stride: number,
): RangeSums | undefined {
  const cells = width * height;
  const paddedHeight = height + 2 * range;
  const paddedWidth = width + 2 * range;
  const sumStride = paddedWidth + 1;
  const kernel = instantiate(
    cells,
    weight,
    table,
    paddedSources(height, range, paddedHeight, topology),
    paddedSources(width, range, paddedWidth, topology),
    [4 * sumStride * (paddedHeight + 1), 16 * rectangles.length, 4 * width],
  );
  if (!kernel) return undefined;
  const { exports, cur, next, weights, tables, rows, cols, buffers } = kernel;
  const [sat, rects, counts] = kernel.extra as [number, number, number];
  // Each rectangle's corners, in bytes from the table entry at the top-left of the cell's box.
  const corners = new Int32Array(exports.memory.buffer, rects, 4 * rectangles.length);
  rectangles.forEach(({ dy0, dy1, dx0, dx1 }, k) => {
    const top = (dy0 + range) * sumStride;
    const bottom = (dy1 + range + 1) * sumStride;
    const left = dx0 + range;
    const right = dx1 + range + 1;
    corners.set(
      [bottom + right, top + right, bottom + left, top + left].map((i) => 4 * i),
      4 * k,
    );
  });
  return {
    kind: "ltl-rectangles-wasm",
    buffers,
    step(from) {
      const [a, b] = from === 0 ? [cur, next] : [next, cur];
      exports.rectangles(
        a,
        b,
        width,
        height,
        weights,
        tables,
        stride,
        rows,
        cols,
        sat,
        paddedWidth,
        paddedHeight,
        rects,
        rectangles.length,
        counts,
      );
    },
  };
}
