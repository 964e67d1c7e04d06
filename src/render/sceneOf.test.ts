import { describe, expect, it } from "vitest";
import { blinkerStore } from "../store/testing/storeFixtures.ts";
import { type Scene, sceneChanged, sceneOf, type WorldScene } from "./sceneOf.ts";

describe("sceneOf and sceneChanged", () => {
  it("see a change to any one field of the scene, whichever it is", () => {
    const { store } = blinkerStore();
    const before = sceneOf(store.getState());
    store.getState().dispose();
    const keys = Object.keys(before) as (keyof Scene)[];
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const key of keys) {
      const { store: fresh } = blinkerStore();
      // No worker's answer may come to a store whose fields are stand-ins.
      fresh.getState().dispose();
      const was = sceneOf(fresh.getState());
      // A new value that equals no old one, in that field alone.
      fresh.setState({ [key]: Object.freeze({ changed: key }) } as never);
      expect(sceneChanged(was, sceneOf(fresh.getState())), key).toBe(true);
    }
  });

  it("see the drawn changes made through the store's actions, with nothing else changed", () => {
    const { store } = blinkerStore();
    const s = () => store.getState();
    const changes: [string, () => void][] = [
      ["select all", () => s().setSelection({ x: 0, y: 0, width: 5, height: 5 })],
      ["Escape the selection", () => s().setSelection(null)],
      [
        "start a paste",
        () => s().startPaste({ width: 1, height: 1, cells: Uint8Array.of(1) }, "a"),
      ],
      ["move the paste", () => s().movePaste({ x: 0, y: 0 })],
      ["cancel the paste", () => s().cancelPaste()],
      ["show the cursor", () => s().showCursor()],
      ["move the cursor", () => s().moveCursor(1, 0)],
      ["hide the cursor", () => s().hideCursor()],
      ["hover", () => s().setHover({ x: 1, y: 1 })],
      ["toggle a cell in place", () => s().toggleCell({ x: 0, y: 0 })],
      ["zoom", () => s().zoomBy(2)],
      ["resize the canvas", () => s().setCanvasSize(300, 200)],
      ["topology", () => s().setTopology("plane")],
      ["the infinite plane", () => s().setTopology("infinite")],
    ];
    for (const [what, change] of changes) {
      const was = sceneOf(s());
      change();
      expect(sceneChanged(was, sceneOf(s())), what).toBe(true);
    }
  });

  it("ignore what is not drawn", () => {
    const { store } = blinkerStore();
    const was = sceneOf(store.getState());
    store.getState().setSpeed(5);
    store.getState().showAlert("look");
    store.setState({ announcement: "Paused", measuredRate: 12 });
    expect(sceneChanged(was, sceneOf(store.getState()))).toBe(false);
  });

  it("on the infinite plane, see a new picture or overlay but not new counts", () => {
    const { store } = blinkerStore();
    const base = sceneOf(store.getState());
    const picture = { x: 0, y: 0, scale: 0, width: 1, height: 1, pixels: Uint8Array.of(255) };
    // The store's world holds the counts beside what is drawn.
    const space = { kind: "infinite" } as const;
    const world = (changes: object) =>
      ({ space, picture, overlay: [], generation: 1n, population: 1n, ...changes }) as WorldScene;
    const was = { ...base, world: world({}) };
    const now = (changes: object) => ({ ...base, world: world(changes) });
    expect(sceneChanged(was, now({ overlay: was.world.overlay }))).toBe(false);
    expect(
      sceneChanged(was, now({ overlay: was.world.overlay, generation: 2n, population: 3n })),
    ).toBe(false);
    expect(sceneChanged(was, now({ overlay: was.world.overlay, picture: { ...picture } }))).toBe(
      true,
    );
    expect(sceneChanged(was, now({ overlay: [] }))).toBe(true);
    const torus = { kind: "torus", width: 5, height: 5 } as const;
    expect(sceneChanged(was, now({ overlay: was.world.overlay, space: torus }))).toBe(true);
  });

  it("hold only the scene's fields, so drawing cannot reach anything else", () => {
    const { store } = blinkerStore();
    const scene = sceneOf(store.getState());
    expect(Object.keys(scene).sort()).toEqual(
      [
        "world",
        "view",
        "canvasWidth",
        "canvasHeight",
        "hover",
        "selection",
        "paste",
        "cursor",
        "rule",
        "marks",
        "periodMap",
      ].sort(),
    );
  });
});
