/** The most points a record keeps before it thins itself: 2^20, 16 MiB of doubles. */
export const MAX_POPULATION_POINTS = 2 ** 20;

/** The first capacity of a record's arrays; they double up to the cap. */
const FIRST_CAPACITY = 4096;

/** Points of a record sent to the page: what it should keep of its copy, then these. */
export interface PopulationTail {
  /** How many of the points the page already has are still the record's first ones. */
  readonly keep: number;
  readonly generations: Float64Array;
  readonly populations: Float64Array;
}

/**
 * (generation, population) points of one world, in increasing generation: the population
 * graph's data, kept in the universe worker where the generations are computed.
 *
 * Bounded: at `cap` points it drops every other point (the first kept) and from then on keeps a
 * new point only `spacing` generations (doubled at each thinning) after the last, so a run of
 * any length is covered evenly from its start; every point kept is exact. Generations and
 * populations are doubles: exact below 2^53 (HashLife's far generations are rounded).
 *
 * It remembers how many of its first points are unchanged since they were last sent (`tail`),
 * so the page fetches only what is new.
 */
export class PopulationRecord {
  generations = new Float64Array(FIRST_CAPACITY);
  populations = new Float64Array(FIRST_CAPACITY);
  length = 0;
  /** The least gap in generations between two points kept: 2^(times thinned). */
  spacing = 1;
  /** Whether some point was reached by a jump of many generations (HashLife, a pooled chunk). */
  sampled = false;
  /** How many first points are unchanged since the last `tail`. */
  private stable = 0;

  constructor(readonly cap = MAX_POPULATION_POINTS) {
    if (!(cap >= 2)) throw new RangeError(`a record keeps at least 2 points, not ${cap}`);
  }

  /** Starts again with one point: a new world. */
  reset(generation: number, population: number): void {
    this.length = 0;
    this.spacing = 1;
    this.sampled = false;
    this.stable = 0;
    this.append(generation, population);
  }

  /**
   * Records the population computed at `generation`, reached by a jump of more than one
   * generation when `jumped`. A generation the record already holds with the same population is
   * the same branch run again (after going back): nothing changes; with another population the
   * points from it on are another branch's and go.
   */
  record(generation: number, population: number, jumped = false): void {
    const n = this.length;
    const last = n > 0 ? (this.generations[n - 1] as number) : Number.NEGATIVE_INFINITY;
    if (generation > last) {
      if (generation - last < this.spacing) return;
      if (jumped) this.sampled = true;
      this.append(generation, population);
      return;
    }
    const i = this.indexOf(generation);
    // A generation skipped by thinning or a jump: nothing to compare it with.
    if (this.generations[i] !== generation || this.populations[i] === population) return;
    this.cut(i);
    this.append(generation, population);
  }

  /**
   * Makes `population` the point at `generation` and drops every later one: cells edited there
   * (a new branch, whose future is not the record's).
   */
  set(generation: number, population: number): void {
    this.cut(this.indexOf(generation));
    this.append(generation, population);
  }

  /** The population recorded at `generation`, if the record holds it. */
  at(generation: number): number | undefined {
    const i = this.indexOf(generation);
    return i < this.length && this.generations[i] === generation
      ? (this.populations[i] as number)
      : undefined;
  }

  /**
   * The points a reader holding the first `have` of them (as of an earlier `tail`) lacks:
   * copies, to transfer.
   */
  tail(have: number): PopulationTail {
    const keep = Math.max(0, Math.min(have, this.stable, this.length));
    this.stable = this.length;
    return {
      keep,
      generations: this.generations.slice(keep, this.length),
      populations: this.populations.slice(keep, this.length),
    };
  }

  /** The index of the first point at `generation` or later (`length` when none is). */
  private indexOf(generation: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.generations[mid] as number) < generation) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private cut(length: number): void {
    this.length = length;
    if (this.stable > length) this.stable = length;
  }

  private append(generation: number, population: number): void {
    if (this.length === this.cap) this.thin();
    if (this.length === this.generations.length) this.grow();
    this.generations[this.length] = generation;
    this.populations[this.length] = population;
    this.length++;
  }

  /** Keeps every other point, the first included, and doubles the spacing of new ones. */
  private thin(): void {
    const kept = Math.ceil(this.length / 2);
    for (let i = 1; i < kept; i++) {
      this.generations[i] = this.generations[2 * i] as number;
      this.populations[i] = this.populations[2 * i] as number;
    }
    this.length = kept;
    this.spacing *= 2;
    this.stable = 0;
  }

  private grow(): void {
    const capacity = Math.min(this.cap, 2 * this.generations.length);
    const generations = new Float64Array(capacity);
    const populations = new Float64Array(capacity);
    generations.set(this.generations);
    populations.set(this.populations);
    this.generations = generations;
    this.populations = populations;
  }
}
