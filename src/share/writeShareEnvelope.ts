import { writeRle } from "../formats/writeRle.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { findLiveBox } from "./findLiveBox.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState, ShareView } from "./ShareState.ts";

/**
 * The text a v1 share link carries, before deflate and base64url:
 *
 *     <rule>;<width>x<height>;<t|p>;<left>,<top>[;<centerX>,<centerY>,<zoom>]
 *     <RLE body of the live cells' bounding box, on one line, ending with !>
 *
 * `left,top` is where the box sits in the grid. Only the live box is stored, so a small pattern
 * on a large grid costs a few bytes; text keeps the format easy to debug, and deflate removes
 * most of its redundancy. The rule is written in canonical form.
 * Throws ShareLinkError for a state that is not valid: a bad size, cell count, topology,
 * rule or view, or a grid over `maxArea` cells.
 */
export function writeShareEnvelope(state: ShareState, maxArea: number): string {
  const { width, height, topology, cells, view } = state;
  if (!isCount(width) || !isCount(height)) {
    throw new ShareLinkError(
      `cannot share a grid of ${width}x${height}: sizes must be whole numbers of at least 1`,
    );
  }
  if (width * height > maxArea) {
    throw new ShareLinkError(
      `cannot share a grid of ${width}x${height}: it is over the limit of ${maxArea} cells`,
    );
  }
  if (!(cells instanceof Uint8Array) || cells.length !== width * height) {
    throw new ShareLinkError(
      `cannot share: a ${width}x${height} grid needs ${width * height} cells`,
    );
  }
  if (topology !== "torus" && topology !== "plane") {
    throw new ShareLinkError(`cannot share: unknown topology ${JSON.stringify(topology)}`);
  }
  const fields = [
    canonicalRule(state.rule),
    `${width}x${height}`,
    topology === "torus" ? "t" : "p",
  ];
  const box = findLiveBox(cells, width, height);
  fields.push(box === undefined ? "0,0" : `${box.left},${box.top}`);
  if (view !== undefined) fields.push(formatView(view));
  const body =
    box === undefined ? "!" : writeBoxBody(state, box.left, box.top, box.right, box.bottom);
  return `${fields.join(";")}\n${body}`;
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

function canonicalRule(rule: string): string {
  try {
    const parsed = parseRule(rule);
    if (parsed.bounds !== undefined) {
      throw new ShareLinkError(
        `cannot share rule "${rule}": give the grid size separately, not as a suffix`,
      );
    }
    return formatRule(parsed.rule);
  } catch (error) {
    if (error instanceof RuleError) {
      throw new ShareLinkError(`cannot share: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

function formatView(view: ShareView): string {
  const { centerX, centerY, zoom } = view;
  if (
    !Number.isFinite(centerX) ||
    !Number.isFinite(centerY) ||
    !Number.isFinite(zoom) ||
    zoom <= 0
  ) {
    throw new ShareLinkError(
      `cannot share the view ${centerX},${centerY} at zoom ${zoom}: it needs finite numbers and a zoom above 0`,
    );
  }
  // String() gives the shortest text that reads back as the same number.
  return `${String(centerX)},${String(centerY)},${String(zoom)}`;
}

/** The RLE body (one line, ending with `!`) of the cells inside the box. */
function writeBoxBody(
  state: ShareState,
  left: number,
  top: number,
  right: number,
  bottom: number,
): string {
  const width = right - left;
  const height = bottom - top;
  const cells = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const start = (top + y) * state.width + left;
    cells.set(state.cells.subarray(start, start + width), y * width);
  }
  // Drop the header line and the line breaks writeRle adds for readability.
  const lines = writeRle({ width, height, cells, comments: [] }).split("\n");
  return lines.slice(1).join("");
}
