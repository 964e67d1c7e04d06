/**
 * Whether workers can share memory here: SharedArrayBuffer and Atomics.wait exist and, in a
 * page, it is cross-origin isolated (browsers only hand out SharedArrayBuffer then; the server
 * sends COOP/COEP headers, see vite.config.ts). Node has no `crossOriginIsolated` and always
 * shares.
 */
export function sharedMemoryAvailable(): boolean {
  const scope = globalThis as { crossOriginIsolated?: boolean };
  return (
    typeof SharedArrayBuffer === "function" &&
    typeof Atomics === "object" &&
    typeof Atomics.wait === "function" &&
    scope.crossOriginIsolated !== false
  );
}
