/** Int32 slots the queue needs in shared memory: one counter per generation parity. */
export const ROW_QUEUE_SLOTS = 2;

/**
 * Chunks of a grid's rows handed out to whichever band asks first, one generation at a time,
 * over two counters in shared memory (generations use them in turn). Bands that share the whole
 * grid (the coroutine interpreter in shared memory) step the chunks they claim instead of a
 * fixed band each, so a band slowed by the machine (another process, a hyperthread sibling, its
 * garbage collector) does less and the others more, and a generation ends when the work does,
 * not when the slowest band does.
 *
 * Between generations the bands meet at a barrier; after it, `reset` prepares the next
 * generation's counter, which nobody can be using: its last users finished before the barrier.
 */
export class RowQueue {
  private readonly counters: Int32Array;
  /** Chunks per generation. */
  readonly chunks: number;
  /** Rows per chunk, the last chunk perhaps fewer. */
  readonly rows: number;

  constructor(
    buffer: SharedArrayBuffer,
    byteOffset: number,
    private readonly height: number,
    bands: number,
  ) {
    this.counters = new Int32Array(buffer, byteOffset, ROW_QUEUE_SLOTS);
    // About eight chunks a band: small enough to even out, big enough to cost nothing.
    this.rows = Math.max(1, Math.ceil(height / (8 * bands)));
    this.chunks = Math.ceil(height / this.rows);
  }

  /** Rows [from, to) of the next unclaimed chunk of `generation`; undefined when none is left. */
  claim(generation: number): { from: number; to: number } | undefined {
    const chunk = Atomics.add(this.counters, generation & 1, 1);
    if (chunk >= this.chunks) return undefined;
    const from = chunk * this.rows;
    return { from, to: Math.min(this.height, from + this.rows) };
  }

  /** Readies `generation`'s counter; only between the barrier before it and the one before. */
  reset(generation: number): void {
    Atomics.store(this.counters, generation & 1, 0);
  }
}
