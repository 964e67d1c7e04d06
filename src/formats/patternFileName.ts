/** The longest file name stem written, in characters. */
const MAX_STEM = 80;

/**
 * A download's file name made from a pattern's name: lower case letters and digits joined by
 * single hyphens ("Gosper glider gun" -> "gosper-glider-gun.rle"), accents dropped, at most 80
 * characters before the extension; "life" when the pattern has no name with a letter or digit.
 */
export function patternFileName(name: string | null | undefined, extension: string): string {
  const stem = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, "");
  return `${stem || "life"}.${extension}`;
}
