import { useMemo } from "react";
import { FRAMES_AVAILABLE, type TraceStep } from "../../engine/trace/index.ts";
import { cellProgramOf } from "../../rules/index.ts";
import { describeAnswerer, pair, signed } from "../../store/inspect/describeStep.ts";
import { userSourceOf } from "../../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { USER_RULE_FILE } from "../../userRule/index.ts";
import {
  type FrameSource,
  sourceOfFrame,
  sourceOfSandboxFrame,
  USER_SOURCE_PATH,
} from "./coroutineSources.ts";
import { SourcePane } from "./SourcePane.tsx";

/**
 * The Inspector: the inspected cell's coroutine for one generation, instruction by
 * instruction, forwards and back (the recorded trace: stepping back moves an index). It shows
 * the current instruction, the answer and the live count so far, the frame stack (the cell's
 * coroutine and what it composed with `yield*`), and beside it the source of each frame with
 * the `yield` it stands at highlighted; the grid marks the cell asked and the cell that answered.
 * On a rule the user wrote, the trace came from the sandbox and the source shown is the user's
 * (with the engine's coroutines it composed, such as countNeighbors, from the page's files).
 */
export function InspectorPanel() {
  const store = useLifeStoreApi();
  const inspection = useLifeStore((s) => s.inspection);
  const rule = useLifeStore((s) => s.rule);
  const userSource = useLifeStore(userSourceOf);
  // A user's rule has no coroutine the page may run: its frames are placed by the sandbox.
  const program = useMemo(
    () => (userSource === null && rule.family !== "user" ? cellProgramOf(rule) : null),
    [rule, userSource],
  );
  const trace = inspection?.trace ?? null;
  const step = trace?.steps[inspection?.index ?? 0];
  const sources = useMemo(() => {
    if (!step) return [];
    const found = step.frames.map((frame) =>
      userSource !== null
        ? sourceOfSandboxFrame(frame, userSource)
        : program && sourceOfFrame(frame, program),
    );
    // A game logic is no generator and has no frame: its source is shown after stepCell's.
    if (userSource !== null && !step.frames.some((frame) => frame.file === USER_RULE_FILE)) {
      found.push(wholeSource(userSource));
    }
    return found;
  }, [step, program, userSource]);
  const groups = useMemo(() => (trace ? groupSteps(trace.steps) : []), [trace]);
  if (!inspection) return null;
  // A long trace (Larger than Life) also steps a row of queries at a time.
  const nextGroup =
    groups.length < (trace?.steps.length ?? 0)
      ? groups.find((group) => group.first > inspection.index)
      : undefined;
  const s = () => store.getState();
  const total = trace ? trace.steps.length : 0;
  const atTick = trace !== null && inspection.index === total;
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <header className="inspector-head">
        <h2 id="inspector-title">
          Cell {pair(inspection.y, inspection.x)}{" "}
          <span className="muted">(y, x) · generation {inspection.generation.toString()}</span>
        </h2>
        <button
          type="button"
          onClick={() => s().closeInspection()}
          aria-label="Close the Inspector"
        >
          ×
        </button>
      </header>
      <fieldset className="inspector-controls">
        <legend className="visually-hidden">Step through the coroutine</legend>
        <button
          type="button"
          onClick={() => s().stepInstruction(-1)}
          disabled={!trace || inspection.index === 0}
          aria-label="Step instruction back"
        >
          ◀ Back
        </button>
        <button
          type="button"
          onClick={() => s().stepInstruction(1)}
          disabled={!trace || atTick}
          aria-label="Step instruction"
        >
          Step ▶
        </button>
        <button
          type="button"
          onClick={() => void s().stepCell()}
          aria-label="Step cell: the next cell's coroutine"
        >
          Next cell
        </button>
        {groups.length < total && (
          <button
            type="button"
            onClick={() => nextGroup && s().goToInstruction(nextGroup.first)}
            disabled={!nextGroup}
          >
            Next row
          </button>
        )}
        <button type="button" onClick={() => s().runToTick()} disabled={!trace || atTick}>
          Run to TICK
        </button>
      </fieldset>
      {inspection.error && <p className="field-error">{inspection.error}</p>}
      {!trace && !inspection.error && <p className="muted">Reading the cells…</p>}
      {trace && (
        <>
          <p className="inspector-progress" data-testid="inspector-progress">
            Instruction {Math.min(inspection.index + 1, total + 1)} of {total + 1}
          </p>
          <div className="inspector-instruction" data-testid="inspector-instruction">
            {!step && (
              <p>
                <code>yield TICK</code>: the simulation ticks once every cell has transitioned; the
                new generation swaps in.
              </p>
            )}
            {step?.kind === "query" && (
              <dl>
                <dt>Instruction</dt>
                <dd>
                  <code>Query{pair(step.y, step.x)}</code>
                </dd>
                <dt>Answered by</dt>
                <dd data-testid="answered-by">{describeAnswerer(step)}</dd>
                <dt>Answer</dt>
                <dd>state {step.answer}</dd>
                {step.count !== null && (
                  <>
                    <dt>Live so far</dt>
                    <dd>{step.count}</dd>
                  </>
                )}
              </dl>
            )}
            {step?.kind === "transition" && (
              <dl>
                <dt>Instruction</dt>
                <dd>
                  <code>
                    Transition{pair(step.y, step.x)} → state {step.state}
                  </code>
                </dd>
              </dl>
            )}
          </div>
          {step && (
            <p className="frame-stack" data-testid="frame-stack">
              <span className="muted">Frames: </span>
              {trace.framesAvailable
                ? step.frames.map((frame) => frame.name).join(" → yield* → ")
                : FRAMES_AVAILABLE
                  ? "not recorded for a neighbourhood this large (they are up to range 50)"
                  : "this browser gives no stack frames (Chromium does)"}
            </p>
          )}
          <div className="inspector-sources">
            {sources.map((source, depth) =>
              source ? (
                <SourcePane
                  key={`${source.file.path}:${source.generator.start}`}
                  source={source}
                  current={depth === Math.max(0, (step?.frames.length ?? 0) - 1)}
                />
              ) : null,
            )}
          </div>
          <details className="inspector-steps">
            <summary>All {total} instructions</summary>
            <ol>
              {groups.map((group) => (
                <li
                  key={group.first}
                  aria-current={
                    inspection.index >= group.first && inspection.index <= group.last
                      ? "step"
                      : undefined
                  }
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() => s().goToInstruction(group.first)}
                  >
                    {group.label}
                  </button>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
      <button type="button" className="inspector-watch" onClick={() => void s().watchGeneration()}>
        Watch a generation
      </button>
    </section>
  );
}

/** The user's whole source, with no yield marked (a game logic, called inside stepCell). */
function wholeSource(text: string): FrameSource {
  return {
    file: { path: USER_SOURCE_PATH, text },
    generator: { start: 0, end: text.length, yields: [] },
    at: null,
  };
}

/** Above this many instructions, queries are listed a row at a time (Larger than Life). */
const GROUP_ABOVE = 60;

/** The trace as a list: each instruction, or for a long one each row of queries. */
function groupSteps(steps: readonly TraceStep[]): { first: number; last: number; label: string }[] {
  const groups: { first: number; last: number; label: string }[] = [];
  const one = (step: TraceStep) =>
    step.kind === "query"
      ? `Query ${describeAnswerer(step)} = ${step.answer}`
      : `Transition${pair(step.y, step.x)} → ${step.state}`;
  if (steps.length <= GROUP_ABOVE) {
    return steps.map((step, i) => ({ first: i, last: i, label: one(step) }));
  }
  let i = 0;
  while (i < steps.length) {
    const step = steps[i] as TraceStep;
    let last = i;
    if (step.kind === "query" && step.count !== null) {
      while (
        last + 1 < steps.length &&
        steps[last + 1]?.kind === "query" &&
        steps[last + 1]?.y === step.y &&
        (steps[last + 1] as { count: number | null }).count !== null
      ) {
        last++;
      }
    }
    if (last === i) {
      groups.push({ first: i, last, label: one(step) });
    } else {
      const live = steps.slice(i, last + 1).filter((q) => q.kind === "query" && q.answer === 1);
      groups.push({
        first: i,
        last,
        label: `Row ${signed(step.y)}: ${last - i + 1} queries, ${live.length} live`,
      });
    }
    i = last + 1;
  }
  return groups;
}
