import type { TraceStep } from "../../engine/trace/index.ts";

/** A coordinate with a true minus sign. */
export function signed(v: number): string {
  return v < 0 ? `\u2212${-v}` : String(v);
}

/** A coordinate pair as the protocol writes it, (y, x), with a true minus sign. */
export function pair(y: number, x: number): string {
  return `(${signed(y)}, ${signed(x)})`;
}

/**
 * Where a query was answered from: the cell itself, another cell where the edges join
 * ("(−1, 5) → (63, 5), wrapped"), or nothing beyond a plane's edge.
 */
export function describeAnswerer(step: Extract<TraceStep, { kind: "query" }>): string {
  const asked = pair(step.y, step.x);
  if (step.at === null) return `${asked}: beyond the edge, empty`;
  if (step.at.y === step.y && step.at.x === step.x) return asked;
  return `${asked} \u2192 ${pair(step.at.y, step.at.x)}, wrapped`;
}

/** One line for a step, as the status region reads it out. */
export function describeStep(step: TraceStep | undefined, total: number, index: number): string {
  const position = `Step ${index + 1} of ${total + 1}`;
  if (!step)
    return `${position}: TICK, once every cell has transitioned the new generation swaps in`;
  if (step.kind === "transition") {
    return `${position}: Transition${pair(step.y, step.x)} to state ${step.state}`;
  }
  const count = step.count === null ? "" : `, live so far ${step.count}`;
  return `${position}: Query ${describeAnswerer(step)}, answer ${step.answer}${count}`;
}
