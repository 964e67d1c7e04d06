import type { Topology } from "../../engine/Grid.ts";
import { assertGridSize, MAX_GRID_SIDE, PackedCells } from "../../engine/index.ts";
import { describeTube, surfaceProblem } from "../../engine/Surface.ts";
import {
  describeReadError,
  isSparsePattern,
  type Pattern,
  type PatternComment,
  parseMacrocellHead,
  patternRuns,
  type SparsePattern,
  writeRunsRle,
} from "../../formats/index.ts";
import { birthOnZero } from "../../rules/birthOnZero.ts";
import {
  formatRule,
  isTube,
  type ParsedRule,
  parseRule,
  type Rule,
  RuleError,
} from "../../rules/index.ts";
import { isMultiState, stateCount } from "../../rules/Rule.ts";
import { spaceOf } from "../../universe/BoundedWorld.ts";
import {
  gollyPlacement,
  gollyPosition,
  gollyTubePlacement,
} from "../../universe/gollyPlacement.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import { placeRuns } from "../../universe/placeRuns.ts";
import { sameSpace } from "../../universe/sameSpace.ts";
import { stampPacked } from "../../universe/stampPacked.ts";
import type { TubeSpace } from "../../universe/Universe.ts";
import { NO_RUNS } from "../../universe/universeRuns.ts";
import { fitViewClearOf, type Viewport } from "../../view/Viewport.ts";
import { worldRleComments } from "../../worker/codec/index.ts";
import { cellsOnLine } from "../cellsOnLine.ts";
import { drawStateOf } from "../drawStateOf.ts";
import { runsOfCellStates, stateCells } from "../edit/stateCells.ts";
import type { WorldActions } from "../LifeState.ts";
import { cellIn } from "../world/createWorldLink.ts";
import { fullShape, surfaceAnnouncement, surfaceFor, surfaceName } from "../world/surfaces.ts";
import { onInfinitePlane } from "../world/WorldView.ts";
import type { StoreContext } from "./StoreContext.ts";
/** Room left around a pattern opened on a grid made to hold it. */
export const OPEN_MARGIN = 32;

/**
 * The smallest grid made for an opened file, the app's default 120x80: a file gets a grid of
 * its own, so a small one opened after a big one is not lost on the big grid.
 */
const OPEN_MIN_WIDTH = 120;
const OPEN_MIN_HEIGHT = 80;

/** What a file is called: its `#N` line, else its file name without the extension. */
function nameOf(pattern: Pick<Pattern, "comments">, fileName: string | undefined): string | null {
  const named = pattern.comments.find((comment) => comment.kind === "N")?.text.trim();
  if (named) return named;
  return fileName?.replace(/\.(rle|cells|lif|life|txt|mc)(\.gz)?$/i, "") || null;
}

/** Where the old grid's top-left cell lands on a grid of another size: centred, as `recentred`. */
function recentring(from: { width: number; height: number }, width: number, height: number) {
  return { dx: Math.floor((width - from.width) / 2), dy: Math.floor((height - from.height) / 2) };
}

/** Everything that changes the cells, the rule or the grid; all of it can be undone. */
export function createWorldSlice(ctx: StoreContext, pause: () => void): WorldActions {
  const { set, get } = ctx;
  const infinite = () => onInfinitePlane(get().world);
  /** The world's tube or strip, when it is on one. */
  const tube = (): TubeSpace | null => {
    const { space } = get().world;
    return space.kind === "tube" ? space : null;
  };
  /** Whether the world is on no bounded grid: on the infinite plane or a tube or strip. */
  const unbounded = () => !isGridSpace(get().world.space);

  const edit = (points: { x: number; y: number }[], state: number | { readonly toggle: number }) =>
    ctx.world.edit(points, state);

  const checkSize = (width: number, height: number): string | null => {
    try {
      assertGridSize(height, width);
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };

  const readRule = (text: string): ParsedRule | string => {
    try {
      return parseRule(text);
    } catch (error) {
      if (error instanceof RuleError) return error.message;
      throw error;
    }
  };

  /** What the store holds of a new world besides the worker's counts. */
  const settingsOf = (
    rule: Rule,
    details: { patternName?: string | null; comments?: readonly PatternComment[] },
  ) => ({
    rule,
    ruleText: formatRule(rule),
    patternName: details.patternName ?? null,
    comments: details.comments ?? [],
  });

  /** Opens live cells on the infinite plane (or `details.tube`), as one undo step. */
  const openInfinite: WorldActions["openInfinite"] = (cells, rule, details = {}, announcement) => {
    pause();
    ctx.remember();
    ctx.world.open(
      {
        space: details.tube ?? INFINITE,
        cells,
        ...(details.states && { states: details.states }),
        rule,
        engine: get().engineChoice,
        generation: details.generation ?? 0n,
      },
      { ...settingsOf(rule, details), ...(details.tube && sideOf(details.tube)) },
      announcement ??
        (details.tube
          ? `Opened on a ${describeTube(details.tube)}`
          : "Opened on the infinite plane"),
    );
    get().fit("pattern");
  };

  /** A new bounded grid of the settings' shape, at generation 0, as one undo step. */
  const openGrid = (
    contents:
      | { words: Uint32Array }
      | { random: { density: number; seed: number } }
      | { cells: Float64Array; states: Uint8Array },
    details: { patternName?: string | null; comments?: readonly PatternComment[] },
    announcement: string,
    fitTo: "pattern" | "grid" | null = null,
  ) => {
    const s = get();
    ctx.world.open(
      {
        space: spaceOf(s),
        rule: s.rule,
        engine: s.engineChoice,
        generation: 0n,
        ...contents,
      },
      { ...settingsOf(s.rule, details), selection: null, paste: null },
      announcement,
      fitTo ? { opened: () => get().fit(fitTo) } : {},
    );
  };

  /** Moves the world onto a bounded grid of the settings' shape, the old one centred in it. */
  const resizeGrid = (from: { width: number; height: number }, announcement: string) => {
    const s = get();
    const { dx, dy } = recentring(from, s.width, s.height);
    ctx.world.move(spaceOf(s), dx, dy, {}, announcement);
  };

  /**
   * The world onto `to`, a tube or strip, as one undo step: its cells centred across it, along
   * it where they are (a grid's centred on the origin); those that fall off a strip's sides
   * are lost, as off a plane.
   */
  const moveOntoTube = (to: TubeSpace, announcement: string) => {
    pause();
    const s = get();
    const box = unbounded() ? s.world.bounds : { x: 0, y: 0, width: s.width, height: s.height };
    const from = box ?? { x: 0, y: 0, width: 0, height: 0 };
    const along = unbounded() ? 0 : -Math.floor((to.axis === "x" ? from.width : from.height) / 2);
    const dx = to.axis === "x" ? along : Math.floor((to.size - from.width) / 2) - from.x;
    const dy = to.axis === "y" ? along : Math.floor((to.size - from.height) / 2) - from.y;
    ctx.world.move(
      to,
      dx,
      dy,
      { view: shifted(s.view, dx, dy), ...sideOf(to) },
      `${announcement} on a ${describeTube(to)}`,
    );
    get().fit("pattern");
  };

  /** The infinite world's cells onto a grid made to hold them. */
  const toBounded = (topology: Topology) => {
    pause();
    const s = get();
    const box = s.world.bounds;
    let width = Math.max(OPEN_MIN_WIDTH, (box?.width ?? 0) + 2 * OPEN_MARGIN);
    let height = Math.max(OPEN_MIN_HEIGHT, (box?.height ?? 0) + 2 * OPEN_MARGIN);
    // A sphere is square: the cells come back on a square grid.
    if (topology === "sphere") width = height = Math.max(width, height);
    const problem = checkSize(width, height);
    if (problem) {
      set({ alert: `The pattern is too big for a bounded grid: ${problem}` });
      return;
    }
    const surface = surfaceFor(topology, width, height);
    if (typeof surface === "string") {
      set({ alert: surface });
      return;
    }
    ctx.remember();
    const dx = Math.floor((width - (box?.width ?? 0)) / 2) - (box?.x ?? 0);
    const dy = Math.floor((height - (box?.height ?? 0)) / 2) - (box?.y ?? 0);
    const shape = fullShape({ ...surface, width, height });
    ctx.world.move(
      spaceOf(shape),
      dx,
      dy,
      { ...shape, view: shifted(s.view, dx, dy) },
      surfaceAnnouncement(shape),
    );
  };

  const openMacrocell: WorldActions["openMacrocell"] = (text, name) => {
    const source = name ?? "The macrocell";
    let head: ReturnType<typeof parseMacrocellHead>;
    try {
      head = parseMacrocellHead(text);
    } catch (error) {
      return describeReadError(error, source);
    }
    const parsed = head.rule === undefined ? { rule: get().rule } : readRule(head.rule);
    if (typeof parsed === "string")
      return `The pattern's rule "${head.rule}" cannot be used: ${parsed}`;
    if ("bounds" in parsed && parsed.bounds) {
      return `A macrocell opens on the infinite plane, but its rule "${head.rule}" asks for a bounded grid`;
    }
    if (birthOnZero(parsed.rule)) {
      return `The pattern's rule "${head.rule}" cannot run on the infinite plane: B0 would fill it at once`;
    }
    const { rule } = parsed;
    pause();
    // Undo gets the world as it was only once the worker has read the file; until then this
    // snapshot is what a file it cannot read puts back.
    const before = ctx.snapshot();
    ctx.world.open(
      { space: INFINITE, macrocell: text, rule, engine: get().engineChoice },
      settingsOf(rule, { patternName: nameOf(head, name), comments: head.comments }),
      `Opening ${name ?? "the macrocell"} on the infinite plane…`,
      {
        opened: () => {
          ctx.remember(before);
          get().fit("pattern");
          set({ announcement: `Opened ${name ?? "the macrocell"} on the infinite plane` });
        },
        failed: (message) => {
          ctx.restore(before, `${name ?? "The macrocell"} was not opened`);
          set({ alert: `${source}: ${message}` });
        },
      },
    );
    return null;
  };

  return {
    openInfinite,
    openMacrocell,
    async infiniteMacrocell() {
      const s = get();
      if (!infinite()) throw new Error("the world is on a bounded grid");
      return ctx.universe.macrocell({ rule: s.ruleText, comments: worldRleComments(s) });
    },
    async gridCells() {
      const s = get();
      if (unbounded()) throw new Error("the world is not on a bounded grid");
      // A grid a byte a cell (every family but the 3x3 two-state one, a user's rule that did
      // not compile too) has no packed words: its states, packed.
      if (isMultiState(s.rule)) return (await get().gridStates()).cells;
      return new PackedCells(s.width, s.height, await ctx.universe.words());
    },
    async gridStates() {
      const s = get();
      if (unbounded()) throw new Error("the world is not on a bounded grid");
      // A byte a cell from the worker (not pairs: a busy 16384² grid's would be gigabytes).
      const states = await ctx.universe.states();
      return { cells: PackedCells.fromBytes(states, s.width, s.height), states };
    },
    async infiniteRle() {
      const s = get();
      const { space } = s.world;
      if (isGridSpace(space)) throw new Error("the world is on a bounded grid");
      const { cells, states } = await ctx.universe.cellStates();
      const status = ctx.universe.status;
      // Runs, not a box of cells: a pattern 2^40 cells wide is a few lines of RLE.
      const found = runsOfCellStates(cells, states);
      const generation = status?.generation ?? s.world.generation;
      return writeRunsRle(
        { ...(found?.runs ?? NO_RUNS), comments: worldRleComments(s) },
        {
          // A tube or strip keeps its suffix, `:T0,20`, and its place across as Golly counts it.
          rule: space.kind === "tube" ? formatRule(s.rule, space) : s.ruleText,
          // Golly writes every pattern of a multi-state rule in its letters.
          states: stateCount(s.rule),
          position: gollyPosition(space, found?.box.x ?? 0, found?.box.y ?? 0),
          generation,
        },
      );
    },
    clear() {
      if (unbounded()) {
        const on = tube();
        openInfinite(new Float64Array(0), get().rule, on ? { tube: on } : {}, "Cleared");
        return;
      }
      ctx.remember();
      const s = get();
      // A new pattern: the opened file's name and comments no longer describe it.
      openGrid({ words: new PackedCells(s.width, s.height).words }, {}, "Cleared");
    },
    randomFill(density, seed = Math.floor(Math.random() * 2 ** 31), size) {
      const s = get();
      // On a tube or strip the fill is a band of it, the grid's width (or height) along it and
      // the tube across, and the world stays on the tube; elsewhere it is a new grid.
      const tube = s.world.space.kind === "tube" && !size ? s.world.space : null;
      const { width, height } = tube
        ? tube.axis === "x"
          ? { width: s.width, height: tube.size }
          : { width: tube.size, height: s.height }
        : (size ?? s);
      const problem = checkSize(width, height);
      if (problem) return problem;
      pause();
      ctx.remember();
      const chosen = clampDensity(density);
      const announcement = `Random fill at ${Math.round(chosen * 100)}% density`;
      if (tube) {
        set({ width, height, density: chosen });
        const shape = { width, height, topology: tube.topology };
        ctx.world.open(
          {
            space: spaceOf(shape),
            rule: s.rule,
            engine: s.engineChoice,
            generation: 0n,
            random: { density: chosen, seed },
          },
          { ...settingsOf(s.rule, {}), selection: null, paste: null },
          announcement,
        );
        moveOntoTube(tube, announcement);
        return null;
      }
      set({ width, height, density: chosen });
      openGrid({ random: { density: chosen, seed } }, {}, announcement);
      return null;
    },
    setDensity(density) {
      set({ density: clampDensity(density) });
    },
    setRule(text) {
      const parsed = readRule(text);
      if (typeof parsed === "string") return parsed;
      const { bounds } = parsed;
      if (bounds && !isTube(bounds)) {
        const problem = checkSize(bounds.width, bounds.height);
        if (problem) return problem;
      }
      const s = get();
      const ruleText = formatRule(parsed.rule);
      if (!bounds && unbounded() && birthOnZero(parsed.rule)) {
        return `A B0 rule cannot run on ${infinite() ? "the infinite plane" : "a tube or strip"}: it would fill it at once`;
      }
      ctx.remember();
      set({ rule: parsed.rule, ruleText, announcement: `Rule ${ruleText}`, alert: null });
      ctx.world.setRule(parsed.rule);
      if (!bounds) return null;
      if (isTube(bounds)) {
        const to: TubeSpace = { kind: "tube", ...bounds };
        if (!sameSpace(s.world.space, to)) moveOntoTube(to, `Rule ${ruleText}`);
        return null;
      }
      const shape = fullShape(bounds);
      const { width, height } = shape;
      if (!unbounded() && sameSpace(spaceOf(shape), spaceOf(s))) return null;
      // The suffix names a grid: the world moves onto it (from the infinite plane or a tube,
      // its box centred; from a grid, the old grid centred in the new).
      const box = unbounded() ? s.world.bounds : { x: 0, y: 0, width: s.width, height: s.height };
      const from = box ?? { x: 0, y: 0, width: 0, height: 0 };
      const dx = Math.floor((width - from.width) / 2) - from.x;
      const dy = Math.floor((height - from.height) / 2) - from.y;
      ctx.world.move(
        spaceOf(shape),
        dx,
        dy,
        shape,
        `Rule ${ruleText} on a ${width}x${height} ${surfaceName(shape)}`,
      );
      get().fit("grid");
      return null;
    },
    setUserRule(rule, note, source) {
      if (infinite() && rule.family === "user") {
        return "This rule does not compile, and the interpreter runs it on bounded grids only: choose a torus or a bounded plane first";
      }
      if (infinite() && birthOnZero(rule)) {
        return "A B0 rule cannot run on the infinite plane: it would fill it at once";
      }
      ctx.remember();
      const ruleText = formatRule(rule);
      set({
        rule,
        ruleText,
        ruleNote: { ruleText, note },
        ruleSource: { ruleText, source },
        announcement: note,
        alert: null,
      });
      ctx.world.setRule(rule);
      return null;
    },
    setSize(width, height) {
      const problem = checkSize(width, height);
      if (problem) return problem;
      const s = get();
      // A tube or strip takes its side from the size: its height, or its width for one
      // infinite downwards.
      const on = tube();
      if (on) {
        const to = { ...on, size: on.axis === "x" ? height : width };
        if (sameSpace(on, to)) {
          set({ width, height });
          return null;
        }
        ctx.remember();
        set({ width, height });
        moveOntoTube(to, "Resized");
        return null;
      }
      // On the infinite plane the size is that of the grid the cells would go back to.
      if (unbounded()) {
        set({ width, height });
        return null;
      }
      if (width === s.width && height === s.height) return null;
      // The grid keeps its surface, twist and shift included: a sphere stays square, and a
      // shift must stay shorter than its edges.
      const unfit = surfaceProblem(
        { topology: s.topology, twist: s.twist, shift: s.shift },
        width,
        height,
      );
      if (unfit !== null) return `A ${surfaceName(s)} cannot be ${width}x${height}: ${unfit}`;
      ctx.remember();
      set({ width, height });
      resizeGrid(s, `Grid size ${width}x${height}`);
      get().fit("grid");
      return null;
    },
    setTopology(topology) {
      const s = get();
      const unboundedTopology =
        topology === "tube" || topology === "strip" || topology === "infinite";
      // Its coroutine runs only in the sandbox, on bounded grids (birthOnZero cannot ask it).
      if (unboundedTopology && s.rule.family === "user") {
        if (topology === "infinite" && infinite()) return;
        set({
          alert: `Your rule does not compile, and the interpreter runs it on bounded grids only: it cannot run on ${topology === "infinite" ? "the infinite plane" : `a ${topology}`}`,
        });
        return;
      }
      if (topology === "tube" || topology === "strip") {
        if (birthOnZero(s.rule)) {
          set({ alert: `${s.ruleText} cannot run on a tube or strip: B0 would fill it at once` });
          return;
        }
        const to: TubeSpace = {
          kind: "tube",
          topology: topology === "tube" ? "torus" : "plane",
          axis: "x",
          size: s.height,
        };
        if (sameSpace(s.world.space, to)) return;
        ctx.remember();
        moveOntoTube(to, "The world");
        return;
      }
      if (topology === "infinite") {
        if (infinite()) return;
        // From a tube or strip too, the cells stay where they are.
        if (birthOnZero(s.rule)) {
          set({
            alert: `${s.ruleText} cannot run on the infinite plane: B0 would fill it at once`,
          });
          return;
        }
        pause();
        ctx.remember();
        // The cells stay where they are: the grid's origin is the plane's.
        ctx.world.move(INFINITE, 0, 0, {}, "The infinite plane: no edges");
        return;
      }
      if (unbounded()) {
        toBounded(topology);
        return;
      }
      if (s.topology === topology && !s.shift) return;
      const surface = surfaceFor(topology, s.width, s.height);
      if (typeof surface === "string") {
        set({ alert: `${surface}; set the width and height equal first` });
        return;
      }
      ctx.remember();
      const shape = fullShape({ ...surface, width: s.width, height: s.height });
      set(shape);
      ctx.world.move(spaceOf(shape), 0, 0, {}, surfaceAnnouncement(shape));
    },
    stateOf(cell) {
      const s = get();
      const at = cellIn(s.world.space, cell.x, cell.y);
      return at ? ctx.world.stateAt(s.world, at.x, at.y) : 0;
    },
    toggleCell(cell) {
      ctx.remember();
      edit([cell], { toggle: drawStateOf(get()) });
    },
    setDrawState(state) {
      const s = get();
      const chosen = Math.max(1, Math.min(Math.floor(state) || 1, stateCount(s.rule) - 1));
      set({ drawState: chosen, announcement: `Drawing in state ${chosen}` });
    },
    paintLine(from, to, state) {
      edit(cellsOnLine(from, to), state);
    },
    loadWorld(world, announcement = "Pattern loaded") {
      pause();
      ctx.remember();
      set({
        ...fullShape(world),
        rule: world.rule,
        ruleText: formatRule(world.rule),
      });
      openGrid(
        world.states ? stateCells(world.states, world.width) : { words: world.cells.words },
        { patternName: world.patternName ?? null, comments: world.comments ?? [] },
        announcement,
      );
    },
    openPattern(pattern, name, space = "auto") {
      const s = get();
      const parsed = pattern.rule === undefined ? { rule: s.rule } : readRule(pattern.rule);
      if (typeof parsed === "string")
        return `The pattern's rule "${pattern.rule}" cannot be used: ${parsed}`;
      const bounds = "bounds" in parsed ? parsed.bounds : undefined;
      // Without a bounded-grid suffix a file opens on the infinite plane where it says
      // (`#CXRLE Pos`, Life 1.05/1.06 coordinates), else centred on the origin as Golly puts
      // it, at the generation it gives (a B0 rule cannot run there: it gets a grid as before).
      const sparse = isSparsePattern(pattern);
      /** Opens the live cells on the infinite plane, or on the tube or strip `on`. */
      const openLive = (on?: TubeSpace): string | null => {
        const live = livePairs(pattern, on);
        if (typeof live === "string") return live;
        openInfinite(
          live.cells,
          parsed.rule,
          {
            ...(live.states && { states: live.states }),
            patternName: nameOf(pattern, name),
            comments: pattern.comments,
            ...(pattern.generation === undefined ? {} : { generation: pattern.generation }),
            ...(on && { tube: on }),
          },
          `Opened ${name ?? "the pattern"} on ${on ? `a ${describeTube(on)}` : "the infinite plane"}`,
        );
        return null;
      };
      // A tube or strip (`:T0,20`): live cells as on the infinite plane, placed as Golly places
      // them (across as on a grid of its side, along as on the plane).
      if (bounds && isTube(bounds)) return openLive({ kind: "tube", ...bounds });
      if (sparse && (bounds || space === "grid" || birthOnZero(parsed.rule))) {
        return `The ${pattern.width}x${pattern.height} pattern only fits the infinite plane${birthOnZero(parsed.rule) ? ", where a B0 rule cannot run" : ""}`;
      }
      if (sparse || (!bounds && space === "auto" && !birthOnZero(parsed.rule))) {
        return openLive();
      }
      const width =
        bounds?.width ??
        Math.min(MAX_GRID_SIDE, Math.max(OPEN_MIN_WIDTH, pattern.width + 2 * OPEN_MARGIN));
      const height =
        bounds?.height ??
        Math.min(MAX_GRID_SIDE, Math.max(OPEN_MIN_HEIGHT, pattern.height + 2 * OPEN_MARGIN));
      const problem = checkSize(width, height);
      if (problem) return problem;
      if (pattern.width > width || pattern.height > height) {
        return `The ${pattern.width}x${pattern.height} pattern does not fit a grid of at most ${width}x${height}`;
      }
      const shape = bounds
        ? fullShape(bounds)
        : fullShape({ width, height, topology: s.topology, twist: s.twist, shift: s.shift });
      const cells = new PackedCells(width, height);
      // A file's own place (`#CXRLE Pos`) counts only on the grid its rule names, as in Golly.
      const x = gollyPlacement(width, pattern.width, bounds ? pattern.x : undefined);
      const y = gollyPlacement(height, pattern.height, bounds ? pattern.y : undefined);
      stampPacked(cells, shape, pattern, x, y);
      const states = statesOf(pattern, width, height, x, y);
      get().loadWorld(
        {
          ...shape,
          rule: parsed.rule,
          cells,
          ...(states && { states }),
          patternName: nameOf(pattern, name),
          comments: pattern.comments,
        },
        `Opened ${name ?? "the pattern"}`,
      );
      // The pattern's box is known here: fit it at once, as the worker's answer would.
      const box = { x, y, width: pattern.width, height: pattern.height };
      const { canvasWidth, canvasHeight, gridCover } = get();
      set({ view: fitViewClearOf(box, canvasWidth, canvasHeight, gridCover) });
      return null;
    },
    showAlert(alert) {
      set({ alert });
    },
    setLinkedRule(source, from = "link") {
      set({ linkedRule: source === null ? null : { source, from } });
    },
    showNotice(notice) {
      set({ notice });
    },
  };
}

/**
 * The grid size setting a tube or strip shows: its side as the height (or the width, for one
 * infinite downwards), so that the size field reads it and a resize changes it.
 */
function sideOf(tube: TubeSpace): { width: number } | { height: number } {
  return tube.axis === "x" ? { height: tube.size } : { width: tube.size };
}

/** The view moved with cells shifted by (dx, dy), so nothing jumps on screen. */
function shifted(view: Viewport, dx: number, dy: number): Viewport {
  return { zoom: view.zoom, panX: view.panX - dx * view.zoom, panY: view.panY - dy * view.zoom };
}

/** The most live cells a file opens with on the infinite plane (each sent as two numbers). */
const MAX_OPEN_CELLS = 2 ** 24;

const INFINITE = { kind: "infinite" } as const;

/**
 * A pattern's live cells as (x, y) pairs where the file puts them (`#CXRLE Pos`, Life 1.05/1.06
 * coordinates), else centred on the origin as Golly puts them; a message past MAX_OPEN_CELLS.
 */
/**
 * A dense pattern's cells placed at (x, y) on a `width` x `height` grid a byte each, when some
 * cell is in a state above 1; undefined for a two-state pattern.
 */
function statesOf(
  pattern: Pattern,
  width: number,
  height: number,
  x: number,
  y: number,
): Uint8Array | undefined {
  if (!pattern.cells.some((state) => state > 1)) return undefined;
  const bytes = new Uint8Array(width * height);
  for (let row = 0; row < pattern.height; row++) {
    const from = row * pattern.width;
    bytes.set(pattern.cells.subarray(from, from + pattern.width), (y + row) * width + x);
  }
  return bytes;
}

/** The pattern's non-empty cells as pairs, and their states when some is above 1. */
function livePairs(
  pattern: Pattern | SparsePattern,
  tube?: TubeSpace,
): { cells: Float64Array; states?: Uint8Array } | string {
  const runs = patternRuns(pattern);
  let count = 0;
  for (let i = 0; i < runs.lengths.length; i++) count += runs.lengths[i] as number;
  if (count > MAX_OPEN_CELLS) {
    return `The pattern has ${count} live cells; at most ${MAX_OPEN_CELLS} open on the infinite plane`;
  }
  const { x: x0, y: y0 } = tube
    ? gollyTubePlacement(tube, pattern)
    : {
        x: pattern.x ?? -Math.floor(pattern.width / 2),
        y: pattern.y ?? -Math.floor(pattern.height / 2),
      };
  const live = new Float64Array(2 * count);
  const multiState = runs.states.some((state) => state > 1);
  const states = multiState ? new Uint8Array(count) : undefined;
  let j = 0;
  // On a tube the runs wrap across (off a strip's sides they are dropped, so fewer land).
  placeRuns(tube ?? INFINITE, runs, x0, y0, (y, from, to, state) => {
    for (let x = from; x < to; x++) {
      if (states) states[j / 2] = state;
      live[j++] = x;
      live[j++] = y;
    }
  });
  const landed = live.subarray(0, j);
  return states ? { cells: landed, states: states.subarray(0, j / 2) } : { cells: landed };
}

function clampDensity(density: number): number {
  return Number.isFinite(density) ? Math.min(1, Math.max(0, density)) : 0;
}
