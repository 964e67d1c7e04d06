import type { Topology } from "../../engine/Grid.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { StepperKind } from "../Stepper.ts";
import type { CompiledStates } from "./CompiledStates.ts";
import { GenerationsStepper } from "./GenerationsStepper.ts";
import { generationsOf } from "./generationsOf.ts";
import { InterpreterStateStepper } from "./InterpreterStateStepper.ts";
import { MemoStateStepper } from "./MemoStateStepper.ts";
import { RingGenerationsStepper } from "./RingGenerationsStepper.ts";
import { TableStateStepper } from "./TableStateStepper.ts";

/** The most memory the ring of dying planes may take before the counting kernel runs instead. */
const MAX_RING_BYTES = 64 << 20;

export interface StateStepperOptions {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** The rule's cell coroutine, which the interpreter runs. */
  readonly program: CellProgram;
  /** From `compileStates`; absent (or `kernel` "coroutine") runs the interpreter. */
  readonly compiled?: CompiledStates | undefined;
  /**
   * The kernel wanted: `auto` (the default) is the fastest for the compiled form (Generations
   * bit-sliced on the fastest two-state kernel, else the table or memo byte kernel); `table`
   * forces the byte kernel of a table; a two-state kind is the Generations kernel's live plane.
   */
  readonly kernel?: "auto" | "table" | "coroutine" | StepperKind;
}

/** A multi-state bounded grid on the kernel its compiled rule allows (see the options). */
export function createStateStepper(options: StateStepperOptions): StateStepper {
  const { width, height, topology, program, compiled, kernel = "auto" } = options;
  if (!compiled || kernel === "coroutine") {
    return new InterpreterStateStepper(width, height, topology, program);
  }
  if (compiled.form === "memo") return new MemoStateStepper(width, height, topology, compiled);
  const generations = kernel === "table" ? undefined : generationsOf(compiled);
  if (generations) {
    const live = kernel === "auto" || kernel === "table" ? "auto" : kernel;
    if (RingGenerationsStepper.memory(width, height, generations.states) <= MAX_RING_BYTES) {
      return new RingGenerationsStepper(width, height, topology, generations, live);
    }
    return new GenerationsStepper(width, height, topology, generations, live);
  }
  return new TableStateStepper(width, height, topology, compiled);
}
