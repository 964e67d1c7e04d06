import { countInRange } from "../../engine/countInRange.ts";
import countInRangeSource from "../../engine/countInRange.ts?raw";
import { countNeighbors } from "../../engine/countNeighbors.ts";
import countNeighborsSource from "../../engine/countNeighbors.ts?raw";
import type { CellProgram } from "../../engine/protocol.ts";
import { readBlock } from "../../engine/readBlock.ts";
import readBlockSource from "../../engine/readBlock.ts?raw";
import { stepCell } from "../../engine/stepCell.ts";
import stepCellSource from "../../engine/stepCell.ts?raw";
import {
  type Frame,
  findGenerator,
  type GeneratorSource,
  locateYield,
  type YieldInSource,
  yieldOffsets,
} from "../../engine/trace/index.ts";
import cellProgramOfSource from "../../rules/cellProgramOf.ts?raw";
import historyCellSource from "../../rules/historyCell.ts?raw";
import { readNeighbourTypes } from "../../rules/readNeighbourTypes.ts";
import readNeighbourTypesSource from "../../rules/readNeighbourTypes.ts?raw";
import superCellSource from "../../rules/superCell.ts?raw";
import { USER_RULE_FILE } from "../../userRule/index.ts";

/** A source file the inspector shows, by its path in the repository. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files the built-in cell coroutines are written in, as the build imported them (Vite's
 * `?raw`): the code shown is the code that runs, not a copy of it.
 */
const FILES: readonly SourceFile[] = [
  { path: "src/engine/stepCell.ts", text: stepCellSource },
  { path: "src/engine/countNeighbors.ts", text: countNeighborsSource },
  { path: "src/engine/readBlock.ts", text: readBlockSource },
  { path: "src/engine/countInRange.ts", text: countInRangeSource },
  { path: "src/rules/cellProgramOf.ts", text: cellProgramOfSource },
  { path: "src/rules/historyCell.ts", text: historyCellSource },
  { path: "src/rules/superCell.ts", text: superCellSource },
  { path: "src/rules/readNeighbourTypes.ts", text: readNeighbourTypesSource },
];

/** The generator functions composed into cells, running, by name (their names survive the build). */
const HELPERS: readonly ((...args: never[]) => unknown)[] = [
  stepCell,
  countNeighbors,
  readBlock,
  countInRange,
  readNeighbourTypes,
];

/** A frame's place in the source: the file, the function and the `yield` it stands at. */
export interface FrameSource extends YieldInSource {
  readonly file: SourceFile;
}

/**
 * Finds a traced frame's source: the running function (one of the helpers, or the rule's own
 * cell program `program`) gives the position of its `yield`; the file that defines a
 * generator of the frame's name gives the text. Null when neither is known.
 */
export function sourceOfFrame(frame: Frame, program: CellProgram): FrameSource | null {
  const running = [program, ...HELPERS].find((fn) => fn.name === frame.name);
  if (!running) return null;
  const text = Function.prototype.toString.call(running);
  for (const file of FILES) {
    const found = locateYield(frame, text, file.text);
    if (found) return { ...found, file };
  }
  return null;
}

/** How the Inspector names the user's own rule's source. */
export const USER_SOURCE_PATH = "your rule";

/**
 * Finds the source of a frame traced in the rule sandbox (see `traceUserCells`), where the
 * page cannot read the running code. A frame of the user's code is placed in `userSource` by
 * its line and column (already the user's lines): its generator by name (the whole source
 * when it has no `function* name(`), and the last `yield` before the position. A frame of the
 * engine's coroutines (`countNeighbors`, `stepCell` around a game logic…) is shown from the
 * page's own source files, at the `yield` the sandbox read it stands at, when that file's
 * generator has the same number of yields as the code that ran; else null (its name alone).
 */
export function sourceOfSandboxFrame(frame: Frame, userSource: string): FrameSource | null {
  if (frame.file === USER_RULE_FILE) {
    const file = { path: USER_SOURCE_PATH, text: userSource };
    const generator: GeneratorSource = findGenerator(userSource, frame.name) ?? {
      start: 0,
      end: userSource.length,
      yields: yieldOffsets(userSource),
    };
    const offset = offsetOf(userSource, frame.line, frame.column);
    let at: number | null = null;
    for (const candidate of generator.yields) if (candidate < offset) at = candidate;
    return { file, generator, at };
  }
  if (frame.yieldIndex === undefined) return null;
  for (const file of FILES) {
    const generator = findGenerator(file.text, frame.name);
    if (!generator) continue;
    if (generator.yields.length !== frame.yieldCount) return null;
    return { file, generator, at: generator.yields[frame.yieldIndex] ?? null };
  }
  return null;
}

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const end = text.indexOf("\n", at);
    if (end < 0) return text.length;
    at = end + 1;
  }
  return at + column - 1;
}
