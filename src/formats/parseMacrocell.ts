import { describeRuleFamily } from "./createStateError.ts";
import { FormatError } from "./FormatError.ts";
import { iterateLines } from "./iterateLines.ts";
import {
  isMacrocellLeaf,
  MAX_MACROCELL_LEVEL,
  type Macrocell,
  type MacrocellLeaf,
  type MacrocellNode,
} from "./Macrocell.ts";
import type { PatternComment } from "./Pattern.ts";
import { toColumn } from "./toColumn.ts";

/** The first line of every macrocell file starts with this (Golly writes `[M2] (golly 4.3)`). */
export const MACROCELL_HEADER = "[M2]";

const EMPTY_ROWS: Record<1 | 2 | 3, readonly number[]> = {
  1: [0, 0],
  2: [0, 0, 0, 0],
  3: [0, 0, 0, 0, 0, 0, 0, 0],
};

/**
 * Reads a macrocell file as Golly's hlifealgo does, into its node list (never into cells, so a
 * tree of any size reads in time proportional to its lines): the `[M2]` first line; `#R` rule,
 * `#G` generation, `#C`/`#N`/`#O` comments (other `#` lines, such as `#FRAMES`, are skipped); 8x8
 * leaves of `.`, `*` and `$`; and `level nw ne sw se` lines, including Golly's multicell-style
 * levels 1 to 3. Only two-state files: a level-1 node with a state beyond 1 is refused, naming
 * the rule family. Throws FormatError with the line and column of the first thing it cannot read.
 */
export function parseMacrocell(text: string): Macrocell {
  return readMacrocell(text, false);
}

/**
 * A macrocell file's head as parseMacrocell reads it (`#R`, `#G` and comments), without its
 * nodes: it reads up to the first node line, so a page learns a big file's rule at once and
 * leaves the nodes to a worker. Its `nodes` are always empty.
 */
export function parseMacrocellHead(text: string): Macrocell {
  return readMacrocell(text, true);
}

function readMacrocell(text: string, headOnly: boolean): Macrocell {
  const nodes: MacrocellNode[] = [];
  const comments: PatternComment[] = [];
  let rule: string | undefined;
  let generation = 0n;
  let lineNumber = 0;
  for (const line of iterateLines(text)) {
    lineNumber++;
    if (lineNumber === 1) {
      if (!line.startsWith(MACROCELL_HEADER)) {
        throw new FormatError(
          `not a macrocell file: the first line must start with "${MACROCELL_HEADER}"`,
          1,
          1,
        );
      }
      continue;
    }
    const first = line.charAt(0);
    if (first === "." || first === "*" || first === "$") {
      if (headOnly) break;
      nodes.push(readLeaf(line, lineNumber));
    } else if (first === "#") {
      const kind = line.charAt(1);
      const rest = line.slice(2);
      if (kind === "R") rule = rest.trim().split(/\s/)[0] || undefined;
      else if (kind === "G") generation = readGeneration(rest, line, lineNumber);
      else if (kind === "C" || kind === "N" || kind === "O") {
        comments.push({ kind, text: rest.startsWith(" ") ? rest.slice(1) : rest });
      }
    } else if (line.trim() !== "") {
      if (headOnly) break;
      nodes.push(readNode(line, lineNumber, nodes, rule));
    }
  }
  return rule === undefined
    ? { generation, comments, nodes }
    : { rule, generation, comments, nodes };
}

/** An 8x8 leaf: rows of `.` and `*` ended by `$`, top row first, up to the first blank. */
function readLeaf(line: string, lineNumber: number): MacrocellLeaf {
  const rows = [0, 0, 0, 0, 0, 0, 0, 0];
  let x = 0;
  let y = 0;
  for (let i = 0; i < line.length && line.charCodeAt(i) > 32; i++) {
    const c = line.charAt(i);
    if (c === "*") {
      if (x > 7 || y > 7) {
        throw new FormatError(
          "a leaf line's live cell lies outside its 8x8 square (more than 8 cells in a row or 8 rows)",
          lineNumber,
          toColumn(line, i),
        );
      }
      rows[y] = (rows[y] as number) | (1 << x);
      x++;
    } else if (c === ".") x++;
    else if (c === "$") {
      x = 0;
      y++;
    } else {
      throw new FormatError(
        `unexpected "${c}" in a leaf line: only ".", "*" and "$" may appear`,
        lineNumber,
        toColumn(line, i),
      );
    }
  }
  return { level: 3, rows };
}

function readGeneration(rest: string, line: string, lineNumber: number): bigint {
  const digits = /^\s*(\d*)/.exec(rest)?.[1] ?? "";
  if (digits === "") {
    throw new FormatError("#G needs a generation: a whole number", lineNumber, toColumn(line, 2));
  }
  return BigInt(digits);
}

/** A `level nw ne sw se` line. */
function readNode(
  line: string,
  lineNumber: number,
  nodes: readonly MacrocellNode[],
  rule: string | undefined,
): MacrocellNode {
  const fields = line.trim().split(/\s+/);
  const numbers = fields.slice(0, 5).map((field) => (/^\d+$/.test(field) ? Number(field) : NaN));
  if (numbers.length < 5 || numbers.some((n) => !Number.isSafeInteger(n))) {
    throw new FormatError(
      `cannot read node line "${shorten(line)}": expected "level nw ne sw se", five whole numbers`,
      lineNumber,
      1,
    );
  }
  const [level, ...children] = numbers as [number, number, number, number, number];
  if (level < 1 || level > MAX_MACROCELL_LEVEL) {
    throw new FormatError(
      `node level ${level} is out of range: levels run from 1 to ${MAX_MACROCELL_LEVEL}`,
      lineNumber,
      1,
    );
  }
  if (level === 1) {
    const high = Math.max(...children);
    if (high > 1) {
      const family = describeRuleFamily(rule);
      throw new FormatError(
        family === undefined
          ? `this macrocell has cells in states beyond 0 and 1 (state ${high}), as a multi-state rule has: only two-state macrocells are read here`
          : `${family} (this macrocell's cells use states beyond 0 and 1: state ${high})`,
        lineNumber,
        1,
      );
    }
    const [nw, ne, sw, se] = children as [number, number, number, number];
    return { level: 1, rows: [nw | (ne << 1), sw | (se << 1)] };
  }
  for (const child of children) {
    if (child === 0) continue;
    const node = nodes[child - 1];
    if (node === undefined) {
      throw new FormatError(
        `node ${child} is not defined yet: a node may only refer to nodes on earlier lines (there are ${nodes.length})`,
        lineNumber,
        1,
      );
    }
    if (node.level !== level - 1) {
      throw new FormatError(
        `node ${child} has level ${node.level}, but the quadrants of a level-${level} node have level ${level - 1}`,
        lineNumber,
        1,
      );
    }
  }
  if (level > 3) {
    const [nw, ne, sw, se] = children as [number, number, number, number];
    return { level, nw, ne, sw, se };
  }
  // Levels 2 and 3 from quadrants given by rows: join their rows.
  const quadrantLevel = (level - 1) as 1 | 2;
  const rowsOf = (child: number): readonly number[] => {
    const node = nodes[child - 1];
    return node !== undefined && isMacrocellLeaf(node) ? node.rows : EMPTY_ROWS[quadrantLevel];
  };
  const [nw, ne, sw, se] = children.map(rowsOf) as [
    readonly number[],
    readonly number[],
    readonly number[],
    readonly number[],
  ];
  const half = 2 ** quadrantLevel;
  const rows = [
    ...nw.map((row, i) => row | ((ne[i] as number) << half)),
    ...sw.map((row, i) => row | ((se[i] as number) << half)),
  ];
  return { level: level as 2 | 3, rows };
}

function shorten(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
