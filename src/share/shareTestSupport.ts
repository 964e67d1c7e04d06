import { PackedCells } from "../engine/PackedCells.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { asciiBytes } from "./asciiBytes.ts";
import { deflateRaw } from "./deflateRaw.ts";
import { encodeBase64Url } from "./encodeBase64Url.ts";
import type { ShareState } from "./ShareState.ts";
import { MAX_SHARE_AREA } from "./shareLimits.ts";

/** Test helper: a v1 payload for any envelope text, valid or not. */
export async function payloadOf(envelope: string): Promise<string> {
  return `v1.${encodeBase64Url(await deflateRaw(asciiBytes(envelope)))}`;
}

/** Test helper: what is wrong with `state` as a ShareState, or undefined if nothing is. */
export function findStateProblem(state: ShareState): string | undefined {
  const { width, height, cells, topology, rule, view } = state;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    return `bad size ${width}x${height}`;
  }
  if (width * height > MAX_SHARE_AREA) return `too many cells: ${width}x${height}`;
  if (!(cells instanceof PackedCells) || cells.width !== width || cells.height !== height) {
    return "bad cells";
  }
  if (topology !== "torus" && topology !== "plane") return `bad topology ${topology}`;
  if (formatRule(parseRule(rule).rule) !== rule) return `rule ${rule} is not canonical`;
  if (view === undefined) return undefined;
  const { centerX, centerY, zoom } = view;
  if (![centerX, centerY, zoom].every(Number.isFinite) || zoom <= 0) return "bad view";
  return undefined;
}
