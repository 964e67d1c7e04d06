import type { Topology } from "../engine/index.ts";
import type { CellPoint, Viewport } from "../render/Viewport.ts";
import type { Rule } from "../rules/index.ts";

/** Speed in generations per second; Infinity means as fast as the engine goes. */
export type Speed = number;

/** What the app shows and what the controls change. Actions live beside it in LifeActions. */
export interface LifeData {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  readonly rule: Rule;
  /** The rule as canonical text, e.g. "B3/S23". */
  readonly ruleText: string;
  /** The current generation's cells, row-major; edited in place, so watch `cellsVersion`. */
  readonly cells: Uint8Array;
  /** Bumped whenever `cells` changes, in place or by replacement. */
  readonly cellsVersion: number;
  readonly generation: number;
  readonly population: number;
  /** The pattern at generation 0, which Reset returns to. */
  readonly startCells: Uint8Array;
  readonly running: boolean;
  readonly speed: Speed;
  readonly generationsPerFrame: number;
  /** Generations per second actually achieved, measured over the last second or so. */
  readonly measuredRate: number;
  readonly view: Viewport;
  /** The canvas's size in CSS pixels, needed to fit and to zoom with the buttons. */
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  readonly hover: CellPoint | null;
  /** The last thing worth announcing besides generation and population ("Paused", ...). */
  readonly announcement: string;
  /** An error to show in the alert region; the pattern on screen stays as it was. */
  readonly alert: string | null;
  readonly engine: string;
}

export interface LifeActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Advances one generation (when paused). */
  step(): void;
  reset(): void;
  clear(): void;
  randomFill(density: number, seed?: number): void;
  /** Applies a rulestring; returns the error message (and changes nothing) when it is bad. */
  setRule(text: string): string | null;
  /** Returns the error message (and changes nothing) when the size is bad. */
  setSize(width: number, height: number): string | null;
  setTopology(topology: Topology): void;
  setSpeed(speed: Speed): void;
  setGenerationsPerFrame(generations: number): void;
  toggleCell(cell: CellPoint): void;
  /** Sets every cell on the line from `from` to `to` to `state`. */
  paintLine(from: CellPoint, to: CellPoint, state: 0 | 1): void;
  /** Replaces the whole world: cells (of width x height), rule and topology, at generation 0. */
  loadWorld(world: {
    width: number;
    height: number;
    topology: Topology;
    rule: Rule;
    cells: Uint8Array;
  }): void;
  setView(view: Viewport): void;
  zoomBy(factor: number, anchorX?: number, anchorY?: number): void;
  panBy(dx: number, dy: number): void;
  /** Shows the live cells whole ("pattern", the default; the grid when empty) or the whole grid. */
  fit(target?: "pattern" | "grid"): void;
  setCanvasSize(width: number, height: number): void;
  setHover(cell: CellPoint | null): void;
  showAlert(message: string | null): void;
  dispose(): void;
}

export type LifeState = LifeData & LifeActions;
