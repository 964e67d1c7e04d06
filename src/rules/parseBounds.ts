import { fitsGridSides, MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import type { GridBounds, Topology } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** Golly's other topologies, which wrap with a twist or a shift this engine does not do. */
const UNSUPPORTED_TOPOLOGIES: Readonly<Record<string, string>> = {
  K: "Klein bottle",
  C: "cross-surface",
  S: "sphere",
};

/**
 * Reads Golly's bounded-grid suffix, the text after the `:` (`T64,48`, `P64,48`, `t20` for
 * 20x20). `input` is the whole rulestring, quoted in messages.
 */
export function parseBounds(suffix: string, input: string): GridBounds {
  const src = suffix.replace(/\s+/g, "");
  const shown = `:${src}`;
  const letter = src.charAt(0).toUpperCase();
  if (letter === "") {
    throw new RuleError(`Missing grid after ":" in rule "${input}", e.g. ":T64,48"`, input, ":");
  }
  const unsupported = UNSUPPORTED_TOPOLOGIES[letter];
  if (unsupported !== undefined) {
    throw new RuleError(
      `Golly's ${unsupported} grids ("${shown}") are not supported, only T (torus) and P (plane)`,
      input,
      shown,
    );
  }
  const topology = readTopology(letter);
  if (topology === undefined) {
    throw new RuleError(
      `Unknown grid topology "${src.charAt(0)}" in rule "${input}": use T (torus) or P (plane)`,
      input,
      src.charAt(0),
    );
  }
  const sizes = src.slice(1);
  const shift = /[+-]\d*/.exec(sizes)?.[0];
  if (shift !== undefined) {
    throw new RuleError(
      `Shifted grids ("${shift}" in "${shown}") are not supported: "${input}"`,
      input,
      shift,
    );
  }
  if (sizes.includes("*")) {
    throw new RuleError(
      `Twisted grids ("*" in "${shown}") are not supported: "${input}"`,
      input,
      "*",
    );
  }
  if (sizes === "") {
    throw new RuleError(
      `Missing grid size after "${shown}" in rule "${input}", e.g. ":T64,48"`,
      input,
      shown,
    );
  }
  const match = /^(\d+)(?:,(\d+))?$/.exec(sizes);
  const widthText = match?.[1];
  if (!match || widthText === undefined) {
    throw new RuleError(
      `Bad grid size "${sizes}" in rule "${input}": expected width,height as in ":T64,48"`,
      input,
      sizes,
    );
  }
  const width = Number(widthText);
  // A single number is a square, as in Golly.
  const height = Number(match[2] ?? widthText);
  if (width === 0 || height === 0) {
    throw new RuleError(
      `Unbounded grids are not supported: "${shown}" has a zero size in rule "${input}"`,
      input,
      shown,
    );
  }
  // The grid's own limit, so a typo cannot allocate gigabytes.
  if (!fitsGridSides(width, height)) {
    throw new RuleError(
      `Grid "${shown}" is too large: more than ${MAX_GRID_SIDE} cells a side in rule "${input}"`,
      input,
      shown,
    );
  }
  return { topology, width, height };
}

function readTopology(letter: string): Topology | undefined {
  if (letter === "T") return "torus";
  if (letter === "P") return "plane";
  return undefined;
}
