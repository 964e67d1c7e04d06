import type { PatternComment } from "../../formats/Pattern.ts";
import type { Rule } from "../../rules/index.ts";
import type { TimelineRange } from "../../universe/timeline/Timeline.ts";
import type { CellRect, DensityPicture, EngineName, Space } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";
import type { PoolMode } from "../pool/protocol.ts";
import type { PopulationsReply, PopulationsRequest } from "./populationProtocol.ts";

/** The engine asked for: `auto` lets `createUniverse` choose. */
export type UniverseEngineChoice = "auto" | EngineName;

/** What a world is loaded with (see `load` below). */
export type WorldCells =
  | {
      readonly cells: Float64Array;
      /** Cell i's state (a multi-state world's); every cell is in state 1 without it. */
      readonly states?: Uint8Array;
      readonly generation: bigint;
    }
  | { readonly words: Uint32Array; readonly generation: bigint }
  | {
      readonly random: { readonly density: number; readonly seed: number };
      readonly generation: bigint;
    }
  | { readonly macrocell: string };

/** A world to load: where it lives, its rule, the engine asked for and its cells. */
export type UniverseLoad = {
  /** The infinite plane when not given. */
  readonly space?: Space;
  readonly rule: Rule;
  readonly engine: UniverseEngineChoice;
} & WorldCells;

/**
 * How a bounded world on the band pool runs (see createPooledUniverse): what the status bar
 * says runs it.
 */
export interface PoolRun {
  /** Band workers in the pool now. */
  readonly workers: number;
  /** Bands that ran the last step (the workers, or the grid's height when smaller); 0 before one. */
  readonly bands: number;
  /**
   * `worker`: on band workers; `main thread`: on the universe worker's own thread, one band,
   * because band workers could not start (`fallbackReason` says why).
   */
  readonly where: "worker" | "main thread";
  /** How the bands share the grid: `shared` memory, or halo rows passed by message. */
  readonly mode: PoolMode;
  /** What ran the last step: a fast kernel's name or `coroutine`; absent before one. */
  readonly kernel?: string;
  readonly fallbackReason?: string;
}
/**
 * A density picture as the page holds it: with the worker's bitmap of it in colour when the
 * worker could paint one, which the renderer draws as it is.
 */
export type PaintedPicture = DensityPicture & { readonly bitmap?: ImageBitmap };

/** What every reply says about the world it was computed on. */
export interface UniverseStatus {
  /** The load or restore the world comes from; replies from an older one are stale. */
  readonly epoch: number;
  /** The last edit applied. */
  readonly editSeq: number;
  readonly generation: bigint;
  readonly population: bigint;
  readonly bounds: CellRect | null;
  readonly engine: EngineName;
  /** Which kernel the engine runs, where it has a choice ("wasm", "wasm-table", "bits", "bytes"). */
  readonly kernel?: string;
  /** Present when the world is stepped by the band pool. */
  readonly pool?: PoolRun;
  /** The generations that can be gone to (see `goTo`); absent from workers without a timeline. */
  readonly timeline?: TimelineRange;
}

/**
 * Messages to a universe worker, handled in order. Cells travel as Float64Arrays of (x, y)
 * pairs, edits as (x, y, state) triples: coordinates on the infinite plane pass 2^31.
 *
 * - `load` replaces the world with one in `space` (the infinite plane when not given) on `rule`,
 *   at `generation`, holding `cells`; or, on a bounded grid, the cells packed a bit each
 *   (`words`, as `PackedCells` lays them out) or a random fill (`random`, as `fillRandom` makes
 *   it from the seed, so the page need not send a big grid); or, on the infinite plane, the
 *   nodes of a macrocell file's text (`macrocell`, read in the worker: at its `#G` generation,
 *   on `rule`, which the page read from its `#R`). It starts `epoch`. A load that fails (a file
 *   that cannot be read, a space too big) keeps the world it would have replaced, under the new
 *   epoch.
 * - `space` moves the world into another space, each cell shifted by (`dx`, `dy`) (what falls
 *   outside a bounded grid is dropped), keeping rule, engine choice and generation: a grid
 *   resized or recentred, a grid opened onto the infinite plane or the plane cut to a grid.
 * - `step` advances `generations` (a bigint) in chunks, between which the worker reads its
 *   messages: `stop` abandons the step (its reply says how far it got), `edit`, `picture`,
 *   `cells` and `snapshot` are answered between chunks, and `load`, `rule`, `restore` stop it.
 *   A grid on the band pool answers reads during a chunk too, as of the chunk's start, and a
 *   stop (or what else ends the step) drops the chunk under way rather than wait for it.
 * - `snapshot` keeps the world under `key` (chosen by the page, so it needs no reply to go on);
 *   `restore` puts one back as `epoch`, on `rule` (the cells carried over when the snapshot was
 *   taken on another); `forget` lets one go.
 * - `rule` and `engine` carry the cells over to another rule or engine, keeping the generation
 *   (HashLife to HashLife by its nodes; into another engine only up to MAX_CARRIED_CELLS).
 * - `macrocell` asks for the world as a macrocell file, with `rule` and `comments` in its head.
 * - `cells` asks for the non-empty cells (of `rect`), as pairs, with their states when asked.
 * - `words` asks a bounded world for its cells packed a bit each (`PackedCells`' layout).
 * - `states` asks a bounded world for every cell's state, a byte a cell, row-major: a
 *   multi-state grid's cells in the smallest form that keeps them.
 * - `workers` sets how many band workers step a bounded grid (1..16, clamped as the pool clamps
 *   it), keeping the world; a worker without a band pool answers 0.
 * - `populations` asks for the population graph's points the page lacks (populationProtocol.ts).
 * - `goTo` moves the world to `generation` along its run timeline (see RunTimeline): back to
 *   any generation from the first kept to the newest computed (restoring the nearest
 *   checkpoint before it and stepping forward, exactly), or forward past the newest as a step
 *   does. It starts `epoch` (the generation goes back: earlier replies are stale), runs as a
 *   step (`progress`, then `stepped` with `id`; `stop` ends it where it got to) and keeps no
 *   undo snapshot: it is navigation. A target before the first kept generation goes to the
 *   first. An edit drops the timeline after the generation it lands on; `load`, `space`,
 *   `rule`, `engine` and `restore` start a new timeline.
 */
export type UniverseRequest =
  | ({ readonly kind: "load"; readonly epoch: number } & UniverseLoad)
  | {
      readonly kind: "space";
      readonly epoch: number;
      readonly space: Space;
      readonly dx: number;
      readonly dy: number;
    }
  | { readonly kind: "words"; readonly id: number }
  | { readonly kind: "states"; readonly id: number }
  | { readonly kind: "workers"; readonly id: number; readonly workers: number }
  | { readonly kind: "edit"; readonly seq: number; readonly changes: Float64Array }
  | { readonly kind: "step"; readonly id: number; readonly generations: bigint }
  | {
      readonly kind: "goTo";
      readonly id: number;
      readonly epoch: number;
      readonly generation: bigint;
    }
  | { readonly kind: "stop" }
  | { readonly kind: "rule"; readonly epoch: number; readonly rule: Rule }
  | { readonly kind: "engine"; readonly epoch: number; readonly engine: UniverseEngineChoice }
  | {
      readonly kind: "picture";
      readonly id: number;
      readonly rect: CellRect;
      readonly scale: number;
      /** The colours to paint it in as a bitmap too, where the worker can (see below). */
      readonly colors?: PictureColors;
    }
  | {
      readonly kind: "cells";
      readonly id: number;
      readonly rect?: CellRect;
      /** Whether to send each cell's state too (a multi-state world's). */
      readonly states?: boolean;
    }
  | { readonly kind: "snapshot"; readonly key: number }
  | { readonly kind: "restore"; readonly epoch: number; readonly key: number; readonly rule: Rule }
  | { readonly kind: "forget"; readonly key: number }
  | {
      readonly kind: "macrocell";
      readonly id: number;
      readonly rule?: string;
      readonly comments: readonly PatternComment[];
    }
  | PopulationsRequest;

/**
 * Replies. A step sends `progress` now and then while it runs (for the counters) and `stepped`
 * once it ends, `stopped` when a `stop` (or a new world) cut it short. `status` answers a load,
 * space, rule, engine or restore. The picture's pixels and bitmap, the cells and the macrocell
 * file's UTF-8 bytes are transferred, not copied: the page draws a bitmap without touching its
 * pixels, so that no frame on the page's thread converts or uploads a picture. `workers` answers
 * `workers` with the band workers there are now. `notice` is something the page should say
 * that answers no request: band workers lost during a step and replaced inside the universe
 * worker, the world going on from its last grid.
 */
export type UniverseReply =
  | { readonly kind: "status"; readonly status: UniverseStatus }
  | { readonly kind: "progress"; readonly id: number; readonly status: UniverseStatus }
  | {
      readonly kind: "stepped";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly stopped: boolean;
      readonly millis: number;
    }
  | {
      readonly kind: "picture";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly picture: DensityPicture;
      /** The picture in the colours asked for, when the worker can paint (a browser's can). */
      readonly bitmap?: ImageBitmap;
      /** How long the worker took to make it (and paint it), in ms. */
      readonly millis: number;
    }
  | {
      readonly kind: "cells";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly cells: Float64Array;
      /** Cell i's state, when asked for: the pair at 2i, 2i + 1 of `cells`. */
      readonly states?: Uint8Array;
    }
  | {
      readonly kind: "macrocell";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly bytes: Uint8Array;
    }
  | {
      readonly kind: "words";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly words: Uint32Array;
    }
  | {
      readonly kind: "states";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly states: Uint8Array;
    }
  | { readonly kind: "workers"; readonly id: number; readonly workers: number }
  | { readonly kind: "notice"; readonly message: string }
  | { readonly kind: "failed"; readonly id: number; readonly message: string }
  | PopulationsReply;
