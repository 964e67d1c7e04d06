import type { PackedCells, Topology } from "../engine/index.ts";
import type { Pattern, PatternComment, SparsePattern } from "../formats/index.ts";
import type { Rule } from "../rules/index.ts";
import type { GridShape } from "../universe/BoundedWorld.ts";
import type { TubeSpace } from "../universe/Universe.ts";
import type { CellBox, CellPoint, CornerCover, Viewport } from "../view/Viewport.ts";
import type { DisplayActions, DisplayData } from "./display.ts";
import type { CellBlock } from "./edit/CellBlock.ts";
import type { BlockTransform } from "./edit/transformBlock.ts";
import type { GraphActions, GraphData } from "./graph/GraphState.ts";
import type { IdentifyView, PeriodMap } from "./identify/IdentifyView.ts";
import type { CellMarks, Inspection } from "./inspect/Inspection.ts";
import type { Watch } from "./inspect/Watch.ts";
import type { IdentifyActions } from "./slices/createIdentifySlice.ts";
import type { WorldKeys, WorldView } from "./world/WorldView.ts";

/** Speed in generations per second; Infinity means as fast as the engine goes. */
export type Speed = number;

/** What a pointer drag on the grid does. */
export type Tool = "draw" | "select" | "pan" | "inspect";

/** A block following the pointer until it is stamped: a paste, or a pattern from the library. */
export interface PendingPaste {
  readonly block: CellBlock;
  /** Where the block's top-left cell would land. */
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /**
   * The rule the block is made for, applied when it is put down (with the cells, as one undo
   * step); absent for a Life (B3/S23) pattern or a copy, which keep the world's rule.
   */
  readonly rule?: Rule;
}

/**
 * A bounded grid to open: its shape, rule and cells packed a bit each (the one packed form of a
 * grid's cells, as files, links and autosave read it), with the opened file's name and comments.
 */
export interface GridWorld extends GridShape {
  readonly rule: Rule;
  /** The non-empty cells. */
  readonly cells: PackedCells;
  /**
   * A multi-state grid's states, a byte a cell, row-major (the cells `cells` marks are the
   * non-zero ones); absent for a two-state grid, whose cells are all in state 1.
   */
  readonly states?: Uint8Array;
  /** The opened file's name (its `#N`, else its file name), null when none was opened. */
  readonly patternName?: string | null;
  /** The opened file's `#` comments, written back by Copy and Download RLE. */
  readonly comments?: readonly PatternComment[];
}

/** The world as Undo keeps it: the settings the page holds, and the worker's snapshots. */
export interface UndoSnapshot extends GridShape {
  readonly rule: Rule;
  /** How the user's rule ran and its code, when the rule came from the user's JavaScript. */
  readonly ruleNote: LifeData["ruleNote"];
  readonly ruleSource: LifeData["ruleSource"];
  readonly patternName: string | null;
  readonly comments: readonly PatternComment[];
  readonly world: WorldKeys;
}

/**
 * Where a world lives: a bounded grid (torus or plane), the infinite plane, or a tube or strip
 * of infinite width (`:T0,h`, `:P0,h`) as high as the grid.
 */
export type WorldTopology = Topology | "infinite" | "tube" | "strip";

/**
 * What the app shows and what the controls change. `width`, `height` and `topology` are the
 * bounded grid: the world's space when it is on one, else the grid it would go back to.
 */
export interface LifeData extends GridShape, DisplayData, GraphData {
  /**
   * The world, in any space. The page holds none of its cells: the universe worker does, and
   * this is what its replies say, with the latest picture of the view. `generation` and
   * `population` follow it as numbers.
   */
  readonly world: WorldView;
  /** Generations a Step (and each request at full speed) runs on the infinite plane: 2^this. */
  readonly stepExponent: number;
  readonly rule: Rule;
  /** The rule as canonical text, e.g. "B3/S23". */
  readonly ruleText: string;
  /**
   * How the user's own rule runs (compiled to a rule the fast engines run, or on the
   * interpreter in the sandbox and why), for the rule it was said of: shown while that rule
   * runs.
   */
  readonly ruleNote: { readonly ruleText: string; readonly note: string } | null;
  /**
   * The JavaScript the user wrote for the rule it compiled to (`ruleText`), kept while that rule
   * runs: the Inspector and Watch mode then trace the user's coroutine, in the sandbox, not the
   * built-in one of the table (see `userSourceOf`). A rule that did not compile carries its own.
   */
  readonly ruleSource: { readonly ruleText: string; readonly source: string } | null;
  /**
   * A rule in JavaScript not yet run, shown until the user runs it (in the sandbox) or dismisses
   * it: the one an opened link carries, or the user's saved rule that could not be run again.
   */
  readonly linkedRule: { readonly source: string; readonly from: "link" | "saved" } | null;
  /** The world's generation and population as numbers (exact below 2^53; `world` has them exactly). */
  readonly generation: number;
  readonly population: number;
  readonly running: boolean;
  /**
   * Whether the world is moving along its timeline (Back, the slider): the counts are read out
   * once it settles, not at each generation on the way.
   */
  readonly navigating: boolean;
  readonly speed: Speed;
  readonly generationsPerFrame: number;
  /** Generations per second actually achieved, measured over the last second or so. */
  readonly measuredRate: number;
  readonly view: Viewport;
  /** The canvas's size in CSS pixels, needed to fit and to zoom with the buttons. */
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  /** The canvas's lower-right corner under the docked panels (Identify, the graph): Fit keeps clear of it. */
  readonly gridCover: CornerCover;
  readonly hover: CellPoint | null;
  /** The keyboard cursor's cell while the grid has keyboard focus; null when it is not shown. */
  readonly cursor: CellPoint | null;
  readonly tool: Tool;
  readonly selection: CellBox | null;
  readonly paste: PendingPaste | null;
  /** What Copy and Cut took, for Paste. */
  readonly clipboard: CellBlock | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The last thing worth announcing besides generation and population ("Paused", ...). */
  readonly announcement: string;
  /** An error to show in the alert region; the pattern on screen stays as it was. */
  readonly alert: string | null;
  /** Information worth showing that is not an error (e.g. why a grid is not autosaved). */
  readonly notice: string | null;
  /** The random fill density last chosen or used, 0 to 1. */
  readonly density: number;
  /**
   * The state a click or drag draws, as last chosen (1 by default); a rule with fewer states
   * draws in its last (see drawStateOf), so a change of rule needs no clamping here.
   */
  readonly drawState: number;
  /** What runs the simulation, as the last step reported it. */
  readonly engine: string;
  /**
   * The engine asked for: `auto` the fastest (the compiled kernels on a bounded grid; on the
   * infinite plane HashLife, or tiles for a soup), or the coroutine interpreter; on the infinite
   * plane also HashLife or tiles by name (a bounded grid runs them as `auto`).
   */
  readonly engineChoice: EngineChoice;
  /** Workers sharing the simulation. */
  readonly workers: number;
  /** The opened file's name (its `#N`, else its file name), null when none was opened. */
  readonly patternName: string | null;
  /** The opened file's `#` comments, written back by Copy and Download RLE. */
  readonly comments: readonly PatternComment[];
  /** The cell the Inspector steps through, null when it is closed. */
  readonly inspection: Inspection | null;
  /** Watch a generation: the interpreter over the visible cells, null when not watching. */
  readonly watch: Watch | null;
  /** Cells marked over the grid by the Inspector or Watch mode. */
  readonly marks: CellMarks | null;
  /** Identify's panel (a run, its answer or why it failed), null when closed. */
  readonly identified: IdentifyView | null;
  /** An identified oscillator's cell periods, drawn over the grid while shown. */
  readonly periodMap: PeriodMap | null;
}

export type EngineChoice = "auto" | "coroutine" | "hashlife" | "tiles";

/** The engines chosen by name that run only on the infinite plane. */
export const INFINITE_ONLY_ENGINES: readonly EngineChoice[] = ["hashlife", "tiles"];

export interface PlaybackActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Advances one generation (when paused). */
  step(): void;
  /**
   * Goes back one step (2^stepExponent generations, the step Step takes, so the previous step
   * on the infinite plane) along the run timeline, to no earlier than its first kept
   * generation; pauses first. Navigation, not an undo step.
   */
  back(): void;
  /**
   * Moves the world to `generation` along the run timeline (the timeline slider): at most one
   * move in flight, the latest asked for wins; the counts are announced once it settles.
   */
  scrubTo(generation: bigint): void;
  /** Back to the start (the pattern as opened, or as last edited); an undo step. */
  reset(): void;
  setSpeed(speed: Speed): void;
  setGenerationsPerFrame(generations: number): void;
  setEngine(choice: EngineChoice): void;
  /** Sets the step to 2^exponent generations (0 to 62). */
  setStepExponent(exponent: number): void;
  /**
   * Goes to `generation`, exactly: along the run timeline when it holds it (back, or forward up
   * to the newest computed; not an undo step), else runs on to it (or goes back to the start
   * and runs); returns a message when it cannot (before the start).
   */
  goToGeneration(generation: bigint): string | null;
  setWorkers(workers: number): void;
  /** Puts the generation and population in the announcement (they are not read out every tick). */
  announceCounts(): void;
}

export interface WorldActions {
  clear(): void;
  /** Fills the grid at random; the density becomes the chosen one. */
  /**
   * Fills the grid at random; with `size`, a new grid of that size (one change of world, not a
   * resize and then a fill: on a 16384x16384 grid each change costs the page a long task).
   * Returns the error message (and changes nothing) when the size is bad.
   */
  randomFill(
    density: number,
    seed?: number,
    size?: { readonly width: number; readonly height: number },
  ): string | null;
  /** Chooses the density for the next random fill, 0 to 1. */
  setDensity(density: number): void;
  /** Applies a rulestring; returns the error message (and changes nothing) when it is bad. */
  setRule(text: string): string | null;
  /**
   * Applies a rule the user wrote, as the sandbox prepared it: the Life-like rule it compiled
   * to, or the rule itself (`family: "user"`, bounded grids only); `note` says how it runs.
   * Returns the error message (and changes nothing) when it cannot run on this world.
   */
  setUserRule(rule: Rule, note: string, source: string): string | null;
  /** Returns the error message (and changes nothing) when the size is bad. */
  setSize(width: number, height: number): string | null;
  /**
   * Changes the topology: torus or plane keep the grid; the infinite plane takes the grid's
   * cells where they are; from the infinite plane, the cells come back on a grid made to hold
   * them (refused in the alert when they would not fit one).
   */
  setTopology(topology: WorldTopology): void;
  /**
   * The infinite world's bounding box as RLE, with `#CXRLE Pos=x,y Gen=n` giving where it is
   * and its generation (as Golly writes it), the rule and the opened file's comments; a tube's
   * or strip's likewise, its rule with its suffix (`:T0,20`) and its position across counted
   * from the middle as Golly does. Rejects on a bounded grid, or when the box is over 2^28 cells.
   */
  infiniteRle(): Promise<string>;
  /**
   * The infinite world as a macrocell (`.mc`) file's UTF-8 bytes, written in the universe
   * worker from its nodes (any size), with the rule and the opened file's comments. Rejects on
   * a bounded grid.
   */
  infiniteMacrocell(): Promise<Uint8Array>;
  /**
   * Opens a macrocell (`.mc`) file's text as the new world on the infinite plane, at its `#G`
   * generation, on its `#R` rule: the universe worker reads the nodes, and the view fits the
   * pattern once they are in. Returns a message (changing nothing) when the rule cannot run
   * there; a file the worker cannot read is reported in the alert, and the world is put back.
   * `name` is the file's name, if it has one.
   */
  openMacrocell(text: string, name?: string): string | null;
  /**
   * Opens live cells, (x, y) pairs, on the infinite plane, or on `details.tube` (a tube or
   * strip, `:T0,20`), at generation 0 unless given.
   */
  openInfinite(
    cells: Float64Array,
    rule: Rule,
    details?: {
      patternName?: string | null;
      comments?: readonly PatternComment[];
      /** The generation the cells are at (a file's `#CXRLE Gen`); 0 by default. */
      generation?: bigint;
      /** Each cell's state (a multi-state world's), at the index of its pair; 1 without. */
      states?: Uint8Array;
      /** The tube or strip to open on, instead of the infinite plane. */
      tube?: TubeSpace;
    },
    announcement?: string,
  ): void;
  /** Sets the cell to the draw state, or empties it when it is in the draw state already. */
  toggleCell(cell: CellPoint): void;
  /** Chooses the state clicks and drags draw (1 to the rule's last state). */
  setDrawState(state: number): void;
  /** A cell's state as the page shows it (on the infinite plane: the picture and edits since). */
  stateOf(cell: CellPoint): number;
  /** Sets every cell on the line from `from` to `to` to `state`. */
  paintLine(from: CellPoint, to: CellPoint, state: number): void;
  /** Replaces the whole world with a bounded grid at generation 0. */
  loadWorld(world: GridWorld, announcement?: string): void;
  /** The world's cells packed a bit each (a bounded grid; rejects on the infinite plane). */
  gridCells(): Promise<PackedCells>;
  /**
   * A multi-state grid's cells (see GridWorld): the non-empty ones packed, and every cell's
   * state a byte each (rejects on the infinite plane).
   */
  gridStates(): Promise<{ cells: PackedCells; states: Uint8Array }>;
  /**
   * Opens a pattern file's contents as the new world: its rule (when it names one, with any
   * bounded-grid suffix), on the grid the suffix gives; without one, on the infinite plane
   * centred on the origin (`space` "grid": on a grid made to hold it, as a B0 rule always is).
   * A sparse pattern (too big for a grid) opens only on the infinite plane. Returns an error message and changes
   * nothing when the rule is bad or the pattern too big.
   */
  openPattern(
    pattern: Pattern | SparsePattern,
    name?: string,
    space?: "auto" | "grid",
  ): string | null;
  showAlert(message: string | null): void;
  /** Shows (or with null, hides) an informational notice; it is not an error. */
  showNotice(message: string | null): void;
  /**
   * Shows (or, with null, forgets) a JavaScript rule without running it: a link's (`from` "link",
   * the default) or the user's saved one that could not be run again ("saved").
   */
  setLinkedRule(source: string | null, from?: "link" | "saved"): void;
}

export interface HistoryActions {
  /** Remembers the world as it is now, before an edit that Undo should be able to take back. */
  checkpoint(): void;
  undo(): void;
  redo(): void;
}

export interface SelectionActions {
  setTool(tool: Tool): void;
  setSelection(box: CellBox | null): void;
  /** The selected cells (as the worker has them), or null without a selection. */
  copySelection(): Promise<CellBlock | null>;
  cutSelection(): Promise<CellBlock | null>;
  deleteSelection(): void;
  transformSelection(transform: BlockTransform): Promise<void>;
  /** Starts placing what Copy or Cut took. */
  pasteClipboard(): void;
  /**
   * Starts placing `block`: it follows the pointer until commitPaste; it starts centred in view,
   * or on the keyboard cursor while that is shown. `rule` is the rulestring the block was made
   * for: a rule other than B3/S23 is applied when the block is put down (a bounded-grid suffix
   * is not: a placed block resizes the grid only to hold it). Nothing changes until then.
   * Returns a message (and places nothing) when the rule is bad or the block is bigger than any
   * grid.
   */
  startPaste(block: CellBlock, label: string, rule?: string): string | null;
  /** Moves the pending paste so that its centre is at `cell`. */
  movePaste(cell: CellPoint): void;
  /**
   * Puts the block down: its rule, a grid grown to hold it (when it would fold on a torus or
   * fall off a plane) and its cells, as one undo step. A growth past the largest grid is
   * refused in the alert, and the block keeps floating.
   */
  commitPaste(): void;
  cancelPaste(): void;
}

export interface ViewActions {
  setView(view: Viewport): void;
  zoomBy(factor: number, anchorX?: number, anchorY?: number): void;
  panBy(dx: number, dy: number): void;
  /** Shows the live cells whole ("pattern", the default; the grid when empty) or the whole grid. */
  fit(target?: "pattern" | "grid"): void;
  setCanvasSize(width: number, height: number): void;
  /** What the docked panels cover now, measured by the dock. */
  setGridCover(cover: CornerCover): void;
  setHover(cell: CellPoint | null): void;
  dispose(): void;
}

/** The keyboard cursor on the grid: arrows move it, Enter or Space toggle its cell. */
export interface CursorActions {
  /** Shows the cursor (at the centre of the view) unless it is shown already. */
  showCursor(): void;
  hideCursor(): void;
  /** Moves the cursor by whole cells within the grid; the view follows, and so does a paste. */
  moveCursor(dx: number, dy: number): void;
}

/** The Inspector: one cell's coroutine, instruction by instruction (see createInspectSlice). */
export interface InspectActions {
  /** Traces the cell's coroutine for the current generation (pausing) and shows its first step. */
  inspectCell(cell: CellPoint): Promise<void>;
  /** Moves one instruction forwards (1) or back (-1). */
  stepInstruction(delta: 1 | -1): void;
  /** Moves to instruction `index` (the number of instructions: the TICK). */
  goToInstruction(index: number): void;
  /** Inspects the next cell in the order the interpreter runs them (row by row). */
  stepCell(): Promise<void>;
  /** Moves to the TICK after the cell's Transition. */
  runToTick(): void;
  closeInspection(): void;
}

/** Watch a generation (see createWatchSlice). */
export interface WatchActions {
  /** Starts walking the current generation over the visible cells (pausing the world). */
  watchGeneration(): Promise<void>;
  /** Instructions a second. */
  setWatchSpeed(speed: number): void;
  toggleWatchPause(): void;
  /** Runs the cells left at once, then the TICK. */
  finishWatch(): void;
  /**
   * Compares the interpreter's next states with the world's next generation (its engine's);
   * before the TICK, finishes the walk and ticks first.
   */
  checkAgainstKernel(): Promise<void>;
  stopWatch(): void;
}

export type LifeActions = PlaybackActions &
  IdentifyActions &
  DisplayActions &
  GraphActions &
  InspectActions &
  WatchActions &
  WorldActions &
  HistoryActions &
  SelectionActions &
  ViewActions &
  CursorActions;
export type LifeState = LifeData & LifeActions;

/**
 * The user's JavaScript for the world's rule, when the rule came from it: a rule that did not
 * compile carries it; a Life-like rule it compiled to has it in `ruleSource` while it runs.
 * Null for a built-in rule: the Inspector then traces `cellProgramOf(rule)` in the page.
 */
export function userSourceOf(state: LifeData): string | null {
  if (state.rule.family === "user") return state.rule.source;
  return state.ruleSource?.ruleText === state.ruleText ? state.ruleSource.source : null;
}
