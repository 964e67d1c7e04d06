import type { LifeStore } from "../../store/createLifeStore.ts";
import { drawStateOf } from "../../store/drawStateOf.ts";
import type { CellPoint } from "../../view/Viewport.ts";
import { cellAt } from "../../view/Viewport.ts";

type Gesture =
  | { kind: "paint"; state: number; last: CellPoint }
  | { kind: "pending-touch"; pointerId: number; start: CellPoint; x: number; y: number }
  | { kind: "pan"; x: number; y: number }
  | { kind: "select"; anchor: CellPoint }
  | { kind: "pinch"; distance: number; midX: number; midY: number }
  | { kind: "none" };

/** A finger that moves further than this (CSS px) before lifting paints rather than taps. */
const TOUCH_SLOP = 6;

/**
 * Mouse, pen and touch on the canvas. With the draw tool a click toggles a cell and a drag
 * paints (draws when the first cell was empty, erases when it was alive) along gap-free lines;
 * with the select tool a drag selects a rectangle; with the pan tool, the right or middle
 * button, or Shift, a drag pans. While a block is being placed it follows the pointer and a
 * click puts it down. The wheel zooms about the pointer; two fingers pinch-zoom and pan.
 * Returns a function that detaches everything.
 */
export function attachPointerGestures(canvas: HTMLCanvasElement, store: LifeStore): () => void {
  const touches = new Map<number, { x: number; y: number }>();
  let gesture: Gesture = { kind: "none" };

  const local = (event: { clientX: number; clientY: number }) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const cellUnder = (event: { clientX: number; clientY: number }) => {
    const p = local(event);
    return cellAt(store.getState().view, p.x, p.y);
  };
  const inGrid = (cell: CellPoint) => {
    const s = store.getState();
    if (s.world.space.kind === "infinite") return true;
    if (s.world.space.kind === "tube") {
      const across = s.world.space.axis === "x" ? cell.y : cell.x;
      return across >= 0 && across < s.world.space.size;
    }
    return cell.x >= 0 && cell.y >= 0 && cell.x < s.width && cell.y < s.height;
  };
  const startPaint = (cell: CellPoint) => {
    const s = store.getState();
    // A stroke draws the chosen state, or erases when it starts on a cell in that state.
    const draw = drawStateOf(s);
    const state = s.stateOf(cell) === draw ? 0 : draw;
    gesture = { kind: "paint", state, last: cell };
    s.checkpoint(); // the whole stroke is one step for Undo
    s.paintLine(cell, cell, state);
  };
  const startSelect = (cell: CellPoint) => {
    gesture = { kind: "select", anchor: cell };
    store.getState().setSelection({ x: cell.x, y: cell.y, width: 1, height: 1 });
  };
  const extendSelect = (anchor: CellPoint, cell: CellPoint) => {
    const x = Math.min(anchor.x, cell.x);
    const y = Math.min(anchor.y, cell.y);
    store.getState().setSelection({
      x,
      y,
      width: Math.abs(cell.x - anchor.x) + 1,
      height: Math.abs(cell.y - anchor.y) + 1,
    });
  };

  const continuePaint = (cell: CellPoint) => {
    if (gesture.kind !== "paint") return;
    store.getState().paintLine(gesture.last, cell, gesture.state);
    gesture = { ...gesture, last: cell };
  };

  const onPointerDown = (event: PointerEvent) => {
    canvas.setPointerCapture(event.pointerId);
    const p = local(event);
    if (event.pointerType === "touch") {
      touches.set(event.pointerId, p);
      if (touches.size === 2) {
        // A second finger turns whatever the first one started into a pinch; a pending tap is dropped.
        gesture = startPinch();
        return;
      }
      const cell = cellUnder(event);
      const { tool, paste } = store.getState();
      if (paste) {
        store.getState().movePaste(cell);
        gesture = { kind: "none" };
      } else if (tool === "pan") {
        gesture = { kind: "pan", x: p.x, y: p.y };
      } else if (tool === "select") {
        startSelect(cell);
      } else {
        gesture = inGrid(cell)
          ? { kind: "pending-touch", pointerId: event.pointerId, start: cell, x: p.x, y: p.y }
          : { kind: "none" };
      }
      return;
    }
    event.preventDefault();
    const { tool, paste } = store.getState();
    if (event.button === 1 || event.button === 2 || event.shiftKey || tool === "pan") {
      gesture = { kind: "pan", x: p.x, y: p.y };
      return;
    }
    if (event.button !== 0) return;
    const cell = cellUnder(event);
    if (paste) {
      store.getState().movePaste(cell);
      store.getState().commitPaste();
      gesture = { kind: "none" };
    } else if (tool === "select") {
      startSelect(cell);
    } else if (tool === "inspect") {
      if (inGrid(cell)) void store.getState().inspectCell(cell);
    } else if (inGrid(cell)) {
      startPaint(cell);
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    const p = local(event);
    const cell = cellAt(store.getState().view, p.x, p.y);
    store.getState().setHover(inGrid(cell) ? cell : null);
    if (store.getState().paste) store.getState().movePaste(cell);
    if (event.pointerType === "touch") {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, p);
    }
    switch (gesture.kind) {
      case "paint":
        continuePaint(cell);
        return;
      case "select":
        extendSelect(gesture.anchor, cell);
        return;
      case "pan":
        store.getState().panBy(p.x - gesture.x, p.y - gesture.y);
        gesture = { kind: "pan", x: p.x, y: p.y };
        return;
      case "pinch":
        gesture = continuePinch(gesture);
        return;
      case "pending-touch":
        if (Math.hypot(p.x - gesture.x, p.y - gesture.y) > TOUCH_SLOP) {
          // Inspecting draws nothing: a finger dragged pans instead.
          if (store.getState().tool === "inspect") {
            gesture = { kind: "pan", x: p.x, y: p.y };
            return;
          }
          startPaint(gesture.start);
          continuePaint(cell);
        }
        return;
      case "none":
        return;
    }
  };

  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType === "touch") {
      touches.delete(event.pointerId);
      if (gesture.kind === "pending-touch" && gesture.pointerId === event.pointerId) {
        if (store.getState().tool === "inspect") void store.getState().inspectCell(gesture.start);
        else startPaint(gesture.start);
      }
      if (gesture.kind === "pinch" && touches.size < 2) {
        gesture = { kind: "none" };
        return;
      }
    }
    if (touches.size === 0) gesture = { kind: "none" };
  };

  const onPointerLeave = () => store.getState().setHover(null);

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const p = local(event);
    // Trackpad pinches arrive as ctrl+wheel with small deltas; a mouse notch is about 100.
    const delta = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
    store.getState().zoomBy(Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.002)), p.x, p.y);
    const cell = cellAt(store.getState().view, p.x, p.y);
    store.getState().setHover(inGrid(cell) ? cell : null);
  };

  const startPinch = (): Gesture => {
    const [a, b] = [...touches.values()];
    if (!a || !b) return { kind: "none" };
    return {
      kind: "pinch",
      distance: Math.hypot(a.x - b.x, a.y - b.y),
      midX: (a.x + b.x) / 2,
      midY: (a.y + b.y) / 2,
    };
  };
  const continuePinch = (previous: Extract<Gesture, { kind: "pinch" }>): Gesture => {
    const next = startPinch();
    if (next.kind !== "pinch") return next;
    const s = store.getState();
    s.panBy(next.midX - previous.midX, next.midY - previous.midY);
    if (previous.distance > 0 && next.distance > 0)
      s.zoomBy(next.distance / previous.distance, next.midX, next.midY);
    return next;
  };

  const onContextMenu = (event: Event) => event.preventDefault();

  canvas.addEventListener("pointerdown", onPointerDown);
  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerup", onPointerUp);
  canvas.addEventListener("pointercancel", onPointerUp);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("wheel", onWheel, { passive: false });
  canvas.addEventListener("contextmenu", onContextMenu);
  return () => {
    canvas.removeEventListener("pointerdown", onPointerDown);
    canvas.removeEventListener("pointermove", onPointerMove);
    canvas.removeEventListener("pointerup", onPointerUp);
    canvas.removeEventListener("pointercancel", onPointerUp);
    canvas.removeEventListener("pointerleave", onPointerLeave);
    canvas.removeEventListener("wheel", onWheel);
    canvas.removeEventListener("contextmenu", onContextMenu);
  };
}
