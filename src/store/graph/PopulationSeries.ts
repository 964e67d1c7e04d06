import type { PopulationsReply } from "../../worker/universe/populationProtocol.ts";

/**
 * The page's copy of the universe worker's population record (see PopulationRecord): points in
 * increasing generation, in typed arrays that grow by doubling, brought up to date by each
 * `populations` reply (keep the first `keep`, append the rest). Not in the store's state: it
 * changes with every fetch, and only the graph reads it.
 */
export class PopulationSeries {
  generations: Float64Array<ArrayBuffer> = new Float64Array(1024);
  populations: Float64Array<ArrayBuffer> = new Float64Array(1024);
  length = 0;
  /** The worker's record these points are of (-1 before any). */
  record = -1;
  /** The least gap between two points kept: more than 1 once the record was thinned. */
  spacing = 1;
  /** Whether some points were reached by jumps (HashLife, the band pool's chunks). */
  sampled = false;
  /** The most points the worker keeps before it thins its record. */
  cap = 0;
  /** Counts the changes, so that a graph redraws only when there is something new. */
  version = 0;

  apply(reply: Omit<PopulationsReply, "kind" | "id" | "status">): void {
    const keep = reply.record === this.record ? Math.min(reply.keep, this.length) : 0;
    const length = keep + reply.generations.length;
    if (length > this.generations.length) {
      let capacity = this.generations.length;
      while (capacity < length) capacity *= 2;
      this.generations = grown(this.generations, capacity, keep);
      this.populations = grown(this.populations, capacity, keep);
    }
    this.generations.set(reply.generations, keep);
    this.populations.set(reply.populations, keep);
    const changed = length !== this.length || keep < this.length || reply.record !== this.record;
    this.length = length;
    this.record = reply.record;
    this.spacing = reply.spacing;
    this.sampled = reply.sampled;
    this.cap = reply.cap;
    if (changed) this.version++;
  }
}

/** `array`'s first `keep` values in a new array of `capacity`. */
function grown(array: Float64Array, capacity: number, keep: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(capacity);
  next.set(array.subarray(0, keep));
  return next;
}
