import type { PatternComment } from "../../formats/Pattern.ts";
import type { Rule } from "../../rules/index.ts";
import type { CellRect, DensityPicture, EngineName } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";

/** The engine asked for: `auto` lets `createUniverse` choose. */
export type UniverseEngineChoice = "auto" | EngineName;

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
}

/**
 * Messages to a universe worker, handled in order. Cells travel as Float64Arrays of (x, y)
 * pairs, edits as (x, y, state) triples: coordinates on the infinite plane pass 2^31.
 *
 * - `load` replaces the world with `cells` on `rule`, at `generation`, or with the nodes of a
 *   macrocell file's text (`macrocell`, read in the worker: at its `#G` generation, on `rule`,
 *   which the page read from its `#R`), and starts `epoch`. A load that fails (a file that
 *   cannot be read) keeps the world it would have replaced, under the new epoch.
 * - `step` advances `generations` (a bigint) in chunks, between which the worker reads its
 *   messages: `stop` abandons the step (its reply says how far it got), `edit`, `picture`,
 *   `cells` and `snapshot` are answered between chunks, and `load`, `rule`, `restore` stop it.
 * - `snapshot` keeps the world under `key` (chosen by the page, so it needs no reply to go on);
 *   `restore` puts one back as `epoch`, on `rule` (the cells carried over when the snapshot was
 *   taken on another); `forget` lets one go.
 * - `rule` and `engine` carry the cells over to another rule or engine, keeping the generation
 *   (HashLife to HashLife by its nodes; into another engine only up to MAX_CARRIED_CELLS).
 * - `macrocell` asks for the world as a macrocell file, with `rule` and `comments` in its head.
 */
export type UniverseRequest =
  | {
      readonly kind: "load";
      readonly epoch: number;
      readonly rule: Rule;
      readonly engine: UniverseEngineChoice;
      readonly cells: Float64Array;
      readonly generation: bigint;
    }
  | {
      readonly kind: "load";
      readonly epoch: number;
      readonly rule: Rule;
      readonly engine: UniverseEngineChoice;
      readonly macrocell: string;
    }
  | { readonly kind: "edit"; readonly seq: number; readonly changes: Float64Array }
  | { readonly kind: "step"; readonly id: number; readonly generations: bigint }
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
  | { readonly kind: "cells"; readonly id: number; readonly rect?: CellRect }
  | { readonly kind: "snapshot"; readonly key: number }
  | { readonly kind: "restore"; readonly epoch: number; readonly key: number; readonly rule: Rule }
  | { readonly kind: "forget"; readonly key: number }
  | {
      readonly kind: "macrocell";
      readonly id: number;
      readonly rule?: string;
      readonly comments: readonly PatternComment[];
    };

/**
 * Replies. A step sends `progress` now and then while it runs (for the counters) and `stepped`
 * once it ends, `stopped` when a `stop` (or a new world) cut it short. `status` answers a load,
 * rule, engine or restore. The picture's pixels and bitmap, the cells and the macrocell file's
 * UTF-8 bytes are transferred, not copied: the page draws a bitmap without touching its pixels,
 * so that no frame on the page's thread converts or uploads a picture.
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
    }
  | {
      readonly kind: "cells";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly cells: Float64Array;
    }
  | {
      readonly kind: "macrocell";
      readonly id: number;
      readonly status: UniverseStatus;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: "failed"; readonly id: number; readonly message: string };
