import { createLazyStorage } from "../createLazyStorage.ts";
import { createMemoryStorage } from "./createMemoryStorage.ts";

/** Where a faulty storage throws: any use of it (as when the getter itself throws), or one call. */
export type StorageFaultPlace = "access" | "getItem" | "setItem";

/** A storage in memory that throws `error` at `place`, as browsers do when full or blocked. */
export function createFaultyStorage(
  place: StorageFaultPlace,
  error: Error,
  entries: Record<string, string> = {},
): Storage {
  const memory = createMemoryStorage(entries);
  if (place === "access")
    return createLazyStorage(() => {
      throw error;
    });
  return {
    ...memory,
    get length() {
      return memory.length;
    },
    [place]: () => {
      throw error;
    },
  };
}

export const quotaExceeded = () =>
  new DOMException("The quota has been exceeded.", "QuotaExceededError");
export const securityError = () =>
  new DOMException("Access is denied for this document.", "SecurityError");
