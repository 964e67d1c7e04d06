import { describe, expect, it } from "vitest";
import { knownCellsWorld } from "../engine/trace/index.ts";
import { parseRule } from "../rules/index.ts";
import type { UserRule } from "../rules/Rule.ts";
import { USER_RULE_EXAMPLES } from "../userRule/examples.ts";
import { prepareUserRule, traceUserCells, USER_RULE_FILE } from "../userRule/index.ts";
import { evaluateHere } from "../userRule/userRuleTestSupport.ts";
import type { SandboxTracer } from "./inspect/traceInSandbox.ts";
import { userSourceOf } from "./LifeState.ts";
import { gridStore, settle } from "./testing/storeFixtures.ts";

// The Inspector and Watch mode on a rule the user wrote: traced by the user's own coroutine in
// the rule sandbox (here a stand-in on this thread that does what the sandbox's worker does).

const highLife = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("HighLife"))?.source ?? "";

/** What the sandbox's worker does with a trace request, on this thread; counts its requests. */
function sandboxHere() {
  const asked: { frames: boolean; cells: number }[] = [];
  const tracer: SandboxTracer = async (request) => {
    asked.push({ frames: request.frames, cells: request.cellStates.length });
    const rule = prepareUserRule(request.source, evaluateHere);
    const world = knownCellsWorld(request.bounds, request.cells, request.cellStates);
    return traceUserCells(rule.program, request.states, world, request.region, request);
  };
  return { tracer, asked };
}

async function highLifeStore(tracer: SandboxTracer) {
  const { store } = gridStore(8, 6, tracer);
  await settle();
  // Six live cells around the torus's corner (0, 0): HighLife's B6 gives it birth.
  for (const [x, y] of [
    [7, 5],
    [7, 0],
    [0, 5],
    [1, 1],
    [0, 1],
    [1, 0],
  ] as const) {
    store.getState().paintLine({ x, y }, { x, y }, 1);
  }
  const compiled = parseRule("B36/S23").rule;
  expect(store.getState().setUserRule(compiled, "compiled", highLife)).toBeNull();
  store.getState().setView({ zoom: 10, panX: 0, panY: 0 });
  await settle();
  return store;
}

describe("the Inspector on a user's rule", () => {
  it("traces the user's coroutine in the sandbox, not the table's built-in one", async () => {
    const { tracer, asked } = sandboxHere();
    const store = await highLifeStore(tracer);
    expect(userSourceOf(store.getState())).toBe(highLife);
    await store.getState().inspectCell({ x: 0, y: 0 });
    const { inspection } = store.getState();
    expect(inspection?.error).toBeNull();
    expect(asked).toEqual([{ frames: true, cells: 6 }]);
    const steps = inspection?.trace?.steps ?? [];
    expect(steps).toHaveLength(10);
    expect(steps[0]?.frames.map((f) => [f.name, f.file])).toEqual([["cell", USER_RULE_FILE]]);
    expect(steps[6]).toMatchObject({ y: -1, x: -1, at: { y: 5, x: 7 }, answer: 1 });
    expect(steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
  });

  it("says why when the sandbox refuses, and the world keeps its cells", async () => {
    const store = await highLifeStore(() =>
      Promise.reject(new Error("stopped after 0.7 s without an answer: an endless loop?")),
    );
    const population = store.getState().population;
    await store.getState().inspectCell({ x: 3, y: 2 });
    expect(store.getState().inspection?.error).toMatch(
      /^Cannot trace cell .*stopped after 0.7 s without an answer/,
    );
    await settle();
    expect(store.getState().population).toBe(population);
  });

  it("traces a built-in rule in the page again once another rule is chosen", async () => {
    const { tracer, asked } = sandboxHere();
    const store = await highLifeStore(tracer);
    expect(store.getState().setRule("B3/S23")).toBeNull();
    expect(userSourceOf(store.getState())).toBeNull();
    await store.getState().inspectCell({ x: 0, y: 0 });
    expect(asked).toEqual([]);
    expect(store.getState().inspection?.trace?.steps[0]?.frames[0]?.name).toBe("stepCell");
  });

  it("watches a generation of the user's coroutine and finds it equal to the compiled kernel", async () => {
    const { tracer, asked } = sandboxHere();
    const store = await highLifeStore(tracer);
    await store.getState().watchGeneration();
    expect(asked).toEqual([{ frames: false, cells: 6 }]);
    expect(store.getState().watch?.phase).toBe("running");
    await store.getState().checkAgainstKernel();
    await settle();
    await store.getState().checkAgainstKernel();
    await settle();
    expect(store.getState().watch?.check).toMatchObject({ compared: 48, differing: [] });
  });

  it("refuses the infinite plane for a rule that did not compile, rather than ask its coroutine", async () => {
    const { store } = gridStore(8, 6);
    await settle();
    const rule: UserRule = { family: "user", source: highLife, states: 2, reason: "test" };
    store.setState({ rule, ruleText: "user" });
    store.getState().setTopology("infinite");
    expect(store.getState().alert).toMatch(/bounded grids only/);
    expect(store.getState().world.space.kind).toBe("torus");
  });
});

describe("Undo across rules the user wrote", () => {
  it("brings back an earlier compiled rule with its own code, for the Inspector to trace", async () => {
    const { tracer } = sandboxHere();
    const store = await highLifeStore(tracer);
    const seed = USER_RULE_EXAMPLES[0]?.source ?? "";
    expect(seed).not.toBe(highLife);
    expect(store.getState().setUserRule(parseRule("B3/S23").rule, "compiled", seed)).toBeNull();
    expect(userSourceOf(store.getState())).toBe(seed);
    store.getState().undo();
    await settle();
    expect(store.getState().ruleText).toBe("B36/S23");
    expect(userSourceOf(store.getState())).toBe(highLife);
    store.getState().redo();
    await settle();
    expect(userSourceOf(store.getState())).toBe(seed);
  });
});
