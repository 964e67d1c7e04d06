import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseRule } from "../rules/index.ts";
import type { UserRule } from "../rules/Rule.ts";
import { userSourceOf } from "../store/LifeState.ts";
import { gridStore, settle } from "../store/testing/storeFixtures.ts";
import { USER_RULE_EXAMPLES } from "../userRule/examples.ts";
import { prepareUserRule, type UserRuleVerdict, verdictOf } from "../userRule/index.ts";
import { evaluateHere } from "../userRule/userRuleTestSupport.ts";
import { AUTOSAVE_KEY, startAutosave } from "./autosave.ts";
import { loadInitialState } from "./loadInitialState.ts";
import { createMemoryStorage } from "./testing/createMemoryStorage.ts";

// A world running a rule the user wrote is autosaved with the rule's JavaScript, and a reload
// runs that rule again (checked in the sandbox; here a stand-in on this thread).

const highLife = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("HighLife"))?.source ?? "";
const brain = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("More states"))?.source ?? "";

const windowStub = {
  addEventListener: () => {},
  removeEventListener: () => {},
  document: { addEventListener: () => {}, removeEventListener: () => {} },
} as unknown as Window;

/** The sandbox's check, on this thread. */
const prepareHere = async (source: string): Promise<UserRuleVerdict> =>
  verdictOf(prepareUserRule(source, evaluateHere));

async function savedOf(setUp: (store: ReturnType<typeof gridStore>["store"]) => void) {
  const { store } = gridStore(12, 10);
  await settle();
  store.getState().paintLine({ x: 2, y: 3 }, { x: 4, y: 3 }, 1);
  setUp(store);
  const storage = createMemoryStorage();
  startAutosave(store, storage, windowStub);
  store.getState().setView({ zoom: 6, panX: 0, panY: 0 });
  await vi.advanceTimersByTimeAsync(300);
  await settle();
  return { storage, saved: JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? "{}") };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("autosave of a user's rule", () => {
  it("saves a compiled rule's code beside its rulestring, and a reload runs the code again", async () => {
    const { storage, saved } = await savedOf((store) => {
      store.getState().setUserRule(parseRule("B36/S23").rule, "compiled", highLife);
    });
    expect(saved.code).toBe(highLife);
    expect(saved.rle).toMatch(/rule = B36\/S23:T12,10/);
    vi.useRealTimers();
    const { store } = gridStore(5, 5);
    await loadInitialState(store, { hash: "", search: "" }, storage, prepareHere);
    const s = store.getState();
    expect(s.ruleText).toBe("B36/S23");
    expect(userSourceOf(s)).toBe(highLife);
    expect(s.population).toBe(3);
    expect(s.announcement).toMatch(/^Restored your last pattern and your rule/);
  });

  it("saves a rule that did not compile under Life as Generations of its states, with its code", async () => {
    const { saved } = await savedOf((store) => {
      const rule: UserRule = { family: "user", source: brain, states: 3, reason: "three states" };
      // The world's own worker has no sandbox here: the store alone says the rule runs.
      store.setState({ rule, ruleText: "User-written" });
    });
    expect(saved.code).toBe(brain);
    expect(saved.rle).toMatch(/rule = 23\/3\/3:T12,10|rule = B3\/S23\/C3:T12,10/);
  });

  it("shows the code to run by hand when it cannot be checked again, and keeps the pattern", async () => {
    const { storage } = await savedOf((store) => {
      store.getState().setUserRule(parseRule("B36/S23").rule, "compiled", highLife);
    });
    vi.useRealTimers();
    const { store } = gridStore(5, 5);
    await loadInitialState(store, { hash: "", search: "" }, storage, () =>
      Promise.reject(new Error("the sandbox could not start")),
    );
    const s = store.getState();
    expect(s.linkedRule).toEqual({ source: highLife, from: "saved" });
    expect(s.alert).toMatch(/could not be run again \(the sandbox could not start\)/);
    expect(s.population).toBe(3);
  });
});
