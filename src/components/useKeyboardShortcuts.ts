import { useEffect } from "react";
import { writeRle } from "../formats/index.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import type { CellBlock } from "../store/edit/CellBlock.ts";
import { copyToClipboard } from "./browser/systemClipboard.ts";

/** How far one arrow key press pans, in CSS pixels. */
const PAN_STEP = 40;

/**
 * Space play/pause, N or → step, Shift+N or ← back (along the run timeline), R reset, F fit,
 * + and − zoom; ↑, ↓ (and Shift with any arrow) pan; on the focused grid the arrows move its
 * keyboard cursor instead;
 * D, S, H pick the draw, select and pan tools, I toggles the Inspect tool, W watches a
 * generation (Escape stops watching or closes the Inspector); Y identifies the pattern (Escape
 * closes its panel); P shows or hides the population graph; G reads out the generation and
 * population (they are not announced every generation); T shows or hides trails; Delete clears the
 * selection; Escape cancels a paste or the selection. With Ctrl or Cmd: Z undo, Shift+Z or Y
 * redo, C copy, X cut, A select all (Ctrl+V arrives as a paste event: see usePasteAndDrop).
 * Ignored while typing in a field.
 */
export function useKeyboardShortcuts(store: LifeStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // defaultPrevented: the grid's keyboard cursor took the key (attachKeyboardCursor).
      if (event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      // A radio group (the draw-state picker) moves its choice with the arrows: not a pan.
      if (event.key.startsWith("Arrow") && isRadio(event.target)) return;
      const s = store.getState();
      const action =
        event.ctrlKey || event.metaKey ? chooseCommand(event, s) : chooseAction(event, s);
      if (!action) return;
      event.preventDefault();
      action();
    };
    // Space is play/pause everywhere: a focused button must not also take it as a click.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === " " && event.target instanceof HTMLButtonElement) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
    };
  }, [store]);
}

function chooseCommand(event: KeyboardEvent, s: State): (() => void) | undefined {
  switch (event.key.toLowerCase()) {
    case "z":
      return event.shiftKey ? () => s.redo() : () => s.undo();
    case "y":
      return () => s.redo();
    case "c":
      return s.selection ? () => copyOut(s.copySelection(), s.ruleText) : undefined;
    case "x":
      return s.selection ? () => copyOut(s.cutSelection(), s.ruleText) : undefined;
    case "a":
      return () => {
        s.setTool("select");
        s.setSelection({ x: 0, y: 0, width: s.width, height: s.height });
      };
    default:
      return undefined;
  }
}

/** Copies also go to the system clipboard as RLE, for Golly and LifeViewer. */
function copyOut(taken: Promise<CellBlock | null>, rule: string) {
  void taken.then((block) => {
    if (block) void copyToClipboard(writeRle({ ...block, comments: [], rule }));
  });
}

type State = ReturnType<LifeStore["getState"]>;

function chooseAction(event: KeyboardEvent, s: State): (() => void) | undefined {
  if (event.shiftKey && event.key.startsWith("Arrow")) return panFor(event.key, s);
  switch (event.key) {
    case " ":
      return () => s.togglePlay();
    case "n":
    case "N":
      return event.shiftKey ? () => s.back() : () => s.step();
    case "ArrowRight":
      return () => s.step();
    case "ArrowLeft":
      return () => s.back();
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
    case "ArrowUp":
    case "ArrowDown":
      return panFor(event.key, s);
    case "d":
    case "D":
      return () => s.setTool("draw");
    case "s":
    case "S":
      return () => s.setTool("select");
    case "h":
    case "H":
      return () => s.setTool("pan");
    case "i":
    case "I":
      return () => s.setTool(s.tool === "inspect" ? "draw" : "inspect");
    case "w":
    case "W":
      return () => void s.watchGeneration();
    case "g":
    case "G":
      return () => s.announceCounts();
    case "y":
    case "Y":
      return () => void s.identify();
    case "t":
    case "T":
      return () => s.toggleTrails();
    case "p":
    case "P":
      return () => s.toggleGraph();
    case "Delete":
    case "Backspace":
      return s.selection ? () => s.deleteSelection() : undefined;
    case "Escape":
      if (s.paste) return () => s.cancelPaste();
      if (s.selection) return () => s.setSelection(null);
      if (s.watch) return () => s.stopWatch();
      if (s.identified) return () => s.closeIdentify();
      return s.inspection ? () => s.closeInspection() : undefined;
    case "Enter":
      return s.paste ? () => s.commitPaste() : undefined;
    default:
      return undefined;
  }
}

function panFor(key: string, s: State): (() => void) | undefined {
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

function isRadio(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === "radio";
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
