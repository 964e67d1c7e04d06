import type { CellProgram } from "../../engine/protocol.ts";

/** Far more instructions than any 3x3 rule needs; past this the coroutine is taken to loop. */
const MAX_INSTRUCTIONS = 256;

/** Why a coroutine is not a multi-state 3x3 rule. */
export class NotA3x3Rule extends Error {}

/**
 * The state the coroutine announces for the cell at (1, 1) when the 3x3 block around it holds
 * `block` (state of the cell at offset (dy, dx) at index `3 * (dy + 1) + (dx + 1)`), and the
 * mask of block cells it asked for. Throws `NotA3x3Rule` when it strays: asks outside the
 * block, announces another cell or a state outside 0..states-1, yields after its transition or
 * never transitions.
 */
export function driveBlock(
  program: CellProgram,
  block: ArrayLike<number>,
  states: number,
): { readonly next: number; readonly asked: number } {
  const coroutine = program(1, 1);
  let asked = 0;
  let item = coroutine.next();
  for (let count = 0; count < MAX_INSTRUCTIONS && !item.done; count++) {
    const instruction = item.value;
    if (instruction.kind === "query") {
      const { y, x } = instruction;
      if (y < 0 || y > 2 || x < 0 || x > 2) {
        throw new NotA3x3Rule(
          `asks for the cell at offset (${y - 1}, ${x - 1}), outside its 3x3 block`,
        );
      }
      asked |= 1 << (3 * y + x);
      item = coroutine.next(block[3 * y + x] as number);
      continue;
    }
    const { y, x, state } = instruction;
    if (y !== 1 || x !== 1) throw new NotA3x3Rule("announces the next state of another cell");
    if (!Number.isInteger(state) || state < 0 || state >= states) {
      throw new NotA3x3Rule(`announces state ${state}, outside 0..${states - 1}`);
    }
    if (!coroutine.next().done) throw new NotA3x3Rule("yields after its transition");
    return { next: state, asked };
  }
  throw new NotA3x3Rule(item.done ? "never announces a transition" : "never finishes");
}
