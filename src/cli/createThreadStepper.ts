import type { StateStepper } from "../kernels/StateStepper.ts";
import type { UserRule } from "../rules/Rule.ts";
import type { BoundedSpace } from "../universe/bounded/BoundedUniverse.ts";
import { surfaceOfSpace } from "../universe/surfaceOfSpace.ts";
import { CliError } from "./CliError.ts";
import type { UserRuleThread } from "./startUserRuleThread.ts";

/**
 * A bounded grid of a user's rule that did not compile, stepped in the user-rule thread: the
 * cells live in memory shared with it, and each step is one synchronous call (see
 * startUserRuleThread). A problem in the rule becomes a one-line CliError naming `file`.
 */
export function createThreadStepper(
  space: BoundedSpace,
  rule: UserRule,
  thread: UserRuleThread,
  file: string,
): StateStepper {
  const { width, height, kind: topology } = space;
  const cells = thread.cells.subarray(0, width * height);
  const surface = surfaceOfSpace(space);
  return {
    kind: "user coroutine (thread)",
    width,
    height,
    topology,
    cells: () => cells,
    setCells(given) {
      cells.set(given);
    },
    setCell(y, x, state) {
      cells[y * width + x] = state;
    },
    step() {
      const reply = thread.call({
        kind: "step",
        source: rule.source,
        states: rule.states,
        width,
        height,
        surface,
        generations: 1,
      });
      if (reply.kind === "problem") throw new CliError(`${file}: ${reply.problem.message}`);
    },
    dispose() {},
  };
}
