import { useEffect } from "react";
import type { LifeStore } from "../store/createLifeStore.ts";

/** How far one arrow key press pans, in CSS pixels. */
const PAN_STEP = 40;

/**
 * Space play/pause, N or → step, R reset, F fit, + and − zoom; ←, ↑, ↓ (and Shift with any
 * arrow, → included) pan. Ignored while typing in a field, and with Ctrl, Cmd or Alt held,
 * which belong to the browser.
 */
export function useKeyboardShortcuts(store: LifeStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const s = store.getState();
      const action = chooseAction(event, s);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
}

function chooseAction(
  event: KeyboardEvent,
  s: ReturnType<LifeStore["getState"]>,
): (() => void) | undefined {
  if (event.shiftKey && event.key.startsWith("Arrow")) return panFor(event.key, s);
  switch (event.key) {
    case " ":
      return event.target instanceof HTMLButtonElement ? undefined : () => s.togglePlay();
    case "n":
    case "N":
    case "ArrowRight":
      return () => s.step();
    case "r":
    case "R":
      return () => s.reset();
    case "f":
    case "F":
      return () => s.fit();
    case "+":
    case "=":
      return () => s.zoomBy(1.5);
    case "-":
    case "_":
      return () => s.zoomBy(1 / 1.5);
    case "ArrowLeft":
    case "ArrowUp":
    case "ArrowDown":
      return panFor(event.key, s);
    default:
      return undefined;
  }
}

function panFor(key: string, s: ReturnType<LifeStore["getState"]>): (() => void) | undefined {
  // Arrow keys move the view over the grid, so the grid moves the other way on screen.
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [PAN_STEP, 0],
    ArrowRight: [-PAN_STEP, 0],
    ArrowUp: [0, PAN_STEP],
    ArrowDown: [0, -PAN_STEP],
  };
  const move = moves[key];
  return move ? () => s.panBy(move[0], move[1]) : undefined;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["button", "checkbox", "radio", "range"].includes(target.type)
  );
}
