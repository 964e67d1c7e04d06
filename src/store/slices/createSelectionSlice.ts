import { MAX_GRID_SIDE } from "../../engine/index.ts";
import { birthOnZero } from "../../rules/birthOnZero.ts";
import { formatRule, parseRule, RuleError } from "../../rules/index.ts";
import { spaceOf } from "../../universe/BoundedWorld.ts";
import { centreCell } from "../../view/followCell.ts";
import type { CellBox } from "../../view/Viewport.ts";
import type { CellBlock } from "../edit/CellBlock.ts";
import { growToHold } from "../edit/growToHold.ts";
import { placeBlock } from "../edit/placeBlock.ts";
import { transformBlock } from "../edit/transformBlock.ts";
import type { PendingPaste, SelectionActions } from "../LifeState.ts";
import { isUnbounded, onInfinitePlane } from "../world/WorldView.ts";
import { OPEN_MARGIN } from "./createWorldSlice.ts";
import type { StoreContext } from "./StoreContext.ts";

/** Conway's Life: a pattern made for it is placed under the world's rule, whatever that is. */
const LIFE = "B3/S23";

/**
 * Rectangle selection and what acts on it (copy, cut, delete, rotate, flip), and placing a
 * block: a paste or a library pattern follows the pointer until it is stamped.
 */
export function createSelectionSlice(ctx: StoreContext): SelectionActions {
  const { set, get } = ctx;

  /** Writes `block` at (x, y): cells past a torus's edge wrap, past a plane's fall off. */
  const writeBlock = (block: CellBlock, x: number, y: number, mode: "or" | "copy") => {
    // The cells of each state, empty first (a multi-state block keeps its states).
    const byState = new Map<number, { x: number; y: number }[]>([[0, []]]);
    placeBlock(get().world.space, block, x, y, mode, (row, x0, x1, state) => {
      const cells = byState.get(state) ?? [];
      byState.set(state, cells);
      for (let cx = x0; cx < x1; cx++) cells.push({ x: cx, y: row });
    });
    for (const [state, cells] of byState) ctx.world.edit(cells, state);
  };
  /** Empties the cells of `box`. */
  const clearBox = (box: CellBox) =>
    writeBlock(
      { width: box.width, height: box.height, cells: new Uint8Array(box.width * box.height) },
      box.x,
      box.y,
      "copy",
    );
  const clip = (box: CellBox): CellBox | null => {
    const s = get();
    if (isUnbounded(s.world)) return box;
    const x0 = Math.max(0, box.x);
    const y0 = Math.max(0, box.y);
    const x1 = Math.min(s.width, box.x + box.width);
    const y1 = Math.min(s.height, box.y + box.height);
    return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
  };
  /**
   * The selected cells, as the worker has them once the edits sent so far are in: asked for
   * now, so an edit made after (a cut's clearing) does not show in them.
   */
  const selected = (): { box: CellBox; block: Promise<CellBlock> } | null => {
    const box = get().selection;
    if (!box) return null;
    const block = ctx.universe.cellStates(box).then(({ cells: pairs, states }) => {
      const cells = new Uint8Array(box.width * box.height);
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const at = ((pairs[i + 1] as number) - box.y) * box.width + ((pairs[i] as number) - box.x);
        cells[at] = states[i / 2] as number;
      }
      return { width: box.width, height: box.height, cells };
    });
    return { box, block };
  };

  return {
    setTool(tool) {
      const was = get().tool;
      set({ tool, paste: null, ...(tool !== "select" && { selection: null }) });
      if (tool === "inspect" && was !== "inspect") {
        set({
          announcement:
            "Inspect tool: click a cell, or Enter on the grid's cursor, to step through its coroutine",
        });
      } else if (tool !== "inspect" && was === "inspect") {
        set({ inspection: null, marks: null, announcement: `Inspect tool off: ${tool} tool` });
      }
    },
    setSelection(box) {
      set({ selection: box ? clip(box) : null });
    },
    async copySelection() {
      const sel = selected();
      if (!sel) return null;
      const block = await sel.block;
      set({ clipboard: block, announcement: `Copied ${sel.box.width}x${sel.box.height} cells` });
      return block;
    },
    async cutSelection() {
      const sel = selected();
      if (!sel) return null;
      ctx.remember();
      clearBox(sel.box);
      const block = await sel.block;
      set({ clipboard: block, announcement: `Cut ${sel.box.width}x${sel.box.height} cells` });
      return block;
    },
    deleteSelection() {
      const box = get().selection;
      if (!box) return;
      ctx.remember();
      clearBox(box);
      set({ announcement: "Deleted the selection" });
    },
    async transformSelection(transform) {
      const sel = selected();
      if (!sel) return;
      const block = await sel.block;
      ctx.remember();
      const turned = transformBlock(block, transform);
      // Turn about the selection's centre, so the pattern stays where it was.
      const x = sel.box.x + Math.floor((sel.box.width - turned.width) / 2);
      const y = sel.box.y + Math.floor((sel.box.height - turned.height) / 2);
      clearBox(sel.box);
      writeBlock(turned, x, y, "copy");
      set({
        selection: clip({ x, y, width: turned.width, height: turned.height }),
        announcement: transform.startsWith("rotate")
          ? "Rotated the selection"
          : "Flipped the selection",
      });
    },
    pasteClipboard() {
      const { clipboard } = get();
      if (clipboard) get().startPaste(clipboard, "the copied cells");
    },
    startPaste(block, label, ruleText) {
      let rule: PendingPaste["rule"];
      if (ruleText !== undefined) {
        try {
          rule = parseRule(ruleText).rule;
        } catch (error) {
          if (error instanceof RuleError) return error.message;
          throw error;
        }
      }
      if (rule && formatRule(rule) === LIFE) rule = undefined;
      if (block.width > MAX_GRID_SIDE || block.height > MAX_GRID_SIDE) {
        return `The ${block.width}x${block.height} pattern is too big: grid sides are limited to ${MAX_GRID_SIDE} cells`;
      }
      const s = get();
      // At the keyboard cursor when it is shown, so the arrows carry the block from there.
      const centre = s.cursor ?? centreCell(s.view, s.canvasWidth, s.canvasHeight);
      const newRule = rule && formatRule(rule) !== s.ruleText ? ` (rule ${formatRule(rule)})` : "";
      set({
        paste: {
          block,
          label,
          x: centre.x - (block.width >> 1),
          y: centre.y - (block.height >> 1),
          ...(rule && { rule }),
        },
        announcement: `Placing ${label}${newRule}: click to put it down, Escape to cancel`,
      });
      return null;
    },
    movePaste(cell) {
      const { paste } = get();
      if (!paste) return;
      const x = cell.x - (paste.block.width >> 1);
      const y = cell.y - (paste.block.height >> 1);
      if (x !== paste.x || y !== paste.y) set({ paste: { ...paste, x, y } });
    },
    commitPaste() {
      const { paste } = get();
      if (!paste) return;
      const s = get();
      const { block } = paste;
      const box = { x: paste.x, y: paste.y, width: block.width, height: block.height };
      // The infinite plane (and a tube or strip, folding it across) holds any block where it is put.
      const infinite = isUnbounded(s.world);
      const growth = infinite ? null : growToHold(s, box, OPEN_MARGIN, MAX_GRID_SIDE);
      if (typeof growth === "string") {
        get().showAlert(growth);
        return;
      }
      if (infinite && paste.rule && birthOnZero(paste.rule)) {
        get().showAlert(
          `${formatRule(paste.rule)} cannot run on ${onInfinitePlane(s.world) ? "the infinite plane" : "a tube or strip"}: B0 would fill it`,
        );
        return;
      }
      ctx.remember();
      const said = [`Placed ${paste.label}`];
      const ruleText = paste.rule ? formatRule(paste.rule) : s.ruleText;
      const switching = paste.rule !== undefined && ruleText !== s.ruleText;
      if (switching && paste.rule) {
        set({ rule: paste.rule, ruleText });
        said.push(`rule switched to ${ruleText}`);
        ctx.world.setRule(paste.rule);
      }
      let { x, y } = paste;
      if (growth) {
        const { width, height, dx, dy } = growth;
        const { zoom, panX, panY } = s.view;
        // The old cells move by (dx, dy); so does the view, so nothing jumps on screen.
        const view = { zoom, panX: panX - dx * zoom, panY: panY - dy * zoom };
        said.push(`grid grown to ${width}x${height}`);
        ctx.world.move(spaceOf({ ...s, width, height }), dx, dy, { width, height, view }, "");
        x += dx;
        y += dy;
      }
      writeBlock(block, x, y, "or");
      set({ paste: null, announcement: said.join("; "), alert: null });
    },
    cancelPaste() {
      if (get().paste) set({ paste: null, announcement: "Cancelled" });
    },
  };
}
