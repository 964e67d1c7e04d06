import type { LifeStore } from "../store/createLifeStore.ts";
import type { LifeState } from "../store/LifeState.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

export const AUTOSAVE_KEY = "coroutine-life:autosave:v1";

/** Grids above this many cells are not autosaved: their RLE would not fit local storage anyway. */
export const MAX_AUTOSAVE_CELLS = 2048 * 2048;

/**
 * Grids up to this many cells are saved shortly after each change. Above it, writing the RLE
 * stalls the page for 100 ms or more (a 1024x1024 soup), which would be felt in the middle of
 * drawing or of a run, so a bigger grid is saved only when the tab is hidden or closed.
 */
export const MAX_CELLS_SAVED_AFTER_CHANGES = 512 * 512;

/** What is saved: the grid as RLE (with its rule and bounds), and the view and speed settings. */
interface Saved {
  readonly rle: string;
  readonly view: LifeState["view"];
  readonly speed: number | "max";
  readonly generationsPerFrame: number;
}

/**
 * Saves the pattern and settings to `storage` shortly after each change (grids up to
 * `MAX_CELLS_SAVED_AFTER_CHANGES`) and when the page is hidden or closed (up to
 * `MAX_AUTOSAVE_CELLS`), so a reload or a closed tab loses nothing. Returns a function that
 * stops it.
 * A grid too big for the storage quota is simply not saved (the app says so once).
 */
export function startAutosave(
  store: LifeStore,
  storage: Storage,
  target: Window = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  /** `now`: the page is going away, so save whatever it costs. */
  const save = (now = false) => {
    timer = undefined;
    const s = store.getState();
    if (!now && savedOnlyOnLeaving(s)) return; // the grid grew since the save was planned
    if (s.width * s.height > MAX_AUTOSAVE_CELLS) {
      if (!warned)
        store
          .getState()
          .showAlert(
            "Grids over 2048x2048 are not saved in the browser: use Download RLE to keep one.",
          );
      warned = true;
      storage.removeItem(AUTOSAVE_KEY);
      return;
    }
    const saved: Saved = {
      rle: worldToRle(s),
      view: s.view,
      speed: Number.isFinite(s.speed) ? s.speed : "max",
      generationsPerFrame: s.generationsPerFrame,
    };
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(saved));
    } catch {
      if (!warned)
        store
          .getState()
          .showAlert(
            "This grid is too big to keep in the browser's storage: it will not survive a reload.",
          );
      warned = true;
    }
  };
  const schedule = () => {
    const s = store.getState();
    if (savedOnlyOnLeaving(s)) return;
    // While running, the grid changes every frame: save at most every 2 s then.
    if (timer === undefined) timer = setTimeout(save, s.running ? 2000 : 300);
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    save(true);
  };
  let previous = store.getState();
  const unsubscribe = store.subscribe((s) => {
    if (
      s.cellsVersion !== previous.cellsVersion ||
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

function savedOnlyOnLeaving(s: LifeState): boolean {
  const cells = s.width * s.height;
  return cells > MAX_CELLS_SAVED_AFTER_CHANGES && cells <= MAX_AUTOSAVE_CELLS;
}

/** Puts the autosaved pattern and settings back; false when there is none or it is unreadable. */
export function restoreAutosave(store: LifeStore, storage: Storage): boolean {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (!text) return false;
  try {
    const saved = JSON.parse(text) as Saved;
    const world = worldFromRle(saved.rle);
    const s = store.getState();
    s.loadWorld(world, "Restored your last pattern");
    s.setSpeed(saved.speed === "max" ? Number.POSITIVE_INFINITY : saved.speed);
    s.setGenerationsPerFrame(saved.generationsPerFrame);
    if (saved.view && Number.isFinite(saved.view.zoom)) s.setView(saved.view);
    return true;
  } catch {
    storage.removeItem(AUTOSAVE_KEY);
    return false;
  }
}
