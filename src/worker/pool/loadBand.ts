import { Grid } from "../../engine/index.ts";
import { compileRule } from "../../kernels/compileRule.ts";
import { createBandStepper, packedRowWords } from "../../kernels/index.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { BandEngine } from "./BandEngine.ts";
import { BARRIER_SLOTS, Barrier } from "./Barrier.ts";
import { CoroutineBandEngine } from "./CoroutineBandEngine.ts";
import { EdgeSlots } from "./EdgeSlots.ts";
import { FastBandEngine } from "./FastBandEngine.ts";
import type { BandSetup } from "./protocol.ts";
import { RowQueue } from "./RowQueue.ts";

/** A worker's band, ready to run: its engine and, in shared mode, what it shares. */
export interface LoadedBand {
  /** The setup it was loaded from, less its cells: the engine holds those now. */
  readonly setup: Omit<BandSetup, "words">;
  readonly engine: BandEngine;
  /** Shared mode. */
  readonly barrier?: Barrier | undefined;
  /** Shared mode, fast engine: where the bands trade edge rows. */
  readonly slots?: EdgeSlots | undefined;
  /** Shared mode: the band's rows of the two shared output grids. */
  readonly outputs?: readonly [Int32Array, Int32Array] | undefined;
  /** Shared mode, coroutine engine: the queue of row chunks the bands step between them. */
  readonly queued?: { readonly queue: RowQueue; readonly engine: CoroutineBandEngine } | undefined;
  /** Generations run since the load: the same on every band, so it picks the queue's counter. */
  generations: number;
}

/** Builds the band a `load` request describes, in the worker that will run it. */
export function loadBand(setup: BandSetup): LoadedBand {
  const { words, ...kept } = setup;
  const { width, height, topology, from, to, shared } = kept;
  const program = cellProgramOf(setup.rule);
  let engine: BandEngine;
  let queued: LoadedBand["queued"];
  if (setup.engine === "fast") {
    // Compiled here from the coroutine, as everywhere else: never a second copy of the rule.
    const compiled = compileRule(program);
    if (!compiled) throw new Error("the rule did not compile to a kernel");
    const band = createBandStepper({
      width,
      height: to - from,
      topology,
      compiled,
      kind: setup.kernel,
    });
    band.writeRows(words);
    engine = new FastBandEngine(band);
  } else if (shared?.grids) {
    // Every band writes its own rows of the shared grid; the first barrier of the first run
    // makes sure all have before any reads a neighbour's.
    const [first, second] = shared.grids;
    const current = new Grid(height, width, topology, new Uint8Array(first));
    const next = new Grid(height, width, topology, new Uint8Array(second));
    const coroutine = new CoroutineBandEngine(current, next, from, to, program, words);
    const queue = new RowQueue(shared.control, BARRIER_SLOTS * 4, height, setup.bands);
    engine = coroutine;
    queued = { queue, engine: coroutine };
  } else {
    const current = new Grid(height, width, topology);
    engine = new CoroutineBandEngine(current, current.emptyLike(), from, to, program, words);
  }
  // The band's words are not kept: a big grid's bands would otherwise be held twice.
  if (!shared) return { setup: kept, engine, generations: 0 };
  const stride = packedRowWords(width);
  const rowsOf = (output: SharedArrayBuffer) =>
    new Int32Array(output, 4 * from * stride, (to - from) * stride);
  return {
    setup: kept,
    engine,
    barrier: new Barrier(shared.control, setup.bands),
    slots: shared.edges && new EdgeSlots(shared.edges, width, setup.bands),
    outputs: [rowsOf(shared.outputs[0]), rowsOf(shared.outputs[1])],
    queued,
    generations: 0,
  };
}
