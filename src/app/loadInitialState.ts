import { parsePattern } from "../formats/index.ts";
import { findPattern } from "../patterns/index.ts";
import { parseRule, RuleError } from "../rules/index.ts";
import { parseQueryParams, type QuerySettings, ShareLinkError } from "../share/index.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import { decodeShareOffThread } from "../worker/codec/index.ts";
import { restoreAutosave } from "./autosave.ts";
import { openFirstWorld, type WorldAttempt } from "./openFirstWorld.ts";
import { type PrepareUserRule, restoreUserRule } from "./restoreUserRule.ts";

export interface Location {
  readonly hash: string;
  readonly search: string;
}

/** What the start-up settled on, for what comes after it. */
export interface StartUp {
  /**
   * Whether the autosave may start: false when the storage could not be read, or when an
   * unreadable save is still where saving would overwrite it.
   */
  readonly canAutosave: boolean;
}

/**
 * Decides what the app opens on, in order of precedence: a share link in the fragment, then
 * the world the query parameters describe, then the autosave, then the default already in the
 * store (auto-playing). A source that fails changes nothing: it is reported in the alert region
 * and the next source is used instead. Parameters that are settings rather than a world (speed,
 * step, engine, workers, autoplay) apply to whichever world opens, unless the parameters' own
 * world failed: then none of them apply, as with a link that fails.
 */
export async function loadInitialState(
  store: LifeStore,
  location: Location,
  storage: Storage,
  /** Checks a user's rule in the sandbox: an autosaved world's rule runs again through it. */
  prepareRule?: PrepareUserRule,
): Promise<StartUp> {
  const query =
    location.search.length > 1 ? parseQueryParams(location.search) : { settings: {}, errors: [] };
  let canAutosave = true;
  let queryFailed = false;
  const { autoplay, problems } = await openFirstWorld([
    () => openLink(store, location.hash),
    () => {
      const attempt = openQueryWorld(store, query.settings);
      queryFailed = attempt?.opened === false;
      return attempt;
    },
    async () => {
      const result = restoreAutosave(store, storage);
      canAutosave = result.canSave;
      if (result.restored) {
        if (result.code !== undefined && prepareRule) {
          await restoreUserRule(store, result.code, prepareRule);
        }
        return { opened: true, autoplay: false };
      }
      return result.problem === undefined ? undefined : { opened: false, problem: result.problem };
    },
    () => ({ opened: true, autoplay: true }),
  ]);
  const alerts = [...problems, ...query.errors.map((e) => `Ignored ${e}.`)];
  // Parameters whose world failed are not applied at all: autoplay, say, would run the autosave.
  const play = (queryFailed ? undefined : applyQuerySettings(store, query.settings)) ?? autoplay;
  if (alerts.length > 0) store.getState().showAlert(alerts.join(" "));
  if (play) store.getState().play();
  return { canAutosave };
}

/** Opens a share link (`#v1...`): its world, at its view, paused. */
async function openLink(store: LifeStore, hash: string): Promise<WorldAttempt> {
  if (hash.length <= 1) return undefined;
  try {
    // Decoded in the codec worker, straight to packed cells: a big grid never stalls the page.
    const shared = await decodeShareOffThread(hash);
    const { rule } = parseRule(shared.rule);
    const s = store.getState();
    s.loadWorld({ ...shared, rule }, "Opened a shared pattern at generation 0");
    s.fit(shared.view ? "grid" : "pattern");
    if (shared.view) s.setView({ zoom: shared.view.zoom, ...centreOn(store, shared.view) });
    // Code from a link is shown, never run, until the user says so (LinkedRuleNotice).
    if (shared.code !== undefined) s.setLinkedRule(shared.code);
    return { opened: true, autoplay: false };
  } catch (error) {
    if (!(error instanceof ShareLinkError || error instanceof RuleError)) throw error;
    return { opened: false, problem: `This link could not be opened: ${error.message}.` };
  }
}

/**
 * Opens the world the parameters describe (pattern or rle, size, topology, rule, random fill).
 * It fails, changing nothing, when its pattern cannot be opened or when none of its parts can
 * be applied; a part that cannot be applied beside others that can is reported and left out.
 */
function openQueryWorld(store: LifeStore, settings: QuerySettings): WorldAttempt {
  const s = () => store.getState();
  const base = settings.pattern ? findPattern(settings.pattern) : undefined;
  const pattern = settings.rle ?? (base ? parsePattern(base.rle) : undefined);
  const { size, topology, rule, random } = settings;
  if (!pattern && !size && !topology && !rule && random === undefined) return undefined;
  const problems: string[] = [];
  if (pattern) {
    // A size or a bounded topology given beside it asks for a grid, as a suffix would.
    const bounded =
      (size !== undefined && topology !== "infinite") ||
      topology === "torus" ||
      topology === "plane";
    const problem = s().openPattern(pattern, base?.name, bounded ? "grid" : "auto");
    if (problem) return { opened: false, problem: `The parameters were not applied: ${problem}.` };
  }
  let applied = pattern !== undefined;
  // A size with a random fill and no pattern is made by the fill itself: one new world, where
  // a resize and then a fill would each load a 16384x16384 grid into the workers.
  const fillSize = !pattern && random !== undefined ? size : undefined;
  if (size && !fillSize) {
    const problem = s().setSize(size.width, size.height);
    if (problem) problems.push(`size: ${problem}.`);
    else applied = true;
  }
  if (topology) {
    s().setTopology(topology);
    applied = true;
  }
  if (rule) {
    // Its bounded-grid suffix, if any, was turned into size and topology by parseQueryParams
    // (a tube's or strip's stays: setRule moves the world onto it).
    const problem = s().setRule(rule);
    if (problem) problems.push(`rule: ${problem}.`);
    else applied = true;
  }
  if (!applied && random === undefined)
    return { opened: false, problem: `The parameters were not applied: ${problems.join(" ")}` };
  // A size or rule without a pattern or a fill asks for an empty grid of that size and rule.
  if (random !== undefined) {
    const problem = s().randomFill(random, settings.seed, fillSize);
    if (problem) {
      problems.push(`size: ${problem}.`);
      s().randomFill(random, settings.seed);
    }
  } else if (!pattern && (size || rule)) s().clear();
  s().fit(pattern ? "pattern" : "grid");
  // The store drops the alert when the world changes: report after the last change.
  return { opened: true, autoplay: false, problem: problems.join(" ") || undefined };
}

/**
 * Applies the parameters that are settings rather than a world, to whatever world opened;
 * returns `autoplay` when it was given.
 */
function applyQuerySettings(store: LifeStore, settings: QuerySettings): boolean | undefined {
  const s = store.getState();
  if (settings.engine !== undefined) s.setEngine(settings.engine);
  if (settings.workers !== undefined) s.setWorkers(settings.workers);
  if (settings.speed !== undefined)
    s.setSpeed(settings.speed === "max" ? Number.POSITIVE_INFINITY : settings.speed);
  if (settings.step !== undefined) s.setGenerationsPerFrame(settings.step);
  if (settings.stepExponent !== undefined) s.setStepExponent(settings.stepExponent);
  return settings.autoplay;
}

function centreOn(store: LifeStore, view: { centerX: number; centerY: number; zoom: number }) {
  const s = store.getState();
  return {
    panX: s.canvasWidth / 2 - view.centerX * view.zoom,
    panY: s.canvasHeight / 2 - view.centerY * view.zoom,
  };
}
