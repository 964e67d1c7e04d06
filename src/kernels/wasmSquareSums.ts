import type { Topology } from "../engine/Grid.ts";
import { paddedSources } from "./paddedSources.ts";
import type { OffsetRectangle } from "./planRangeSums.ts";
import type { RangeSums } from "./RangeSums.ts";
import { ltlModule } from "./wasm/ltlModule.ts";
import { type WasmMemory, webAssembly } from "./wasm/webAssembly.ts";

interface LtlExports {
  readonly memory: WasmMemory;
  step(...addresses: number[]): void;
}

const PAGE = 65536;

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
  const module = ltlModule();
  const api = webAssembly();
  if (!module || !api) return undefined;
  const cells = width * height;
  const paddedHeight = height + 2 * range;
  const paddedWidth = Math.ceil((width + 2 * range) / 4) * 4;
  const layout: number[] = [];
  let end = 0;
  for (const bytes of [
    cells,
    cells,
    256,
    table.length,
    4 * paddedHeight,
    4 * paddedWidth,
    4 * paddedWidth,
    paddedWidth * (paddedHeight + 1),
  ]) {
    layout.push(end);
    end += Math.ceil(bytes / 16) * 16;
  }
  const [cur, next, weights, tables, rows, cols, sums, padded] = layout as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const exports = new api.Instance(module, {}).exports as LtlExports;
  const { memory } = exports;
  try {
    memory.grow(Math.ceil(end / PAGE) - memory.buffer.byteLength / PAGE);
  } catch {
    return undefined;
  }
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
