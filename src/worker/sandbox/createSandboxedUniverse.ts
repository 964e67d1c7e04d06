import type { StateStepper } from "../../kernels/StateStepper.ts";
import type { UserRule } from "../../rules/Rule.ts";
import type { BoundedSpace } from "../../universe/bounded/BoundedUniverse.ts";
import { createStateUniverse } from "../../universe/states/createStateUniverse.ts";
import type { StateUniverse } from "../../universe/states/StateUniverse.ts";
import { surfaceOfSpace } from "../../universe/surfaceOfSpace.ts";
import type { AsyncStepping } from "../universe/AsyncStepping.ts";
import type { PoolRun } from "../universe/protocol.ts";
import type { SandboxLink } from "./createSandboxLink.ts";
import { SANDBOX_KERNEL } from "./protocol.ts";

const RUN: PoolRun = {
  workers: 1,
  bands: 1,
  where: "worker",
  mode: "transfer",
  kernel: SANDBOX_KERNEL,
};

/**
 * A bounded grid of a user's rule that did not compile: a multi-state universe (a byte a cell,
 * as createStateUniverse holds it) whose steps run in the rule sandbox, asynchronously
 * (`AsyncStepping`): each chunk sends a copy of the cells, and the sandbox's answer, checked
 * (size, states), replaces them. A step the sandbox refuses (the rule threw, overran its time
 * budget) rejects and changes nothing: the world keeps its cells and generation.
 */
export function createSandboxedUniverse(
  space: BoundedSpace,
  rule: UserRule,
  link: SandboxLink,
  words?: Uint32Array,
): StateUniverse & AsyncStepping {
  const { width, height } = space;
  const held = heldStepper(space);
  const empty = { table: new Uint8Array(512) };
  const inner = createStateUniverse(
    space,
    empty,
    rule.states,
    "coroutine",
    held.stepper,
    words && { cells: words, generation: 0n },
  );
  let token = 0;
  return {
    space,
    engine: inner.engine,
    kernel: SANDBOX_KERNEL,
    rule: inner.rule,
    states: rule.states,
    get generation() {
      return inner.generation;
    },
    population: () => inner.population(),
    bounds: () => inner.bounds(),
    get: (x, y) => inner.get(x, y),
    set: (x, y, state) => inner.set(x, y, state),
    step() {
      throw new Error("a user's rule steps in its sandbox, asynchronously");
    },
    picture: (rect, scale) => inner.picture(rect, scale),
    cells: (rect) => inner.cells(rect),
    snapshot: () => inner.snapshot(),
    restore: (snapshot) => inner.restore(snapshot),
    bytes: () => inner.bytes(),
    dispose: () => inner.dispose(),
    pool: RUN,
    async stepAsync(generations) {
      if (generations === 0n) return {};
      const mine = ++token;
      const next = await link.step({
        source: rule.source,
        states: rule.states,
        width,
        height,
        surface: surfaceOfSpace(space),
        cells: inner.bytes(),
        generations: Number(generations),
      });
      if (mine !== token) return {};
      if (next.length !== width * height || next.some((state) => state >= rule.states)) {
        throw new Error("the rule sandbox answered cells that are not this grid's");
      }
      held.arrive(next, generations);
      inner.step(generations);
      return {};
    },
    abandon() {
      token++;
    },
  };
}

/**
 * The cells of a sandboxed grid: set and read in place; a step only puts in place the
 * generation that arrived from the sandbox (`arrive`), never computes one.
 */
function heldStepper(space: BoundedSpace): {
  stepper: StateStepper;
  arrive(cells: Uint8Array, generations: bigint): void;
} {
  const { width, height, kind: topology } = space;
  let cells: Uint8Array = new Uint8Array(width * height);
  let arrived: Uint8Array | null = null;
  let steps = 0n;
  return {
    stepper: {
      kind: SANDBOX_KERNEL,
      width,
      height,
      topology,
      cells: () => cells,
      setCells(given) {
        cells = given.slice();
      },
      setCell(y, x, state) {
        cells[y * width + x] = state;
      },
      step() {
        if (steps === 0n) throw new Error("a user's rule steps in its sandbox, asynchronously");
        steps--;
        if (arrived) cells = arrived;
        arrived = null;
      },
      dispose() {},
    },
    arrive(next, generations) {
      arrived = next;
      steps = generations;
    },
  };
}
