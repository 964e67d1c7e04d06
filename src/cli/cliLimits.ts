/**
 * The most generations `life run` takes: 2^60 on the infinite plane, where HashLife leaps
 * powers of two, and 10^9 on a bounded grid, whose engines step one generation at a time (10^9
 * generations of a small grid take minutes with the fast kernel: more is a typo).
 */
export const MAX_GENERATIONS = 2n ** 60n;
export const MAX_BOUNDED_GENERATIONS = 1_000_000_000n;

/**
 * The longest line `--format columns` draws, in characters, and the most lines: past that the
 * side-by-side picture is unreadable and its history of grids takes gigabytes (a 16384x16384
 * grid took over 4 GB). It bounds the cells kept to 4096 x 4096.
 */
export const MAX_COLUMNS_WIDTH = 4096;
export const MAX_COLUMNS_LINES = 4096;
