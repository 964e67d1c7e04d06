/** A count exactly, with thousands separators: 1234567890123n -> "1,234,567,890,123". */
export function formatCount(count: bigint | number): string {
  const text = typeof count === "bigint" ? count.toString() : String(Math.trunc(count));
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return negative ? `-${grouped}` : grouped;
}
