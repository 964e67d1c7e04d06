import { describe, expect, it } from "vitest";
import { blinkerStore } from "./testing/storeFixtures.ts";

/** A 5x5 blinker store seen through a 50x50 canvas at 10 px per cell: all of it in view. */
function cursorStore() {
  const { store } = blinkerStore();
  const s = () => store.getState();
  s().setCanvasSize(50, 50);
  s().setView({ zoom: 10, panX: 0, panY: 0 });
  return s;
}

describe("the keyboard cursor", () => {
  it("starts at the centre of the view and is hidden again on request", () => {
    const s = cursorStore();
    expect(s().cursor).toBeNull();
    s().showCursor();
    expect(s().cursor).toEqual({ x: 2, y: 2 });
    s().moveCursor(1, 0);
    s().showCursor(); // already shown: stays where it is
    expect(s().cursor).toEqual({ x: 3, y: 2 });
    s().hideCursor();
    expect(s().cursor).toBeNull();
  });

  it("stays on the grid", () => {
    const s = cursorStore();
    s().moveCursor(-8, 0);
    expect(s().cursor).toEqual({ x: 0, y: 2 });
    s().moveCursor(100, 100);
    expect(s().cursor).toEqual({ x: 4, y: 4 });
  });

  it("takes the view along when it leaves it", () => {
    const s = cursorStore();
    s().setView({ zoom: 20, panX: 0, panY: 0 }); // cells 0..2 of each row in view
    s().showCursor();
    expect(s().cursor).toEqual({ x: 1, y: 1 });
    s().moveCursor(0, 2);
    const { view } = s();
    expect(view.panY + 3 * view.zoom).toBeGreaterThanOrEqual(0);
    expect(view.panY + 4 * view.zoom).toBeLessThanOrEqual(50);
    expect(view.panX).toBe(0);
  });

  it("carries a block being placed, which starts on it", () => {
    const s = cursorStore();
    s().showCursor();
    s().moveCursor(-1, -1);
    s().startPaste({ width: 1, height: 1, cells: Uint8Array.of(1) }, "a cell");
    expect(s().paste).toMatchObject({ x: 1, y: 1 });
    s().moveCursor(2, 0);
    expect(s().paste).toMatchObject({ x: 3, y: 1 });
  });
});
