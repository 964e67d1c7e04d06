import { useEffect } from "react";
import { MACROCELL_HEADER, readPatternText } from "../formats/index.ts";
import type { LifeStore } from "../store/createLifeStore.ts";
import { openFile } from "./FilePanel.tsx";

/**
 * Ctrl/Cmd+V with pattern text (RLE, plaintext, Life 1.06) picks the pattern up to place it
 * (its rule, if not Life's, applies when it is put down); with no text it pastes what Copy or Cut took. A file dropped on `target`
 * opens as the new world, as does pasted Macrocell text (its nodes may stand for far more cells
 * than a paste could place). Bad input shows its reason in the alert region and changes nothing.
 */
export function usePasteAndDrop(store: LifeStore, target: { current: HTMLElement | null }): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
      const text = event.clipboardData?.getData("text/plain") ?? "";
      const s = store.getState();
      event.preventDefault();
      if (text.trim() === "") {
        s.pasteClipboard();
        return;
      }
      if (text.trimStart().startsWith(MACROCELL_HEADER)) {
        const problem = s.openMacrocell(text.trimStart(), undefined);
        if (problem) s.showAlert(problem);
        return;
      }
      const pattern = readPatternText(text, "The pasted text");
      if (typeof pattern === "string") {
        s.showAlert(pattern);
        return;
      }
      const problem = s.startPaste(pattern, "the pasted pattern", pattern.rule);
      if (problem) s.showAlert(`The pasted pattern cannot be placed: ${problem}`);
    };
    const element = target.current;
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    const onDrop = async (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      const problem = await openFile(store, file);
      if (problem) store.getState().showAlert(problem);
    };
    document.addEventListener("paste", onPaste);
    element?.addEventListener("dragover", onDragOver);
    element?.addEventListener("drop", onDrop);
    return () => {
      document.removeEventListener("paste", onPaste);
      element?.removeEventListener("dragover", onDragOver);
      element?.removeEventListener("drop", onDrop);
    };
  }, [store, target]);
}
