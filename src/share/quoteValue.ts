// Long enough to recognise a value, short enough that a hostile one cannot flood a message.
const MAX_QUOTED = 40;

/** `value` in double quotes for an error message, escaped as JSON and cut to 40 characters. */
export function quoteValue(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join("")}…` : value;
  return JSON.stringify(shown);
}
