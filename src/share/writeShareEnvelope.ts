import { PackedCells } from "../engine/PackedCells.ts";
import { writePackedRleBody } from "../formats/writePackedRleBody.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { stateCount } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { readAscii } from "./readAscii.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState, ShareView } from "./ShareState.ts";
import { writeStateRleBody } from "./stateRleBody.ts";

/**
 * The text a v1 share link carries, before deflate and base64url:
 *
 *     <rule>;<width>x<height>;<t|p>;<left>,<top>[;<centerX>,<centerY>,<zoom>][;c<code>]
 *     <RLE body of the live cells' bounding box, on one line, ending with !>
 *
 * `left,top` is where the box sits in the grid. Only the live box is stored, so a small pattern
 * on a large grid costs a few bytes; text keeps the format easy to debug, and deflate removes
 * most of its redundancy. The rule is written in canonical form. For a rule of more than two
 * states the body is in Golly's multi-state letters (`.`, `A`..`X`, `pA`..`yO`), from `states`.
 * A user's rule in JavaScript (`code`) goes last, percent-encoded (`encodeURIComponent`: ASCII,
 * with no `;` or line break), after a `c`.
 * Throws ShareLinkError for a state that is not valid: a bad size, cell count, topology,
 * rule or view, or a grid over `maxArea` cells, and for one whose envelope would be longer than
 * `maxBytes`, which it finds out as soon as it has written that much, not at the end.
 */
export function writeShareEnvelope(
  state: ShareState,
  maxArea: number,
  maxBytes = Number.POSITIVE_INFINITY,
): string {
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
  if (!(cells instanceof PackedCells) || cells.width !== width || cells.height !== height) {
    throw new ShareLinkError(
      `cannot share: a ${width}x${height} grid needs ${width}x${height} cells`,
    );
  }
  if (topology !== "torus" && topology !== "plane") {
    throw new ShareLinkError(`cannot share: unknown topology ${JSON.stringify(topology)}`);
  }
  const rule = canonicalRule(state.rule);
  const fields = [rule.text, `${width}x${height}`, topology === "torus" ? "t" : "p"];
  const box = cells.liveBounds();
  fields.push(box === undefined ? "0,0" : `${box.x},${box.y}`);
  if (view !== undefined) fields.push(formatView(view));
  if (state.code !== undefined) fields.push(`c${encodeURIComponent(state.code)}`);
  const head = `${fields.join(";")}\n`;
  if (box === undefined) return `${head}!`;
  if (rule.states > 2) {
    const states = state.states ?? cells.toBytes();
    if (states.length !== width * height) {
      throw new ShareLinkError(`cannot share: a ${width}x${height} grid needs as many states`);
    }
    const body = writeStateRleBody(states, width, box, maxBytes - head.length);
    if (body === undefined) throw tooBusy(maxBytes);
    return head + body;
  }
  const chunks: Uint8Array[] = [];
  const fits = writePackedRleBody(cells, {
    box,
    lineLength: Number.POSITIVE_INFINITY,
    maxBytes: maxBytes - head.length,
    onChunk: (chunk) => chunks.push(chunk),
  });
  if (!fits) throw tooBusy(maxBytes);
  return head + chunks.map(readAscii).join("");
}

function tooBusy(maxBytes: number): ShareLinkError {
  return new ShareLinkError(
    `this grid is too busy to share as a link: its cells take more than ${maxBytes} bytes`,
  );
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

/** The rule in canonical form, and how many states it has. */
function canonicalRule(rule: string): { text: string; states: number } {
  try {
    const parsed = parseRule(rule);
    if (parsed.bounds !== undefined) {
      throw new ShareLinkError(
        `cannot share rule "${rule}": give the grid size separately, not as a suffix`,
      );
    }
    return { text: formatRule(parsed.rule), states: stateCount(parsed.rule) };
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
