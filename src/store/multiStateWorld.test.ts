import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { PackedCells } from "../engine/index.ts";
import { parsePattern } from "../formats/index.ts";
import { type GenerationsRule, lifeLike } from "../rules/Rule.ts";
import { decodeShareState, encodeShareState } from "../share/index.ts";
import { worldStatesRle } from "../worker/codec/index.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import { createUniverseClient } from "../worker/universe/createUniverseClient.ts";
import { createMultiStateStandIn } from "../worker/universe/universeTestSupport.ts";
import { createLifeStore } from "./createLifeStore.ts";
import { createFakeScheduler, settle } from "./testing/storeFixtures.ts";

const RULE: GenerationsRule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };

/** A store whose universe worker holds any state (a stand-in for the multi-state universe). */
function multiStateStore() {
  const universe = createUniverseClient({
    createWorker: () =>
      createInProcessUniverseWorker(createMultiStateStandIn, undefined, queueMicrotask),
  });
  const store = createLifeStore({
    scheduler: createFakeScheduler().scheduler,
    universe,
    width: 8,
    height: 8,
  });
  return store;
}

/** A seeded random 8-state grid. */
function randomGrid(seed: number, width: number, height: number) {
  const random = createRandom(seed);
  const states = Uint8Array.from({ length: width * height }, () =>
    random() < 0.3 ? 1 + Math.floor(random() * 7) : 0,
  );
  const cells = PackedCells.fromBytes(
    states.map((state) => (state ? 1 : 0)),
    width,
    height,
  );
  return { width, height, states, cells };
}

describe("a multi-state world in the page", () => {
  it("goes from a link to the world and back to the same link, seeded", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const grid = randomGrid(seed, 10 + seed * 3, 7 + seed);
      const link = await encodeShareState({ ...grid, topology: "torus", rule: "23/3/8" });
      const store = multiStateStore();
      const shared = await decodeShareState(link);
      store.getState().loadWorld({ ...shared, rule: RULE });
      await settle();
      const s = store.getState();
      const { cells, states } = await s.gridStates();
      expect(Array.from(states).join(), `seed ${seed}`).toBe(Array.from(grid.states).join());
      const again = await encodeShareState({
        width: s.width,
        height: s.height,
        topology: s.topology === "plane" ? "plane" : "torus",
        rule: s.ruleText,
        cells,
        states,
      });
      expect(again, `seed ${seed}`).toBe(link);
      s.dispose();
    }
  });

  it("saves as RLE and opens it again with every state", async () => {
    const grid = randomGrid(7, 20, 12);
    const store = multiStateStore();
    store.getState().loadWorld({ ...grid, topology: "plane", rule: RULE });
    await settle();
    const s = store.getState();
    const saved = worldStatesRle({ ...s, states: (await s.gridStates()).states });
    expect(saved).toContain("rule = 23/3/8:P20,12");
    // Read back as Open and the autosave read it.
    expect(Array.from(parsePattern(saved).cells).join()).toBe(Array.from(grid.states).join());
    s.dispose();
  });

  it("copies and pastes cells in their states, and draws and erases the chosen state", async () => {
    const store = multiStateStore();
    const states = new Uint8Array(64);
    states.set([3, 0, 7], 8 + 1); // row 1: states 3, 0, 7 from column 1
    const cells = PackedCells.fromBytes(
      states.map((state) => (state ? 1 : 0)),
      8,
      8,
    );
    store
      .getState()
      .loadWorld({ width: 8, height: 8, topology: "torus", rule: RULE, cells, states });
    await settle();
    const s = () => store.getState();
    s().setSelection({ x: 1, y: 1, width: 3, height: 1 });
    const block = await s().copySelection();
    expect(Array.from(block?.cells ?? [])).toEqual([3, 0, 7]);
    s().pasteClipboard();
    s().movePaste({ x: 5, y: 5 }); // centred: the block's top-left at (4, 5)
    s().commitPaste();
    await settle();
    const after = (await s().gridStates()).states;
    expect(Array.from(after.subarray(5 * 8 + 4, 5 * 8 + 7))).toEqual([3, 0, 7]);

    s().setDrawState(6);
    s().toggleCell({ x: 0, y: 7 });
    s().toggleCell({ x: 1, y: 1 }); // state 3, not the chosen 6: set to 6
    await settle();
    let now = (await s().gridStates()).states;
    expect([now[7 * 8], now[8 + 1]]).toEqual([6, 6]);
    expect(s().stateOf({ x: 0, y: 7 })).toBe(6);
    s().toggleCell({ x: 0, y: 7 }); // in the chosen state: erased
    await settle();
    now = (await s().gridStates()).states;
    expect(now[7 * 8]).toBe(0);
    s().dispose();
  });
});
