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

/**
 * A fresh instance of the range kernel with its memory grown to hold blocks of these sizes
 * (each 16-byte aligned), and where each block starts; undefined when wasm cannot run here or
 * the memory cannot grow that far.
 */
function instantiate(
  sizes: readonly number[],
): { exports: LtlExports; starts: number[] } | undefined {
  const module = ltlModule();
  const api = webAssembly();
  if (!module || !api) return undefined;
  const starts: number[] = [];
  let end = 0;
  for (const bytes of sizes) {
    starts.push(end);
    end += Math.ceil(bytes / 16) * 16;
  }
  const exports = new api.Instance(module, {}).exports as LtlExports;
  try {
    exports.memory.grow(Math.ceil(end / PAGE) - exports.memory.buffer.byteLength / PAGE);
  } catch {
    return undefined;
  }
  return { exports, starts };
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
  const instance = instantiate([
    cells,
    cells,
    256,
    table.length,
    4 * paddedHeight,
    4 * paddedWidth,
    4 * paddedWidth,
    paddedWidth * (paddedHeight + 1),
  ]);
  if (!instance) return undefined;
  const { exports } = instance;
  const [cur, next, weights, tables, rows, cols, sums, padded] = instance.starts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const { memory } = exports;
  const bytes = new Uint8Array(memory.buffer);
  bytes.set(weight, weights);
  bytes.set(table, tables);
  new Int32Array(memory.buffer, rows, paddedHeight).set(
    paddedSources(height, range, paddedHeight, topology),
  );
  const columns = new Int32Array(memory.buffer, cols, paddedWidth);
  columns.fill(-1);
  columns.set(paddedSources(width, range, width + 2 * range, topology));
  const { dy0, dy1, dx0, dx1 } = rectangle;
  return {
    kind: "ltl-square-wasm",
    buffers: [
      new Uint8Array(memory.buffer, cur, cells),
      new Uint8Array(memory.buffer, next, cells),
    ],
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
  const instance = instantiate([
    cells,
    cells,
    256,
    table.length,
    4 * paddedHeight,
    4 * paddedWidth,
    4 * paddedWidth * paddedHeight,
    paddedWidth * paddedHeight,
  ]);
  if (!instance) return undefined;
  const { exports } = instance;
  const [cur, next, weights, tables, rows, cols, cones, padded] = instance.starts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const { memory } = exports;
  const bytes = new Uint8Array(memory.buffer);
  bytes.set(weight, weights);
  bytes.set(table, tables);
  const rowSources = paddedSources(height, range + 2, paddedHeight, topology);
  rowSources[0] = -1;
  rowSources[1] = -1;
  new Int32Array(memory.buffer, rows, paddedHeight).set(rowSources);
  new Int32Array(memory.buffer, cols, paddedWidth).set(
    paddedSources(width, range + 1, paddedWidth, topology),
  );
  return {
    kind: "ltl-diamond-wasm",
    buffers: [
      new Uint8Array(memory.buffer, cur, cells),
      new Uint8Array(memory.buffer, next, cells),
    ],
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
  const instance = instantiate([
    cells,
    cells,
    256,
    table.length,
    4 * paddedHeight,
    4 * paddedWidth,
    4 * sumStride * (paddedHeight + 1),
    16 * rectangles.length,
    4 * width,
  ]);
  if (!instance) return undefined;
  const { exports } = instance;
  const [cur, next, weights, tables, rows, cols, sat, rects, counts] = instance.starts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const { memory } = exports;
  const bytes = new Uint8Array(memory.buffer);
  bytes.set(weight, weights);
  bytes.set(table, tables);
  new Int32Array(memory.buffer, rows, paddedHeight).set(
    paddedSources(height, range, paddedHeight, topology),
  );
  new Int32Array(memory.buffer, cols, paddedWidth).set(
    paddedSources(width, range, paddedWidth, topology),
  );
  // Each rectangle's corners, in bytes from the table entry at the top-left of the cell's box.
  const corners = new Int32Array(memory.buffer, rects, 4 * rectangles.length);
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
    buffers: [
      new Uint8Array(memory.buffer, cur, cells),
      new Uint8Array(memory.buffer, next, cells),
    ],
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
