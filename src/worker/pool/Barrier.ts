const COUNT = 0;
const GENERATION = 1;
const ABORTED = 2;
/** Int32 slots the barrier needs in its SharedArrayBuffer. */
export const BARRIER_SLOTS = 3;
/**
 * Loads of the generation counter before sleeping: a band that finishes a moment before the
 * others (the usual case, bands being equal) answers in microseconds instead of paying for a
 * futex wake-up, and a long wait still sleeps.
 */
const SPINS = 4000;

/**
 * A reusable barrier for `parties` workers over an Int32Array in shared memory: each `arrive`
 * returns once all parties have arrived. The last to arrive resets the count and bumps the
 * generation, which wakes the others. `abort` releases every waiter with an error, so that one
 * band failing does not leave the others asleep forever.
 */
export class Barrier {
  private readonly state: Int32Array;

  constructor(
    buffer: SharedArrayBuffer,
    private readonly parties: number,
  ) {
    this.state = new Int32Array(buffer, 0, BARRIER_SLOTS);
  }

  arrive(): void {
    const { state } = this;
    if (Atomics.load(state, ABORTED)) throw new Error("another band failed");
    const generation = Atomics.load(state, GENERATION);
    if (Atomics.add(state, COUNT, 1) === this.parties - 1) {
      Atomics.store(state, COUNT, 0);
      Atomics.add(state, GENERATION, 1);
      Atomics.notify(state, GENERATION);
      return;
    }
    for (let i = 0; i < SPINS && Atomics.load(state, GENERATION) === generation; i++) {
      // spin
    }
    while (Atomics.load(state, GENERATION) === generation) {
      Atomics.wait(state, GENERATION, generation);
    }
    if (Atomics.load(state, ABORTED)) throw new Error("another band failed");
  }

  /** Wakes every waiter, now and at any later `arrive`, with an error. */
  abort(): void {
    Atomics.store(this.state, ABORTED, 1);
    Atomics.add(this.state, GENERATION, 1);
    Atomics.notify(this.state, GENERATION);
  }
}
