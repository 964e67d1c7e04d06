/**
 * The most generations `life run` takes. The engines here step a bounded grid one generation at
 * a time: 10^9 generations of a small pattern take minutes with the fast kernel, so a larger
 * count is a typo or a job for HashLife, which this command does not have yet.
 */
export const MAX_GENERATIONS = 1_000_000_000;

/**
 * The longest line `--format columns` draws, in characters, and the most lines: past that the
 * side-by-side picture is unreadable and its history of grids takes gigabytes (a 16384x16384
 * grid took over 4 GB). It bounds the cells kept to 4096 x 4096.
 */
export const MAX_COLUMNS_WIDTH = 4096;
export const MAX_COLUMNS_LINES = 4096;
