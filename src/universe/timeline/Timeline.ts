/** One kept generation of a run: a snapshot of the world there and what it costs to keep. */
export interface Checkpoint<S> {
  readonly generation: bigint;
  readonly snapshot: S;
  /** What keeping it costs, in bytes (0 for HashLife, whose nodes its node store bounds). */
  readonly bytes: number;
  /**
   * Taken just after an edit: the generations from here on come from these cells, not from
   * the checkpoints before, so thinning never drops it alone (see `Timeline`).
   */
  readonly seam: boolean;
}

/** How much a timeline may keep: both limits hold, except that one checkpoint always stays. */
export interface TimelineLimits {
  readonly maxBytes: number;
  readonly maxCheckpoints: number;
}

/** What a timeline holds, as the universe worker's replies say it. */
export interface TimelineRange {
  /** The first generation that can be gone back to. */
  readonly first: bigint;
  /** The newest generation computed on this branch. */
  readonly newest: bigint;
  readonly checkpoints: number;
  readonly bytes: number;
}

/**
 * The recent past of a run, kept as checkpoints (snapshots at chosen generations) under a cap,
 * so that any generation from the first kept to the newest computed can be gone back to:
 * restore the nearest checkpoint at or before it and step forward (the rule is deterministic,
 * so the cells are exactly those computed the first time).
 *
 * Thinning: when a checkpoint more would pass `limits`, those whose removal costs least go,
 * the cost being the gap it would leave (the generations to recompute across it) over its
 * distance from the present generation (the cursor) plus one. Gaps so grow in proportion to
 * their distance from the present: dense where the user is, sparse far back, and going to a
 * generation d away recomputes about d times the checkpoints' spacing ratio. The first
 * checkpoint (the branch's start) and seams are never thinned; when they alone pass the cap,
 * the oldest stretch goes: the first checkpoint and all up to the next seam, so the timeline
 * then starts later.
 *
 * Branching: an edit at generation g (`edited`) drops every checkpoint at g or later, and g
 * becomes the newest generation; the next checkpoint taken there is a seam. A new world, rule,
 * engine or space starts a new timeline (`reset`).
 *
 * `release` hears of each snapshot let go (HashLife forgets its root, so that its next
 * collection frees the nodes only that snapshot reached).
 */
export class Timeline<S> {
  private readonly kept: Checkpoint<S>[] = [];
  private newestGeneration: bigint | null = null;
  /** The generation of the last edit, until a checkpoint is taken there. */
  private seamAt: bigint | null = null;
  private total = 0;
  private maxCheckpoints: number;

  constructor(
    private readonly limits: TimelineLimits,
    private readonly release: (snapshot: S) => void = () => {},
  ) {
    this.maxCheckpoints = limits.maxCheckpoints;
  }

  /** Checkpoints held, oldest first. */
  get checkpoints(): readonly Checkpoint<S>[] {
    return this.kept;
  }

  get bytes(): number {
    return this.total;
  }

  /** The most checkpoints kept now: the limit, or less after `squeeze`. */
  get checkpointLimit(): number {
    return this.maxCheckpoints;
  }

  /** The range that can be gone to, given the world's generation now (`current`). */
  range(current: bigint): TimelineRange {
    const first = this.kept[0]?.generation ?? current;
    const newest = this.newestGeneration ?? current;
    return {
      first: first < current ? first : current,
      newest: newest > current ? newest : current,
      checkpoints: this.kept.length,
      bytes: this.total,
    };
  }

  /** Forgets everything: a new world, rule, engine or space starts a new timeline. */
  reset(): void {
    for (const checkpoint of this.kept.splice(0)) this.release(checkpoint.snapshot);
    this.total = 0;
    this.newestGeneration = null;
    this.seamAt = null;
    this.maxCheckpoints = this.limits.maxCheckpoints;
  }

  /** Whether a checkpoint is held at `generation`. */
  has(generation: bigint): boolean {
    return this.indexOf(generation) >= 0;
  }

  /** The checkpoint with the greatest generation at or before `generation`, if any. */
  nearest(generation: bigint): Checkpoint<S> | undefined {
    let found: Checkpoint<S> | undefined;
    for (const checkpoint of this.kept) {
      if (checkpoint.generation > generation) break;
      found = checkpoint;
    }
    return found;
  }

  /**
   * Keeps `snapshot`, the world at `generation` (replacing one held there), then thins to the
   * limits around `cursor`, the generation the world is at. A checkpoint at the generation of
   * the last edit is a seam.
   */
  record(generation: bigint, snapshot: S, bytes: number, cursor: bigint = generation): void {
    const seam = this.seamAt === generation;
    if (seam) this.seamAt = null;
    const checkpoint: Checkpoint<S> = { generation, snapshot, bytes, seam };
    let at = this.kept.findIndex((c) => c.generation >= generation);
    if (at < 0) at = this.kept.length;
    const same = this.kept[at];
    if (same?.generation === generation) {
      this.release(same.snapshot);
      this.total -= same.bytes;
      // A seam stays a seam: the cells there are the edited ones either way.
      this.kept[at] = same.seam ? { ...checkpoint, seam: true } : checkpoint;
    } else this.kept.splice(at, 0, checkpoint);
    this.total += bytes;
    if (this.newestGeneration === null || generation > this.newestGeneration) {
      this.newestGeneration = generation;
    }
    this.thin(cursor);
  }

  /**
   * The world was edited at `generation`: the future computed from the cells before the edit
   * is dropped, with the checkpoint at `generation` itself, and `generation` is the newest.
   */
  edited(generation: bigint): void {
    while (this.kept.length > 0) {
      const last = this.kept[this.kept.length - 1] as Checkpoint<S>;
      if (last.generation < generation) break;
      this.kept.pop();
      this.total -= last.bytes;
      this.release(last.snapshot);
    }
    this.newestGeneration = generation;
    this.seamAt = generation;
  }

  /**
   * The first seam after `from` and at or before `to`: a step from `from` to `to` must take the
   * world there from it (the edited cells), not compute it from the cells before the edit.
   */
  seamAfter(from: bigint, to: bigint): Checkpoint<S> | undefined {
    return this.kept.find((c) => c.seam && c.generation > from && c.generation <= to);
  }

  /** Whether the next checkpoint taken at `generation` is a seam (the world was edited there). */
  seamPending(generation: bigint): boolean {
    return this.seamAt === generation;
  }

  /** The world reached `generation` without a checkpoint there: it counts as computed. */
  computed(generation: bigint): void {
    if (this.newestGeneration === null || generation > this.newestGeneration) {
      this.newestGeneration = generation;
    }
  }

  /** Whether the world at `generation` should be kept now: nothing is held there. */
  wants(generation: bigint): boolean {
    return !this.has(generation);
  }

  /**
   * Where a step from `from` toward `target` (a going-back, recomputing from a checkpoint)
   * should pause next to keep a checkpoint: at target - 2^k for the largest 2^k < target -
   * from, so the checkpoints taken on the way thicken toward the target (target - 1, - 2, - 4,
   * ...) and going back again from there recomputes little. `target` itself when one
   * generation is left.
   */
  nextStop(from: bigint, target: bigint): bigint {
    const left = target - from;
    if (left <= 1n) return target;
    const power = 1n << BigInt((left - 1n).toString(2).length - 1);
    return target - power;
  }

  /**
   * Lowers the checkpoint limit to `count` (at least two) and thins to it: HashLife's node
   * store is full with the nodes checkpoints hold. Holds until `reset`.
   */
  squeeze(count: number, cursor: bigint): void {
    this.maxCheckpoints = Math.max(2, Math.min(this.maxCheckpoints, Math.floor(count)));
    this.thin(cursor);
  }

  private over(): boolean {
    if (this.kept.length <= 1) return false;
    return this.kept.length > this.maxCheckpoints || this.total > this.limits.maxBytes;
  }

  /**
   * Thins while over the limits: each pass drops the cheapest eighth of the checkpoints (at
   * least one, never two side by side, whose costs assumed each other), so that a pass, which
   * looks at them all, runs once every so many checkpoints kept rather than at each.
   */
  private thin(cursor: bigint): void {
    while (this.over()) {
      const costs = this.costs(cursor);
      if (costs.length === 0) {
        this.dropOldestStretch();
        continue;
      }
      costs.sort((a, b) => a.cost - b.cost || a.index - b.index);
      const goal = Math.max(1, this.kept.length >> 3);
      const dropped = new Set<number>();
      for (const { index } of costs) {
        if (dropped.size >= goal) break;
        if (dropped.has(index - 1) || dropped.has(index + 1)) continue;
        dropped.add(index);
      }
      const kept: Checkpoint<S>[] = [];
      for (const [i, checkpoint] of this.kept.entries()) {
        if (!dropped.has(i)) kept.push(checkpoint);
        else {
          this.total -= checkpoint.bytes;
          this.release(checkpoint.snapshot);
        }
      }
      this.kept.splice(0, this.kept.length, ...kept);
    }
  }

  /** What losing each thinnable checkpoint costs: the gap it leaves over its distance from `cursor`. */
  private costs(cursor: bigint): { index: number; cost: number }[] {
    const costs: { index: number; cost: number }[] = [];
    const newest = this.newestGeneration ?? cursor;
    for (let i = 1; i < this.kept.length; i++) {
      const checkpoint = this.kept[i] as Checkpoint<S>;
      if (checkpoint.seam) continue;
      const before = (this.kept[i - 1] as Checkpoint<S>).generation;
      const after = this.kept[i + 1]?.generation ?? newest;
      const distance = checkpoint.generation - cursor;
      const away = Number(distance < 0n ? -distance : distance) + 1;
      costs.push({ index: i, cost: Number(after - before) / away });
    }
    return costs;
  }

  /** Drops the first checkpoint and every one before the next seam (kept, it starts the timeline). */
  private dropOldestStretch(): void {
    let next = 1;
    while (next < this.kept.length && !(this.kept[next] as Checkpoint<S>).seam) next++;
    // Never the last one: a timeline keeps at least one checkpoint.
    this.drop(0, Math.min(next, this.kept.length - 1));
  }

  private drop(at: number, count: number): void {
    for (const checkpoint of this.kept.splice(at, count)) {
      this.total -= checkpoint.bytes;
      this.release(checkpoint.snapshot);
    }
  }

  private indexOf(generation: bigint): number {
    return this.kept.findIndex((c) => c.generation === generation);
  }
}
