/**
 * Why the browser's storage refused: it is full (`QuotaExceededError`), or it cannot be used at
 * all (`SecurityError` when cookies and site data are blocked, or anything else it throws).
 */
export type StorageFault = "full" | "unavailable";

export function classifyStorageFault(error: unknown): StorageFault {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox names a full storage NS_ERROR_DOM_QUOTA_REACHED; old browsers give only code 22.
  const code = (error as { code?: unknown } | null)?.code;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22
    ? "full"
    : "unavailable";
}

/** The one-line message for a storage fault, saying what it means for the pattern. */
export function describeStorageFault(error: unknown): string {
  return classifyStorageFault(error) === "full"
    ? "The browser's storage is full: this pattern will not survive a reload (use Download RLE to keep it)."
    : "The browser's storage cannot be used here (site data may be blocked): your pattern will not be kept after a reload (use Download RLE to keep it).";
}
