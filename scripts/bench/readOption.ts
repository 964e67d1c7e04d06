/** The value after `--name` on the command line, if given: `--runs 5` gives "5". */
export function readOption(
  name: string,
  argv: readonly string[] = process.argv.slice(2),
): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
