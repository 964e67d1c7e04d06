import { assertGridSize, fillRandom, MAX_GRID_SIDE, PackedCells } from "../../engine/index.ts";
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
import { formatRule, type ParsedRule, parseRule, type Rule, RuleError } from "../../rules/index.ts";
import { placeRuns } from "../../universe/placeRuns.ts";
import { stampPacked } from "../../universe/stampPacked.ts";
import { NO_RUNS, runsOfPairs } from "../../universe/universeRuns.ts";
import { worldRleComments } from "../../worker/codec/index.ts";
import { cellsOnLine } from "../cellsOnLine.ts";
import type { WorldActions } from "../LifeState.ts";
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

/** Everything that changes the cells, the rule or the grid; all of it can be undone. */
export function createWorldSlice(ctx: StoreContext, pause: () => void): WorldActions {
  const { set, get } = ctx;

  const edit = (points: { x: number; y: number }[], state: 0 | 1 | "toggle") => {
    const s = get();
    if (s.infinite) {
      ctx.plane.edit(points, state);
      return;
    }
    const changes: number[] = [];
    for (const { x, y } of points) {
      if (x < 0 || y < 0 || x >= s.width || y >= s.height) continue;
      const index = y * s.width + x;
      const current = s.cells.get(x, y);
      const value = state === "toggle" ? 1 - current : state;
      if (current !== value) changes.push(index, value);
    }
    if (changes.length > 0) ctx.editCells(Int32Array.from(changes));
  };

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

  /** What the store holds of a world on the infinite plane besides the worker's counts. */
  const infinitePatch = (
    rule: Rule,
    empty: PackedCells,
    details: { patternName?: string | null; comments?: readonly PatternComment[] },
  ) => ({
    rule,
    ruleText: formatRule(rule),
    cells: empty,
    startCells: empty,
    startGeneration: 0,
    cellsVersion: get().cellsVersion + 1,
    patternName: details.patternName ?? null,
    comments: details.comments ?? [],
  });

  /** The bounded simulation lets its grid go: a stand-in keeps the pool small meanwhile. */
  const releaseGrid = (rule: Rule, empty: PackedCells) => {
    ctx.link.load({
      width: 1,
      height: 1,
      topology: get().topology,
      rule,
      words: empty.words,
      generation: 0,
    });
  };

  /** Opens live cells on the infinite plane, as one undo step. */
  const openInfinite: WorldActions["openInfinite"] = (cells, rule, details = {}, announcement) => {
    pause();
    ctx.remember();
    const empty = new PackedCells(1, 1);
    ctx.plane.open(
      cells,
      rule,
      details.generation ?? 0n,
      infinitePatch(rule, empty, details),
      announcement ?? "Opened on the infinite plane",
    );
    releaseGrid(rule, empty);
    get().fit("pattern");
  };

  /** The infinite world's cells back on a grid made to hold them (async: the worker has them). */
  const toBounded = (topology: "torus" | "plane") => {
    pause();
    const s = get();
    const box = s.infinite?.bounds;
    const width = Math.max(OPEN_MIN_WIDTH, (box?.width ?? 0) + 2 * OPEN_MARGIN);
    const height = Math.max(OPEN_MIN_HEIGHT, (box?.height ?? 0) + 2 * OPEN_MARGIN);
    const problem = checkSize(width, height);
    if (problem) {
      set({ alert: `The pattern is too big for a bounded grid: ${problem}` });
      return;
    }
    void ctx.universe.cells().then((cells) => {
      const grid = new PackedCells(width, height);
      const x0 = (box?.x ?? 0) - OPEN_MARGIN;
      const y0 = (box?.y ?? 0) - OPEN_MARGIN;
      for (let i = 0; i + 1 < cells.length; i += 2) {
        grid.set((cells[i] as number) - x0, (cells[i + 1] as number) - y0, 1);
      }
      const now = get();
      now.loadWorld(
        {
          width,
          height,
          topology,
          rule: now.rule,
          cells: grid,
          patternName: now.patternName,
          comments: now.comments,
        },
        topology === "torus" ? "Edges wrap around (torus)" : "Edges are walls (plane)",
      );
      get().fit("pattern");
    });
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
    if (parsed.rule.birth & 1) {
      return `The pattern's rule "${head.rule}" cannot run on the infinite plane: B0 would fill it at once`;
    }
    const { rule } = parsed;
    pause();
    // Undo gets the world as it was only once the worker has read the file; until then this
    // snapshot is what a file it cannot read puts back.
    const before = ctx.snapshot();
    const empty = new PackedCells(1, 1);
    ctx.plane.openMacrocell(
      text,
      rule,
      head.generation,
      infinitePatch(rule, empty, {
        patternName: nameOf(head, name),
        comments: head.comments,
      }),
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
    releaseGrid(rule, empty);
    return null;
  };

  return {
    openInfinite,
    openMacrocell,
    async infiniteMacrocell() {
      const s = get();
      if (!s.infinite) throw new Error("the world is on a bounded grid");
      return ctx.universe.macrocell({ rule: s.ruleText, comments: worldRleComments(s) });
    },
    async infiniteRle() {
      const s = get();
      if (!s.infinite) throw new Error("the world is on a bounded grid");
      const cells = await ctx.universe.cells();
      const status = ctx.universe.status;
      // Runs, not a box of cells: a pattern 2^40 cells wide is a few lines of RLE.
      const found = runsOfPairs(cells);
      const generation = status?.generation ?? s.infinite.generation;
      return writeRunsRle(
        { ...(found?.runs ?? NO_RUNS), comments: worldRleComments(s) },
        {
          rule: s.ruleText,
          position: { x: found?.box.x ?? 0, y: found?.box.y ?? 0 },
          generation,
        },
      );
    },
    clear() {
      if (get().infinite) {
        openInfinite(new Float64Array(0), get().rule, {}, "Cleared");
        return;
      }
      ctx.remember();
      const s = get();
      // A new pattern: the opened file's name and comments no longer describe it.
      ctx.replaceCells(
        { cells: new PackedCells(s.width, s.height), patternName: null, comments: [] },
        "Cleared",
      );
    },
    randomFill(density, seed = Math.floor(Math.random() * 2 ** 31), size) {
      const { width, height } = size ?? get();
      const problem = checkSize(width, height);
      if (problem) return problem;
      ctx.remember();
      if (size) set({ width, height });
      const next = new PackedCells(width, height);
      const chosen = clampDensity(density);
      fillRandom(next, chosen, seed);
      set({ density: chosen });
      ctx.replaceCells(
        { cells: next, patternName: null, comments: [] },
        `Random fill at ${Math.round(chosen * 100)}% density`,
      );
      return null;
    },
    setDensity(density) {
      set({ density: clampDensity(density) });
    },
    setRule(text) {
      const parsed = readRule(text);
      if (typeof parsed === "string") return parsed;
      if (parsed.bounds) {
        const problem = checkSize(parsed.bounds.width, parsed.bounds.height);
        if (problem) return problem;
      }
      const infinite = get().infinite;
      if (infinite && !parsed.bounds) {
        if (parsed.rule.birth & 1) {
          return "A B0 rule cannot run on the infinite plane: it would fill it at once";
        }
        ctx.remember();
        const ruleText = formatRule(parsed.rule);
        set({ rule: parsed.rule, ruleText, announcement: `Rule ${ruleText}`, alert: null });
        ctx.plane.setRule(parsed.rule);
        return null;
      }
      ctx.remember();
      const s = get();
      const ruleText = formatRule(parsed.rule);
      if (parsed.bounds && (parsed.bounds.width !== s.width || parsed.bounds.height !== s.height)) {
        const { width, height } = parsed.bounds;
        const cells = s.cells.recentred(width, height);
        set({ rule: parsed.rule, ruleText, width, height, topology: parsed.bounds.topology });
        ctx.replaceCells(
          { cells },
          `Rule ${ruleText} on a ${width}x${height} ${parsed.bounds.topology}`,
        );
        get().fit("grid");
        return null;
      }
      set({
        rule: parsed.rule,
        ruleText,
        topology: parsed.bounds?.topology ?? s.topology,
        announcement: `Rule ${ruleText}`,
        alert: null,
      });
      ctx.reload();
      return null;
    },
    setSize(width, height) {
      const problem = checkSize(width, height);
      if (problem) return problem;
      const s = get();
      // On the infinite plane the size is that of the grid the cells would go back to.
      if (s.infinite) {
        set({ width, height });
        return null;
      }
      if (width === s.width && height === s.height) return null;
      ctx.remember();
      const cells = s.cells.recentred(width, height);
      set({ width, height });
      ctx.replaceCells({ cells }, `Grid size ${width}x${height}`);
      get().fit("grid");
      return null;
    },
    setTopology(topology) {
      const s = get();
      if (topology === "infinite") {
        if (s.infinite) return;
        if (s.rule.birth & 1) {
          set({
            alert: `${s.ruleText} cannot run on the infinite plane: B0 would fill it at once`,
          });
          return;
        }
        const live: number[] = [];
        for (let y = 0; y < s.height; y++) {
          for (let x = 0; x < s.width; x++) if (s.cells.get(x, y)) live.push(x, y);
        }
        openInfinite(
          Float64Array.from(live),
          s.rule,
          { patternName: s.patternName, comments: s.comments },
          "The infinite plane: no edges",
        );
        return;
      }
      if (s.infinite) {
        toBounded(topology);
        return;
      }
      if (s.topology === topology) return;
      ctx.remember();
      set({
        topology,
        announcement:
          topology === "torus" ? "Edges wrap around (torus)" : "Edges are walls (plane)",
      });
      ctx.reload();
    },
    stateOf(cell) {
      const s = get();
      if (s.infinite) return ctx.plane.stateAt(s.infinite, cell.x, cell.y);
      const inside = cell.x >= 0 && cell.y >= 0 && cell.x < s.width && cell.y < s.height;
      return inside ? s.cells.get(cell.x, cell.y) : 0;
    },
    toggleCell(cell) {
      ctx.remember();
      edit([cell], "toggle");
    },
    paintLine(from, to, state) {
      edit(cellsOnLine(from, to), state);
    },
    loadWorld(world, announcement = "Pattern loaded") {
      pause();
      ctx.remember();
      set({
        width: world.width,
        height: world.height,
        topology: world.topology,
        rule: world.rule,
        ruleText: formatRule(world.rule),
        selection: null,
        paste: null,
        patternName: world.patternName ?? null,
        comments: world.comments ?? [],
      });
      // The world's cells become the store's, not a copy: every caller hands over cells it has
      // just made, and copying a 16384² grid would only add to the time it takes to open.
      ctx.replaceCells({ cells: world.cells }, announcement);
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
      if (sparse && (bounds || space === "grid" || parsed.rule.birth & 1)) {
        return `The ${pattern.width}x${pattern.height} pattern only fits the infinite plane${parsed.rule.birth & 1 ? ", where a B0 rule cannot run" : ""}`;
      }
      if (sparse || (!bounds && space === "auto" && !(parsed.rule.birth & 1))) {
        const live = livePairs(pattern);
        if (typeof live === "string") return live;
        openInfinite(
          live,
          parsed.rule,
          {
            patternName: nameOf(pattern, name),
            comments: pattern.comments,
            ...(pattern.generation === undefined ? {} : { generation: pattern.generation }),
          },
          `Opened ${name ?? "the pattern"} on the infinite plane`,
        );
        return null;
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
      const topology = bounds?.topology ?? s.topology;
      const cells = new PackedCells(width, height);
      const x = Math.floor((width - pattern.width) / 2);
      const y = Math.floor((height - pattern.height) / 2);
      stampPacked(cells, topology, pattern, x, y);
      get().loadWorld(
        {
          width,
          height,
          topology,
          rule: parsed.rule,
          cells,
          patternName: nameOf(pattern, name),
          comments: pattern.comments,
        },
        `Opened ${name ?? "the pattern"}`,
      );
      get().fit("pattern");
      return null;
    },
    showAlert(alert) {
      set({ alert });
    },
    showNotice(notice) {
      set({ notice });
    },
  };
}

/** The most live cells a file opens with on the infinite plane (each sent as two numbers). */
const MAX_OPEN_CELLS = 2 ** 24;

const INFINITE = { kind: "infinite" } as const;

/**
 * A pattern's live cells as (x, y) pairs where the file puts them (`#CXRLE Pos`, Life 1.05/1.06
 * coordinates), else centred on the origin as Golly puts them; a message past MAX_OPEN_CELLS.
 */
function livePairs(pattern: Pattern | SparsePattern): Float64Array | string {
  const runs = patternRuns(pattern);
  let count = 0;
  for (let i = 0; i < runs.lengths.length; i++) count += runs.lengths[i] as number;
  if (count > MAX_OPEN_CELLS) {
    return `The pattern has ${count} live cells; at most ${MAX_OPEN_CELLS} open on the infinite plane`;
  }
  const x0 = pattern.x ?? -Math.floor(pattern.width / 2);
  const y0 = pattern.y ?? -Math.floor(pattern.height / 2);
  const live = new Float64Array(2 * count);
  let j = 0;
  placeRuns(INFINITE, runs, x0, y0, (y, from, to) => {
    for (let x = from; x < to; x++) {
      live[j++] = x;
      live[j++] = y;
    }
  });
  return live;
}

function clampDensity(density: number): number {
  return Number.isFinite(density) ? Math.min(1, Math.max(0, density)) : 0;
}
