/** Rows a part of the CSV holds: a million rows go as some 16 strings, not one huge one. */
const ROWS_A_PART = 65536;

/** A whole number as its digits, however large (a double past 2^53 is still whole). */
export function wholeText(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/**
 * The points as CSV, `generation,population` rows under that header, in parts to hand to a
 * Blob: every point, exactly as recorded. `notes` (that the record was thinned, or taken at
 * HashLife's jumps) go first, as `#` lines, which CSV readers can skip as comments.
 */
export function populationCsv(
  generations: Float64Array,
  populations: Float64Array,
  length: number,
  notes: readonly string[] = [],
): string[] {
  const parts = [...notes.map((note) => `# ${note}\n`), "generation,population\n"];
  for (let start = 0; start < length; start += ROWS_A_PART) {
    const end = Math.min(length, start + ROWS_A_PART);
    let part = "";
    for (let i = start; i < end; i++) {
      part += `${wholeText(generations[i] as number)},${wholeText(populations[i] as number)}\n`;
    }
    parts.push(part);
  }
  return parts;
}
