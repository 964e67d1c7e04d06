import type { PackedCells, Topology } from "../engine/index.ts";
import type { CellBox, CellPoint, Viewport } from "../view/Viewport.ts";
import type { PaintedPicture } from "../worker/universe/protocol.ts";

/** A block being placed: drawn translucent with its top-left cell at (x, y). */
export interface PlacedBlock {
  readonly x: number;
  readonly y: number;
  readonly block: GhostBlock;
}

export interface GhostBlock {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
}

/** The infinite plane as a frame shows it: the latest picture and the cells changed since. */
export interface InfiniteScene {
  readonly picture: PaintedPicture | null;
  readonly overlay: readonly { readonly x: number; readonly y: number; readonly state: number }[];
}

/**
 * Everything of the app's state that a frame shows, and nothing else: `drawScene` reads only
 * this, and the canvas redraws when any of it changes (see `sceneChanged`). A field added here
 * is both drawable and watched, so nothing drawn can be missed.
 */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** The world on the infinite plane (then `width`, `height` and `cells` are not drawn). */
  readonly infinite: InfiniteScene | null;
  readonly cells: PackedCells;
  /** Bumped whenever `cells` changes in place; a new `cells` object needs no bump. */
  readonly cellsVersion: number;
  readonly view: Viewport;
  /** Canvas size in CSS pixels. */
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  /** The cell under the pointer, outlined. */
  readonly hover: CellPoint | null;
  /** The selected rectangle of cells, outlined. */
  readonly selection: CellBox | null;
  /** A paste or library pattern following the pointer. */
  readonly paste: PlacedBlock | null;
  /** The keyboard cursor, drawn while the grid has keyboard focus. */
  readonly cursor: CellPoint | null;
}

/** The scene of a state that has (at least) the scene's fields, e.g. the store's. */
export function sceneOf(state: Scene): Scene {
  const {
    width,
    height,
    topology,
    infinite,
    cells,
    cellsVersion,
    view,
    canvasWidth,
    canvasHeight,
    hover,
    selection,
    paste,
    cursor,
  } = state;
  return {
    width,
    height,
    topology,
    infinite,
    cells,
    cellsVersion,
    view,
    canvasWidth,
    canvasHeight,
    hover,
    selection,
    paste,
    cursor,
  };
}

/**
 * Whether two scenes differ in any field (compared by identity): a change means a redraw. The
 * infinite plane's world is compared by what is drawn of it, its picture and overlay: the store
 * replaces it with every count the worker sends (several a frame while it runs), and a redraw
 * for each cost the page's thread a screenful of pixels.
 */
export function sceneChanged(a: Scene, b: Scene): boolean {
  for (const key of Object.keys(a) as (keyof Scene)[]) {
    if (key === "infinite" ? infiniteChanged(a.infinite, b.infinite) : a[key] !== b[key])
      return true;
  }
  return false;
}

function infiniteChanged(a: InfiniteScene | null, b: InfiniteScene | null): boolean {
  if (a === b) return false;
  return !a || !b || a.picture !== b.picture || a.overlay !== b.overlay;
}
