import { writeRle } from "../formats/index.ts";
import { formatRule } from "../rules/index.ts";
import type { CellBlock } from "../store/edit/CellBlock.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { copyToClipboard } from "./browser/systemClipboard.ts";

/** Copy, cut, paste, delete, rotate and flip: shown with the select tool or while placing. */
export function SelectionBar() {
  const store = useLifeStoreApi();
  const tool = useLifeStore((s) => s.tool);
  const hasSelection = useLifeStore((s) => s.selection !== null);
  const hasClipboard = useLifeStore((s) => s.clipboard !== null);
  const paste = useLifeStore((s) => s.paste);
  const ruleText = useLifeStore((s) => s.ruleText);
  const s = () => store.getState();
  const exportBlock = async (taken: Promise<CellBlock | null>) => {
    const block = await taken;
    if (block) void copyToClipboard(writeRle({ ...block, comments: [], rule: s().ruleText }));
  };
  if (paste) {
    const rule = paste.rule && formatRule(paste.rule);
    return (
      <div className="selection-bar" role="toolbar" aria-label="Placing">
        <span>
          Placing {paste.label}: click the grid to put it down
          {rule && rule !== ruleText ? `; the rule becomes ${rule}` : ""}.
        </span>
        <button type="button" onClick={() => s().commitPaste()}>
          Place here
        </button>
        <button type="button" onClick={() => s().cancelPaste()} title="Escape">
          Cancel
        </button>
      </div>
    );
  }
  if (tool !== "select" && !hasSelection) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selection">
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => void exportBlock(s().copySelection())}
        title="Ctrl+C"
      >
        Copy
      </button>
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => void exportBlock(s().cutSelection())}
        title="Ctrl+X"
      >
        Cut
      </button>
      <button
        type="button"
        disabled={!hasClipboard}
        onClick={() => s().pasteClipboard()}
        title="Ctrl+V"
      >
        Paste
      </button>
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => s().deleteSelection()}
        title="Delete"
      >
        Delete
      </button>
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => void s().transformSelection("rotate-clockwise")}
      >
        Rotate
      </button>
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => void s().transformSelection("flip-horizontal")}
      >
        Flip horizontally
      </button>
      <button
        type="button"
        disabled={!hasSelection}
        onClick={() => void s().transformSelection("flip-vertical")}
      >
        Flip vertically
      </button>
      {!hasSelection && <span className="hint">Drag on the grid to select.</span>}
    </div>
  );
}
