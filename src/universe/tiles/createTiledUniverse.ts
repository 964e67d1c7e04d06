import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { lifeModule } from "../../kernels/wasm/lifeModule.ts";
import { refuseBirthOnZero } from "../refuseBirthOnZero.ts";
import { BandTileKernel } from "./BandTileKernel.ts";
import { TiledUniverse } from "./TiledUniverse.ts";
import type { TileKernel } from "./TileKernel.ts";
import { WasmTileKernel } from "./WasmTileKernel.ts";

export interface TiledUniverseOptions {
  /**
   * The kernel wanted; `auto` (the default) is the fastest there is: life.wat's `wasm` for a
   * Life-like rule, the rule's circuit (`wasm-table`) for any other two-state rule. As with
   * `createStepper`, `wasm` without SIMD runs `bits`, and a rule that is not Life-like runs
   * `bytes` without SIMD or when `bits` or `bytes` is asked for.
   */
  readonly kernel?: "auto" | "wasm" | "wasm-table" | "bits" | "bytes";
  /** Rows in a tile (tiles are 128 wide); the default was chosen by `npm run bench -- --only tiles`. */
  readonly tileRows?: number;
}

/**
 * Rows in a tile by default (see `TiledUniverseOptions.tileRows`), measured by
 * `npm run bench -- --only tiles`: on the 2048x2048 soup's first 1000 generations 256 rows ran
 * 5-10% faster than 128 (1.5x the torus against 1.35-1.45x), 64 a sixth slower and 32 a third
 * slower (more tiles, each with its fixed costs); but once the soup settles (generations
 * 4000-5000) 256 rows ran a fifth slower than 128, skipping less, and on the R-pentomino to 1103
 * 32 to 128 rows took 2.2-2.3 ms and 256 rows 3.0 ms (medians in Node).
 */
export const DEFAULT_TILE_ROWS = 128;

/**
 * An empty infinite plane stepped a tile at a time (see `TiledUniverse`): for chaotic patterns,
 * soups and random fills, whose cells HashLife cannot share. Throws RangeError for a rule with
 * B0 (an empty cell with no live neighbour is born), under which the empty plane would fill
 * every other generation, and for a tile height out of 1..4096.
 */
export function createTiledUniverse(
  rule: CompiledRule,
  options: TiledUniverseOptions = {},
): TiledUniverse {
  refuseBirthOnZero(rule);
  const rows = options.tileRows ?? DEFAULT_TILE_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > 4096) {
    throw new RangeError(`a tile has 1 to 4096 rows, not ${rows}`);
  }
  return new TiledUniverse(rule, createKernel(rule, rows, options.kernel ?? "auto"));
}

function createKernel(rule: CompiledRule, rows: number, wanted: string): TileKernel {
  const { totalistic } = rule;
  const fast = wanted === "auto" || wanted === "wasm" || wanted === "wasm-table";
  if (!totalistic || wanted === "wasm-table") {
    // Any two-state rule: its circuit, a tile at a time through a band in wasm memory.
    if (fast) {
      try {
        return new BandTileKernel("wasm-table", rows, rule);
      } catch {
        // no WebAssembly SIMD, or no memory to be had: the bytes, cell by cell
      }
    }
    if (!totalistic) return new BandTileKernel("bytes", rows, rule);
  }
  if (wanted === "bytes") return new BandTileKernel("bytes", rows, rule);
  const module = fast ? lifeModule() : null;
  if (module) {
    try {
      return new WasmTileKernel(rows, totalistic, module);
    } catch {
      // no memory to be had: the JS kernel
    }
  }
  return new BandTileKernel("bits", rows, rule);
}
