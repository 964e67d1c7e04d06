/*
 * URLSearchParams is a global in browsers, workers and Node, but its type lives in lib "DOM",
 * which the pure core does not load; this local type describes the little we use.
 */
type SearchParamsConstructor = new (search: string) => Iterable<[string, string]>;

/**
 * The parameters of a URL query (`?` optional), decoded exactly as the browser decodes them
 * (`+` is a space, bad `%` escapes are kept as written), with the last value of a repeated name.
 */
export function readSearchParams(search: string): Map<string, string> {
  const { URLSearchParams } = globalThis as unknown as { URLSearchParams: SearchParamsConstructor };
  const values = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) values.set(name, value);
  return values;
}
