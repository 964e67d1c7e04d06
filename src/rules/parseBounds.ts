import { fitsGridSides, MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import type { EdgePair, GridBounds, Shift, Topology, Tube } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

const TOPOLOGIES: Readonly<Record<string, Topology>> = {
  T: "torus",
  P: "plane",
  K: "klein",
  C: "cross",
  S: "sphere",
};

const NAMES: Readonly<Record<Topology, string>> = {
  torus: "A torus",
  plane: "A plane",
  klein: "A Klein bottle",
  cross: "A cross-surface",
  sphere: "A sphere",
};

/** A side as written: its digits, whether twisted (`*`), and its shift text (`+5`, `-`). */
interface SideText {
  readonly digits: string;
  readonly twisted: boolean;
  readonly shift: string | undefined;
}

/**
 * Reads Golly's bounded-grid suffix, the text after the `:` (`T64,48`, `P64,48`, `t20` for
 * 20x20, `T30+5,20`, `K40*,20`, `K40,20*+1`, `C40,20`, `S40`), as Golly's setgridsize does:
 * the same combinations refused, a shift reduced modulo its side, a Klein bottle's shift kept
 * (as 1) only on twisted edges of even length, `K40,20` read as `K40,20*`. Stricter than Golly
 * in three ways: sizes must be written out (Golly reads `:T` and `:T5,` as `:T0,0` and `:T5,5`),
 * a side is at most MAX_GRID_SIDE, and `:T0,0` (the infinite plane, which needs no suffix) is
 * refused. A side of 0 is infinite: `:T0,20` and `:P30,0` are a tube and a strip (`Tube`).
 * `input` is the whole rulestring, quoted in messages.
 */
export function parseBounds(suffix: string, input: string): GridBounds | Tube {
  const src = suffix.replace(/\s+/g, "");
  const shown = `:${src}`;
  const letter = src.charAt(0);
  if (letter === "") {
    throw new RuleError(`Missing grid after ":" in rule "${input}", e.g. ":T64,48"`, input, ":");
  }
  const topology = TOPOLOGIES[letter.toUpperCase()];
  if (topology === undefined) {
    throw new RuleError(
      `Unknown grid topology "${letter}" in rule "${input}": use T (torus), P (plane), K (Klein bottle), C (cross-surface) or S (sphere)`,
      input,
      letter,
    );
  }
  const sizes = src.slice(1);
  if (sizes === "") {
    throw new RuleError(
      `Missing grid size after "${shown}" in rule "${input}", e.g. ":T64,48"`,
      input,
      shown,
    );
  }
  const match = /^(\d+)(\*?)([+-]\d*)?(?:,(\d+)(\*?)([+-]\d*)?)?$/.exec(sizes);
  if (!match) {
    throw new RuleError(
      `Bad grid size "${sizes}" in rule "${input}": expected width,height as in ":T64,48"`,
      input,
      sizes,
    );
  }
  const fail = (message: string, part: string): never => {
    throw new RuleError(`${message} in rule "${input}"`, input, part);
  };
  const across: SideText = {
    digits: match[1] as string,
    twisted: match[2] === "*",
    shift: match[3],
  };
  const down: SideText | undefined =
    match[4] === undefined
      ? undefined
      : { digits: match[4], twisted: match[5] === "*", shift: match[6] };
  const name = NAMES[topology];
  const width = Number(across.digits);
  // Golly's checks, in Golly's order, so that a suffix fails for Golly's reason.
  if (across.twisted && topology !== "klein") {
    fail(`${name} has no twist: only a Klein bottle's edges are twisted ("*")`, "*");
  }
  let shift: Shift | undefined;
  if (across.shift !== undefined) {
    const part = across.shift;
    if (topology === "plane" || topology === "sphere" || topology === "cross") {
      fail(`${name} has no shift ("${part}" in "${shown}")`, part);
    }
    if (topology === "klein" && !across.twisted) {
      fail(`A Klein bottle shifts only its twisted edges ("${part}" in "${shown}")`, part);
    }
    if (width === 0) fail(`An infinite width cannot be shifted ("${part}" in "${shown}")`, part);
    shift = readShift("horizontal", part, width);
  }
  if (down !== undefined && topology === "sphere") {
    fail(`A sphere is square: give one side, as in ":S${across.digits}", not "${shown}"`, shown);
  }
  if (width === 0 && (topology === "klein" || topology === "cross" || topology === "sphere")) {
    fail(`${name} cannot have an infinite width ("${shown}")`, shown);
  }
  const height = down === undefined ? width : Number(down.digits);
  let twist: EdgePair | undefined = across.twisted ? "horizontal" : undefined;
  if (down?.twisted) {
    if (topology !== "klein") {
      fail(`${name} has no twist: only a Klein bottle's edges are twisted ("*")`, "*");
    }
    if (twist !== undefined) {
      fail(`A Klein bottle twists one pair of edges, not both ("${shown}")`, "*");
    }
    twist = "vertical";
  }
  if (down?.shift !== undefined) {
    const part = down.shift;
    if (topology === "plane" || topology === "cross") {
      fail(`${name} has no shift ("${part}" in "${shown}")`, part);
    }
    if (topology === "klein" && twist !== "vertical") {
      fail(`A Klein bottle shifts only its twisted edges ("${part}" in "${shown}")`, part);
    }
    if (shift !== undefined) {
      fail(`A grid shifts one pair of edges, not both ("${shown}")`, part);
    }
    if (height === 0) fail(`An infinite height cannot be shifted ("${part}" in "${shown}")`, part);
    shift = readShift("vertical", part, height);
  }
  if (height === 0 && (topology === "klein" || topology === "cross")) {
    fail(`${name} cannot have an infinite height ("${shown}")`, shown);
  }
  if (topology === "klein" && twist === undefined) twist = "vertical";
  if (shift !== undefined && (width === 0 || height === 0)) {
    fail(`A grid with an infinite side cannot be shifted ("${shown}")`, shown);
  }
  if (width === 0 && height === 0) {
    throw new RuleError(
      `"${shown}" has no finite side: that is the infinite plane, which needs no suffix, in rule "${input}"`,
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
  if (width === 0 || height === 0) {
    // Only a torus or a plane gets here: the other topologies were refused above.
    return {
      topology: topology === "torus" ? "torus" : "plane",
      axis: width === 0 ? "x" : "y",
      size: width === 0 ? height : width,
    };
  }
  if (topology === "klein" && shift !== undefined) {
    // Golly: every shift of a twisted pair is a shift by 1, and only an even side shifts.
    const side = shift.edges === "horizontal" ? width : height;
    shift = side % 2 === 0 ? { edges: shift.edges, by: 1 } : undefined;
  }
  return {
    topology,
    width,
    height,
    ...(twist !== undefined && { twist }),
    ...(shift !== undefined && { shift }),
  };
}

/**
 * A shift as Golly reads it: the digits modulo the side (a bare sign is 0), with its sign;
 * undefined when it comes to 0.
 */
function readShift(edges: EdgePair, text: string, side: number): Shift | undefined {
  const digits = text.slice(1);
  const by = digits === "" ? 0 : Number(BigInt(digits) % BigInt(side));
  if (by === 0) return undefined;
  return { edges, by: text.startsWith("-") ? -by : by };
}
