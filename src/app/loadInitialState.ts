import { parsePattern } from "../formats/index.ts";
import { findPattern } from "../patterns/index.ts";
import { parseRule } from "../rules/index.ts";
import { parseQueryParams, type QuerySettings, ShareLinkError } from "../share/index.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import { decodeShareOffThread } from "../worker/codec/index.ts";
import { restoreAutosave } from "./autosave.ts";

export interface Location {
  readonly hash: string;
  readonly search: string;
}

/**
 * Decides what the app opens on, in order of precedence: a share link in the fragment, then
 * query parameters, then the autosave, then the default already in the store (auto-playing).
 * Anything unreadable is reported in the alert region and the next source is used instead.
 */
export async function loadInitialState(
  store: LifeStore,
  location: Location,
  storage: Storage,
): Promise<void> {
  const alerts: string[] = [];
  const done = (autoplay: boolean) => {
    if (alerts.length > 0) store.getState().showAlert(alerts.join(" "));
    if (autoplay) store.getState().play();
  };

  if (location.hash.length > 1) {
    try {
      const shared = await decodeShareOffThread(location.hash);
      const { rule } = parseRule(shared.rule);
      const s = store.getState();
      s.loadWorld({ ...shared, rule }, "Opened a shared pattern at generation 0");
      s.fit(shared.view ? "grid" : "pattern");
      if (shared.view) s.setView({ zoom: shared.view.zoom, ...centreOn(store, shared.view) });
      return done(false);
    } catch (error) {
      if (!(error instanceof ShareLinkError)) throw error;
      alerts.push(`This link could not be opened: ${error.message}.`);
    }
  }

  if (location.search.length > 1) {
    const { settings, errors } = parseQueryParams(location.search);
    alerts.push(...errors.map((e) => `Ignored ${e}.`));
    if (Object.keys(settings).length > 0) return done(applySettings(store, settings, alerts));
  }

  if (restoreAutosave(store, storage)) return done(false);
  done(true);
}

/** Applies readable query parameters; returns whether to start playing. */
function applySettings(store: LifeStore, settings: QuerySettings, alerts: string[]): boolean {
  const s = () => store.getState();
  const base = settings.pattern ? findPattern(settings.pattern) : undefined;
  const pattern = settings.rle ?? (base ? parsePattern(base.rle) : undefined);
  if (pattern) {
    const problem = s().openPattern(pattern, base?.name ?? "the pattern");
    if (problem) alerts.push(problem);
  } else if (settings.random === undefined && (settings.size || settings.rule)) {
    s().clear();
  }
  if (settings.size) {
    const problem = s().setSize(settings.size.width, settings.size.height);
    if (problem) alerts.push(`size: ${problem}.`);
  }
  if (settings.topology) s().setTopology(settings.topology);
  if (settings.rule) {
    const problem = s().setRule(settings.rule);
    if (problem) alerts.push(`rule: ${problem}.`);
  }
  if (settings.random !== undefined) s().randomFill(settings.random, settings.seed);
  if (settings.engine !== undefined) s().setEngine(settings.engine);
  if (settings.workers !== undefined) s().setWorkers(settings.workers);
  if (settings.speed !== undefined)
    s().setSpeed(settings.speed === "max" ? Number.POSITIVE_INFINITY : settings.speed);
  if (settings.step !== undefined) s().setGenerationsPerFrame(settings.step);
  s().fit(pattern ? "pattern" : "grid");
  return settings.autoplay ?? false;
}

function centreOn(store: LifeStore, view: { centerX: number; centerY: number; zoom: number }) {
  const s = store.getState();
  return {
    panX: s.canvasWidth / 2 - view.centerX * view.zoom,
    panY: s.canvasHeight / 2 - view.centerY * view.zoom,
  };
}
