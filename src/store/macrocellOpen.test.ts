import { describe, expect, it } from "vitest";
import { parseMacrocell, parseRle, writeMacrocell } from "../formats/index.ts";
import { parseRule } from "../rules/index.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import { macrocellOf } from "../universe/macrocells.ts";
import { blinkerStore } from "./testing/storeFixtures.ts";

// Macrocell files in the store: read by the universe worker (its host on the calling thread),
// put back when it cannot read them, and written back from it.
const LIFE = parseRule("B3/S23").rule;

async function until(what: string, ready: () => boolean, millis = 5000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > millis) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Two gliders 2^40 cells apart at generation 12, with a name and a comment. */
function farGliders(): string {
  const universe = createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine: "hashlife" });
  for (const [x, y] of [
    [1, 0],
    [2, 1],
    [0, 2],
    [1, 2],
    [2, 2],
  ] as const) {
    universe.set(x, y, 1);
    universe.set(x + 2 ** 40, y + 2 ** 40, 1);
  }
  const head = {
    rule: "B36/S23",
    comments: [
      { kind: "N" as const, text: "Far gliders" },
      { kind: "C" as const, text: "two of them" },
    ],
  };
  return writeMacrocell({ ...macrocellOf(universe, LIFE, head), generation: 12n });
}

describe("a macrocell in the store", () => {
  it("opens at its generation and rule, fits the view to its bounds, and writes back", async () => {
    const { store } = blinkerStore(true);
    expect(store.getState().openMacrocell(farGliders(), "far.mc.gz")).toBeNull();
    await until("the worker's answer", () => store.getState().world.population === 10n);
    const s = store.getState();
    expect(s.world).toMatchObject({ generation: 12n, startGeneration: 12n });
    expect(s.world.bounds).toEqual({ x: 0, y: 0, width: 2 ** 40 + 3, height: 2 ** 40 + 3 });
    expect(s).toMatchObject({ ruleText: "B36/S23", patternName: "Far gliders", canUndo: true });
    expect(s.announcement).toBe("Opened far.mc.gz on the infinite plane");
    // Fitted: the whole box across the canvas.
    expect(s.view.zoom * 2 ** 40).toBeLessThanOrEqual(s.canvasWidth);
    expect(s.view.zoom * 2 ** 40).toBeGreaterThan(s.canvasWidth / 4);
    const written = parseMacrocell(new TextDecoder().decode(await s.infiniteMacrocell()));
    expect(written.rule).toBe("B36/S23");
    expect(written.generation).toBe(12n);
    expect(written.comments).toEqual([
      { kind: "N", text: "Far gliders" },
      { kind: "C", text: "two of them" },
      { kind: "C", text: "Saved by Coroutine Life" },
    ]);
  });

  it("puts the world back and says why when the worker cannot read the file", async () => {
    const { store } = blinkerStore(true);
    const s = () => store.getState();
    expect(s().openPattern(parseRle("x = 3, y = 3\nbo$2bo$3o!"), "glider.rle")).toBeNull();
    expect(s().goToGeneration(8n)).toBeNull();
    await until("generation 8", () => s().world.generation === 8n);
    const canUndo = s().canUndo;
    const bad = "[M2] (test)\n#R B3/S23\n#N Bad\n$$*$\n4 0 9 0 0\n";
    expect(s().openMacrocell(bad, "bad.mc")).toBeNull();
    await until("the alert", () => s().alert !== null);
    expect(s().alert).toBe(
      "bad.mc: line 5, column 1: node 9 is not defined yet: a node may only refer to nodes on earlier lines (there are 1)",
    );
    await until("the glider back", () => s().world.population === 5n);
    expect(s()).toMatchObject({ patternName: "glider", canUndo });
    expect(s().world).toMatchObject({
      generation: 8n,
      bounds: { x: 1, y: 1, width: 3, height: 3 },
    });
    // A rule the app cannot run changes nothing at all.
    expect(s().openMacrocell("[M2]\n#R W110\n$$*$\n", "w110.mc")).toBe(
      'The pattern\'s rule "W110" cannot be used: Wolfram (one-dimensional) rules are not supported: "W110"',
    );
  });

  it("refuses the interpreter for a world too big to copy, and the choice goes back", async () => {
    const { store } = blinkerStore(true);
    const s = () => store.getState();
    // 2x2 blocks 8 cells apart over a 2^15-cell square: 2^26 live cells in 13 nodes.
    const lines = ["[M2] (test)", "#R B3/S23", "**$**$"];
    for (let level = 4; level <= 15; level++) {
      const n = lines.length - 2;
      lines.push(`${level} ${n} ${n} ${n} ${n}`);
    }
    expect(s().openMacrocell(lines.join("\n"), "blocks.mc")).toBeNull();
    await until("the blocks", () => s().world.population === 2n ** 26n);
    s().setEngine("coroutine");
    await until("the alert", () => s().alert !== null);
    expect(s().alert).toMatch(/^The engine could not change: the world has 67108864 live cells/);
    expect(s().engineChoice).toBe("auto");
    expect(s().world.engine).toMatch(/^hashlife/);
  });
});
