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

/**
 * The largest box `--format cells` draws for a macrocell file (2^28 cells, the largest grid),
 * and the most live cells `--format rle` lists for one (2^24, the most runs a sparse pattern
 * file is read with). A macrocell can describe far more; `--format mc` writes any of them.
 */
export const MAX_LISTED_AREA = 2 ** 28;
export const MAX_LISTED_CELLS = 2 ** 24;
