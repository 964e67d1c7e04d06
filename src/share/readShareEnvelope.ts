import type { Topology } from "../engine/Grid.ts";
import { fitsGridSides, MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { stateCount } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { paintRleBody } from "./paintRleBody.ts";
import { quoteValue } from "./quoteValue.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState, ShareView } from "./ShareState.ts";
import { paintStateRleBody } from "./stateRleBody.ts";

// Whole numbers as writeShareEnvelope writes them: no sign, no leading zeros, at most 9 digits.
const COUNT = "(0|[1-9]\\d{0,8})";
const SIZE = new RegExp(`^${COUNT}x${COUNT}$`);
const OFFSET = new RegExp(`^${COUNT},${COUNT}$`);
// Longer than any canonical rule (B012345678/S012345678), so a hostile field is not parsed.
const MAX_RULE_LENGTH = 64;
// A finite number as String(number) writes one: 12, -0.5, 1e-7, 1.5e+21.
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]\d+)?$/;

/**
 * The state in the text of a v1 share link (the format is described in writeShareEnvelope).
 * Checks every field before it allocates the `width * height` cells (a bit each), which must be
 * at most `maxArea`, with neither side over MAX_GRID_SIDE. Throws ShareLinkError saying which
 * field is wrong.
 */
export function readShareEnvelope(text: string, maxArea: number): ShareState {
  const lineBreak = text.indexOf("\n");
  if (lineBreak < 0) throw corrupt("it has no cells");
  const fields = text.slice(0, lineBreak).split(";");
  const code =
    fields.length > 4 && fields.at(-1)?.startsWith("c") ? readCode(fields.pop()) : undefined;
  if (fields.length !== 4 && fields.length !== 5) {
    throw corrupt(`it has ${fields.length} fields where 4 or 5 belong`);
  }
  const [ruleField = "", sizeField = "", topologyField = "", offsetField = "", viewField] = fields;
  const { text: rule, states: stateCount } = readRule(ruleField);
  const [width, height] = readPair(SIZE, sizeField, "size");
  if (width < 1 || height < 1) throw corrupt(`its grid size ${quoteValue(sizeField)} is empty`);
  if (!fitsGridSides(width, height)) {
    throw new ShareLinkError(
      `the link's grid of ${width}x${height} is over the limit of ${MAX_GRID_SIDE} cells a side`,
    );
  }
  if (width * height > maxArea) {
    throw new ShareLinkError(
      `the link's grid of ${width}x${height} is ${width * height} cells, over the limit of ${maxArea}`,
    );
  }
  const topology = readTopology(topologyField);
  const [left, top] = readPair(OFFSET, offsetField, "pattern position");
  if (left >= width || top >= height) {
    throw corrupt(`it places cells outside its ${width}x${height} grid`);
  }
  const view = viewField === undefined ? undefined : readView(viewField);
  const cells = new PackedCells(width, height);
  let state: ShareState;
  if (stateCount > 2) {
    // A multi-state rule's cells are in Golly's letters, a byte a cell here.
    const states = new Uint8Array(width * height);
    paintStateRleBody(
      text.slice(lineBreak + 1),
      { width, height, states },
      left,
      top,
      stateCount,
      (y, x0, x1) => cells.fillRun(y, x0, x1),
    );
    state = { width, height, topology, rule, cells, states };
  } else {
    paintRleBody(text.slice(lineBreak + 1), cells, left, top);
    state = { width, height, topology, rule, cells };
  }
  return { ...state, ...(view !== undefined && { view }), ...(code !== undefined && { code }) };
}

/** A user's rule's source, from its field (`c` and the source percent-encoded). */
function readCode(field = ""): string {
  try {
    return decodeURIComponent(field.slice(1));
  } catch {
    throw corrupt("its rule's code is not percent-encoded text");
  }
}

/** The rule in canonical form, and how many states it has. */
function readRule(field: string): { text: string; states: number } {
  if (field.length > MAX_RULE_LENGTH) throw corrupt(`its rule ${quoteValue(field)} is too long`);
  let parsed: ReturnType<typeof parseRule>;
  try {
    parsed = parseRule(field);
  } catch (error) {
    if (error instanceof RuleError) {
      throw new ShareLinkError(`the link's rule is not valid: ${error.message}`, { cause: error });
    }
    throw error;
  }
  if (parsed.bounds !== undefined) {
    throw corrupt(
      `its rule ${quoteValue(field)} carries a grid size, which belongs in its own field`,
    );
  }
  return { text: formatRule(parsed.rule), states: stateCount(parsed.rule) };
}

function readPair(pattern: RegExp, field: string, name: string): [number, number] {
  const match = pattern.exec(field);
  if (match === null) throw corrupt(`its ${name} ${quoteValue(field)} is not valid`);
  return [Number(match[1]), Number(match[2])];
}

function readTopology(field: string): Topology {
  if (field === "t") return "torus";
  if (field === "p") return "plane";
  throw corrupt(`its topology ${quoteValue(field)} is neither "t" (torus) nor "p" (plane)`);
}

function readView(field: string): ShareView {
  const parts = field.split(",");
  const numbers = parts.map((part) => (NUMBER.test(part) ? Number(part) : Number.NaN));
  const [centerX, centerY, zoom] = numbers;
  if (
    numbers.length !== 3 ||
    centerX === undefined ||
    centerY === undefined ||
    zoom === undefined ||
    !numbers.every(Number.isFinite) ||
    zoom <= 0
  ) {
    throw corrupt(
      `its view ${quoteValue(field)} is not "centerX,centerY,zoom" with a zoom above 0`,
    );
  }
  return { centerX, centerY, zoom };
}

function corrupt(reason: string): ShareLinkError {
  return new ShareLinkError(`the link's data is corrupt: ${reason}`);
}
