import type { LifeStore } from "../../store/createLifeStore.ts";

/** How many cells Shift+arrow moves the cursor. */
export const FAST_STEP = 8;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The grid's keyboard cursor, shown while the canvas has keyboard focus (as `:focus-visible`
 * would show a focus ring): arrows move it (Shift+arrow by 8 cells) and the view follows;
 * Enter or Space toggle its cell, or put down a block being placed, which the arrows carry.
 * Using the pointer on the grid hides the cursor (Space plays and pauses again) until the next
 * arrow. The keys it handles are marked with preventDefault, so the page's shortcuts (see
 * useKeyboardShortcuts) leave them alone. Returns a function that detaches everything.
 */
export function attachKeyboardCursor(canvas: HTMLCanvasElement, store: LifeStore): () => void {
  const onFocus = () => {
    if (canvas.matches(":focus-visible")) store.getState().showCursor();
  };
  const onBlur = () => store.getState().hideCursor();
  const onPointerDown = () => store.getState().hideCursor();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const s = store.getState();
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const step = event.shiftKey ? FAST_STEP : 1;
      s.moveCursor(arrow[0] * step, arrow[1] * step);
      return;
    }
    if ((event.key !== "Enter" && event.key !== " ") || !s.cursor) return;
    event.preventDefault();
    if (s.paste) s.commitPaste();
    else if (s.tool === "inspect") void s.inspectCell(s.cursor);
    else s.toggleCell(s.cursor);
  };
  canvas.addEventListener("focus", onFocus);
  canvas.addEventListener("blur", onBlur);
  canvas.addEventListener("pointerdown", onPointerDown);
  canvas.addEventListener("keydown", onKeyDown);
  return () => {
    canvas.removeEventListener("focus", onFocus);
    canvas.removeEventListener("blur", onBlur);
    canvas.removeEventListener("pointerdown", onPointerDown);
    canvas.removeEventListener("keydown", onKeyDown);
  };
}
