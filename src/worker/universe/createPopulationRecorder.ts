import type { Universe } from "../../universe/Universe.ts";
import { MAX_POPULATION_POINTS, PopulationRecord } from "./PopulationRecord.ts";
import type { PopulationsReply, PopulationsRequest } from "./populationProtocol.ts";
import type { UniverseRequest, UniverseStatus } from "./protocol.ts";

/** The host's world as the recorder reads it: the universe and the generation it counts from. */
export interface RecordedWorld {
  readonly universe: Universe;
  readonly base: bigint;
}

/** The universe host's population record (see createPopulationRecorder). */
export interface PopulationRecorder {
  /** Steps `universe` (counting from `base`) `generations` on, recording what it computes. */
  step(universe: Universe, generations: bigint, base: bigint): void;
  /** Before a chunk is stepped: counts an edit made since the last step, so the future goes. */
  beforeStep(): void;
  /** Records where a chunk of `generations` stepped elsewhere (the band pool) has got to. */
  reached(universe: Universe, generations: bigint, base: bigint): void;
  /** Follows a request the host has just handled: a new world, an edit, a snapshot restored. */
  handled(request: UniverseRequest): void;
  /** The points the page lacks, with the reply's buffers to transfer. */
  answer(
    request: PopulationsRequest,
    status: UniverseStatus,
  ): { reply: PopulationsReply; transfer: ArrayBuffer[] };
}

/**
 * Records the population of every generation the universe host computes, for the population
 * graph. Engines that compute every generation are stepped one generation at a time inside a
 * chunk (the same work, and a count of the live cells each time); HashLife is stepped through the
 * same jumps of 2^k its `step` makes, and recorded at each; a grid on the band pool is recorded
 * where each chunk ends. So a run at one generation a request is exact on every engine.
 *
 * A load starts a new record. An edit (or a new rule, or a move to another space) makes the
 * world's population at its generation the last point: the future recorded was another
 * branch's. Going back (a snapshot restored) keeps the record, whose points are still this
 * branch's past and future; a snapshot of another world (taken before a load) starts a new one.
 * Edits are counted lazily, once, before the next step or read: a brush stroke is many edits.
 */
export function createPopulationRecorder(
  current: () => RecordedWorld | null,
  cap = MAX_POPULATION_POINTS,
): PopulationRecorder {
  const record = new PopulationRecord(cap);
  /** Numbers the records: a page holding another's points starts again. */
  let recordId = 0;
  /** The record each snapshot kept by the host was taken in. */
  const keptIn = new Map<number, number>();
  let edited = false;

  const now = (): { generation: number; population: number } | null => {
    const world = current();
    if (!world) return null;
    return {
      generation: Number(world.base + world.universe.generation),
      population: Number(world.universe.population()),
    };
  };

  const start = () => {
    recordId++;
    edited = false;
    const at = now();
    if (at) record.reset(at.generation, at.population);
  };

  /** Counts an edited world's population at its generation, once. */
  const flush = () => {
    if (!edited) return;
    edited = false;
    const at = now();
    if (at) record.set(at.generation, at.population);
  };

  const note = (universe: Universe, base: bigint, jumped: boolean) => {
    record.record(Number(base + universe.generation), Number(universe.population()), jumped);
  };

  return {
    step(universe, generations, base) {
      flush();
      if (universe.engine === "hashlife") {
        // HashLife's own step takes these jumps, smallest first: the same work.
        let rest = generations;
        for (let k = 0n; rest > 0n; k++, rest >>= 1n) {
          if ((rest & 1n) === 0n) continue;
          universe.step(1n << k);
          note(universe, base, k > 0n);
        }
        return;
      }
      // Generations counted as numbers here: a bigint sum a generation costs more than a small
      // world's step.
      const count = Number(generations);
      const first = Number(base + universe.generation);
      for (let i = 1; i <= count; i++) {
        universe.step(1n);
        record.record(first + i, Number(universe.population()));
      }
    },
    beforeStep: flush,
    reached(universe, generations, base) {
      note(universe, base, generations > 1n);
    },
    handled(request) {
      switch (request.kind) {
        case "load":
          start();
          return;
        case "edit":
        case "space":
        case "rule":
          edited = true;
          return;
        case "snapshot":
          flush();
          keptIn.set(request.key, recordId);
          return;
        case "forget":
          keptIn.delete(request.key);
          return;
        case "restore": {
          if (keptIn.get(request.key) !== recordId) {
            start();
            return;
          }
          edited = false;
          const at = now();
          if (at && record.at(at.generation) !== at.population) {
            record.set(at.generation, at.population);
          }
          return;
        }
        default:
          return;
      }
    },
    answer(request, status) {
      flush();
      const tail = record.tail(request.record === recordId ? request.have : 0);
      const reply: PopulationsReply = {
        kind: "populations",
        id: request.id,
        status,
        record: recordId,
        keep: tail.keep,
        generations: tail.generations,
        populations: tail.populations,
        spacing: record.spacing,
        sampled: record.sampled,
        cap: record.cap,
      };
      return {
        reply,
        transfer: [tail.generations.buffer as ArrayBuffer, tail.populations.buffer as ArrayBuffer],
      };
    },
  };
}
