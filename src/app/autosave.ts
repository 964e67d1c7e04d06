import { describeReadError, type Pattern, parsePattern } from "../formats/index.ts";
import { isTube, parseRule } from "../rules/index.ts";
import { isMultiState, type Rule } from "../rules/Rule.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import { type LifeState, userSourceOf } from "../store/LifeState.ts";
import { isGridSpace } from "../universe/isGridSpace.ts";
import { encodeRleOffThread } from "../worker/codec/index.ts";
import { describeStorageFault } from "./describeStorageFault.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

export const AUTOSAVE_KEY = "coroutine-life:autosave:v1";

/** Where an autosave that cannot be read is set aside, so that nothing the user made is lost. */
export const UNREADABLE_AUTOSAVE_KEY = "coroutine-life:autosave:unreadable";

/**
 * Infinite worlds of more live cells than this are not autosaved: their RLE, written from runs
 * on the page's thread, would take it too long and could outgrow local storage.
 */
export const MAX_INFINITE_AUTOSAVE_CELLS = 100_000;
/** Grids above this many cells are not autosaved: their RLE would not fit local storage anyway. */
export const MAX_AUTOSAVE_CELLS = 2048 * 2048;

/** Grids up to this many cells have their RLE written on the page's thread, at once. */
const MAX_CELLS_WRITTEN_HERE = 512 * 512;

const TOO_BIG_NOTICE =
  "Grids over 2048x2048 are not saved in the browser (a reload brings back the last pattern saved): use Download RLE to keep one.";

const INFINITE_TOO_BIG_NOTICE =
  "Worlds on the infinite plane of over 100,000 live cells are not saved in the browser (a reload brings back the last pattern saved): use Download .mc to keep one.";

/**
 * What is saved: the grid as RLE (with its rule and bounds), and the view and speed settings;
 * with a rule the user wrote, its JavaScript (`code`), run again on restore. A rule that did
 * not compile has no rulestring: the RLE names Life (as Generations when it has more states,
 * so that its cells' states fit), as a share link does, and the code says what runs.
 */
interface Saved {
  readonly rle: string;
  readonly code?: string;
  readonly view: LifeState["view"];
  readonly speed: number | "max";
  readonly generationsPerFrame: number;
}

/**
 * Saves the pattern and settings to `storage` shortly after each change (every 2 s at most
 * while running) and when the page is hidden or closed, so a reload or a closed tab loses
 * nothing. Returns a function that stops it.
 * A grid over `MAX_AUTOSAVE_CELLS`, or an infinite world over `MAX_INFINITE_AUTOSAVE_CELLS`
 * live cells, is not saved (a notice says so); a storage that is full or cannot be used is
 * reported in the alert, once per kind of fault, and never stops the app. Start it only once
 * the start-up world is settled: it saves what the store holds.
 */
export function startAutosave(
  store: LifeStore,
  storage: Storage,
  target: Window = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFault: string | undefined;
  const write = (act: () => void) => {
    try {
      act();
      lastFault = undefined;
    } catch (error) {
      const message = describeStorageFault(error);
      if (message !== lastFault) store.getState().showAlert(message);
      lastFault = message;
    }
  };
  /** Saves made, in order: a slow one never overwrites a later one. */
  let saves = 0;
  /**
   * The world's cells live in the universe worker: they come back after a moment (a grid
   * packed, then written as RLE off the page's thread when big; the infinite plane as RLE with
   * its position and generation, `#CXRLE`, written from runs so that its length follows the
   * live cells whatever their extent), so a save on leaving the page may not finish (the one
   * before it stays). A grid over MAX_AUTOSAVE_CELLS, or an infinite world of over
   * MAX_INFINITE_AUTOSAVE_CELLS, is not saved, and a notice says so (and how to keep it) until
   * one is saved again.
   */
  const save = () => {
    timer = undefined;
    const s = store.getState();
    // The infinite plane and a tube or strip are saved as RLE with their place (`#CXRLE`).
    const infinite = !isGridSpace(s.world.space);
    const tooBig = infinite
      ? s.world.population > BigInt(MAX_INFINITE_AUTOSAVE_CELLS)
      : s.width * s.height > MAX_AUTOSAVE_CELLS;
    const notice = infinite ? INFINITE_TOO_BIG_NOTICE : TOO_BIG_NOTICE;
    if (tooBig) {
      // The last pattern saved stays: a reload cannot bring this world back, but it can that one.
      if (s.notice !== notice) s.showNotice(notice);
      return;
    }
    if (inFlight) {
      again = true;
      return;
    }
    const mine = ++saves;
    const settings = {
      view: s.view,
      speed: Number.isFinite(s.speed) ? s.speed : ("max" as const),
      generationsPerFrame: s.generationsPerFrame,
    };
    const code = userSourceOf(s) ?? undefined;
    const rule = standInFor(s.rule);
    const rle = infinite
      ? s.infiniteRle()
      : isMultiState(rule)
        ? // A multi-state grid is written from its bytes, on this thread.
          s.gridStates().then(({ cells, states }) => worldToRle({ ...s, rule, cells, states }))
        : s.gridCells().then((cells) =>
            // A big grid's RLE is written in the codec worker: it would stall the page.
            s.width * s.height <= MAX_CELLS_WRITTEN_HERE
              ? worldToRle({ ...s, rule, cells })
              : encodeRleOffThread({ ...s, rule, cells }).result.then((blob) => blob.text()),
          );
    rle.then(
      (text) => {
        if (mine !== saves) return;
        const now = store.getState();
        if (now.notice === TOO_BIG_NOTICE || now.notice === INFINITE_TOO_BIG_NOTICE) {
          now.showNotice(null);
        }
        const saved: Saved = { rle: text, ...(code !== undefined && { code }), ...settings };
        write(() => storage.setItem(AUTOSAVE_KEY, JSON.stringify(saved)));
      },
      // The worker could not send the cells (it was replaced meanwhile): the last save stays.
      () => {},
    );
    // One save at a time: a change made meanwhile is saved once this one is in.
    inFlight = true;
    void rle.finally(() => {
      inFlight = false;
      if (again) {
        again = false;
        save();
      }
    });
  };
  /** Whether a save is waiting for its cells, and whether another was asked for meanwhile. */
  let inFlight = false;
  let again = false;
  /** When the save planned will run (performance.now()), while one is. */
  let due = 0;
  const schedule = () => {
    const s = store.getState();
    // While running, the world changes every frame: save at most every 2 s then. Paused, at
    // once (a save planned while running is brought forward; one asked for while one is under
    // way follows it): the cells come from the worker, which a page closing would not wait for.
    const delay = s.running ? 2000 : 0;
    const at = performance.now() + delay;
    if (timer !== undefined && due <= at) return;
    if (timer !== undefined) clearTimeout(timer);
    due = at;
    timer = setTimeout(save, delay);
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    save();
  };
  let previous = store.getState();
  const unsubscribe = store.subscribe((s) => {
    if (
      s.world.generation !== previous.world.generation ||
      s.world.population !== previous.world.population ||
      s.world.space !== previous.world.space ||
      s.world.overlay !== previous.world.overlay ||
      s.running !== previous.running ||
      s.rule !== previous.rule ||
      s.topology !== previous.topology ||
      s.view !== previous.view ||
      s.speed !== previous.speed ||
      s.generationsPerFrame !== previous.generationsPerFrame
    ) {
      schedule();
    }
    previous = s;
  });
  const onHide = () => {
    if (document.visibilityState === "hidden") flush();
  };
  target.addEventListener("pagehide", flush);
  target.document.addEventListener("visibilitychange", onHide);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    target.removeEventListener("pagehide", flush);
    target.document.removeEventListener("visibilitychange", onHide);
  };
}

/**
 * What restoring the autosave came to. `problem` says why it could not be used (the storage
 * failed, or what it holds cannot be read); `canSave` is false when saving now could overwrite
 * a pattern that was not read back (the storage could not be read, or the unreadable save could
 * not be set aside).
 */
export interface RestoreResult {
  readonly restored: boolean;
  /** The JavaScript of the user's rule the world ran, to run again (in the sandbox). */
  readonly code?: string;
  readonly problem?: string;
  readonly canSave: boolean;
}

/** Puts the autosaved pattern and settings back, or says why it could not. */
export function restoreAutosave(store: LifeStore, storage: Storage): RestoreResult {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch (error) {
    return { restored: false, problem: describeStorageFault(error), canSave: false };
  }
  if (!text) return { restored: false, canSave: true };
  const read = readSaved(text);
  if (typeof read === "string") return setAside(storage, text, read);
  const s = store.getState();
  if ("infinite" in read) {
    // Saved from the infinite plane (no bounded-grid suffix) or a tube or strip (`:T0,20`): it
    // opens there again, in place.
    const problem = s.openPattern(read.infinite);
    if (problem) return setAside(storage, text, problem);
    store.setState({ announcement: "Restored your last pattern" });
  } else s.loadWorld(read.world, "Restored your last pattern");
  if (read.speed !== undefined) s.setSpeed(read.speed);
  if (read.generationsPerFrame !== undefined) s.setGenerationsPerFrame(read.generationsPerFrame);
  if (read.view) s.setView(read.view);
  return { restored: true, canSave: true, ...(read.code !== undefined && { code: read.code }) };
}

/** The saved world and the settings that are sound, or why the text is not a readable save. */
function readSaved(text: string) {
  let saved: Partial<Saved>;
  try {
    saved = JSON.parse(text) as Partial<Saved>;
  } catch {
    return "it is not the JSON the app writes";
  }
  if (typeof saved?.rle !== "string") return "it holds no pattern";
  let world: ReturnType<typeof worldFromRle> | { infinite: Pattern };
  try {
    const pattern = parsePattern(saved.rle);
    const { bounds } = parseRule(pattern.rule ?? "B3/S23");
    const onInfinitePlane = pattern.x !== undefined && (!bounds || isTube(bounds));
    world = onInfinitePlane ? { infinite: pattern } : worldFromRle(saved.rle);
  } catch (error) {
    return describeReadError(error, "its pattern");
  }
  const { speed, generationsPerFrame: perFrame, view, code } = saved;
  return {
    code: typeof code === "string" ? code : undefined,
    ...("infinite" in world ? world : { world }),
    speed: speed === "max" ? Number.POSITIVE_INFINITY : isPositive(speed) ? speed : undefined,
    generationsPerFrame: Number.isInteger(perFrame) && isPositive(perFrame) ? perFrame : undefined,
    view:
      view && isPositive(view.zoom) && Number.isFinite(view.panX) && Number.isFinite(view.panY)
        ? view
        : undefined,
  };
}

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/** Moves an unreadable save to `UNREADABLE_AUTOSAVE_KEY`, so saving again loses nothing. */
function setAside(storage: Storage, text: string, reason: string): RestoreResult {
  const unreadable = `Your last pattern could not be read back (${reason})`;
  try {
    storage.setItem(UNREADABLE_AUTOSAVE_KEY, text);
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    return {
      restored: false,
      problem: `${unreadable}; it stays in the browser's storage, and this session's changes will not be saved over it.`,
      canSave: false,
    };
  }
  return {
    restored: false,
    problem: `${unreadable}: it was set aside in the browser's storage under "${UNREADABLE_AUTOSAVE_KEY}", and new changes are saved as usual.`,
    canSave: true,
  };
}

/** The rule a save names for `rule`: itself, or for a user's rule that did not compile, Life. */
function standInFor(rule: Rule): Rule {
  if (rule.family !== "user") return rule;
  return parseRule(rule.states > 2 ? `B3/S23/C${rule.states}` : "B3/S23").rule;
}
