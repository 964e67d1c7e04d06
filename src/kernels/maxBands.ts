/**
 * The most bands a grid is split into, one per worker thread: past the cores a machine has,
 * more threads only take turns, and each costs memory (999 workers took 2.9 GB). Few machines
 * have more than 16 cores to give a page.
 */
export const MAX_BANDS = 16;
