import type { Rule } from "../rules/Rule.ts";
import type { Space } from "../universe/Universe.ts";
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

/** Cells marked over the grid by the Inspector or Watch mode (see `CellMarks` in the store). */
export interface MarksScene {
  readonly active: CellPoint | null;
  readonly asked: CellPoint | null;
  readonly answered: CellPoint | null;
  readonly differing: readonly CellPoint[];
}

/** An identified oscillator's cell periods (see CellPeriods): `box` row by row, 0 for none. */
export interface PeriodMapScene {
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly periods: Uint16Array;
  readonly counts: readonly (readonly [period: number, cells: number])[];
}

/** The world as a frame shows it: its space, the latest picture and the cells changed since. */
export interface WorldScene {
  readonly space: Space;
  readonly picture: PaintedPicture | null;
  readonly overlay: readonly { readonly x: number; readonly y: number; readonly state: number }[];
}

/**
 * Everything of the app's state that a frame shows, and nothing else: `drawScene` reads only
 * this, and the canvas redraws when any of it changes (see `sceneChanged`). A field added here
 * is both drawable and watched, so nothing drawn can be missed.
 */
export interface Scene {
  readonly world: WorldScene;
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
  /** The world's rule: a multi-state rule's cells are drawn in its states' colours. */
  readonly rule?: Rule;
  /** The cells a coroutine being inspected or watched involves. */
  readonly marks?: MarksScene | null;
  /** An identified oscillator's cell periods, coloured over the grid. */
  readonly periodMap?: PeriodMapScene | null;
}

/** The scene of a state that has (at least) the scene's fields, e.g. the store's. */
export function sceneOf(state: Scene): Scene {
  const {
    world,
    view,
    canvasWidth,
    canvasHeight,
    hover,
    selection,
    paste,
    cursor,
    rule,
    marks,
    periodMap,
  } = state;
  return {
    world,
    view,
    canvasWidth,
    canvasHeight,
    hover,
    selection,
    paste,
    cursor,
    ...(rule && { rule }),
    marks: marks ?? null,
    periodMap: periodMap ?? null,
  };
}

/**
 * Whether two scenes differ in any field (compared by identity): a change means a redraw. The
 * world is compared by what is drawn of it, its space, picture and overlay: the store replaces
 * it with every count the worker sends (several a frame while it runs), and a redraw for each
 * cost the page's thread a screenful of pixels.
 */
export function sceneChanged(a: Scene, b: Scene): boolean {
  for (const key of Object.keys(a) as (keyof Scene)[]) {
    if (key === "world" ? worldChanged(a.world, b.world) : a[key] !== b[key]) return true;
  }
  return false;
}

function worldChanged(a: WorldScene, b: WorldScene): boolean {
  if (a === b) return false;
  return a.space !== b.space || a.picture !== b.picture || a.overlay !== b.overlay;
}
