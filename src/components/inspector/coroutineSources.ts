import { countInRange } from "../../engine/countInRange.ts";
import countInRangeSource from "../../engine/countInRange.ts?raw";
import { countNeighbors } from "../../engine/countNeighbors.ts";
import countNeighborsSource from "../../engine/countNeighbors.ts?raw";
import type { CellProgram } from "../../engine/protocol.ts";
import { readBlock } from "../../engine/readBlock.ts";
import readBlockSource from "../../engine/readBlock.ts?raw";
import { stepCell } from "../../engine/stepCell.ts";
import stepCellSource from "../../engine/stepCell.ts?raw";
import { type Frame, locateYield, type YieldInSource } from "../../engine/trace/index.ts";
import cellProgramOfSource from "../../rules/cellProgramOf.ts?raw";
import historyCellSource from "../../rules/historyCell.ts?raw";
import { readNeighbourTypes } from "../../rules/readNeighbourTypes.ts";
import readNeighbourTypesSource from "../../rules/readNeighbourTypes.ts?raw";
import superCellSource from "../../rules/superCell.ts?raw";

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
