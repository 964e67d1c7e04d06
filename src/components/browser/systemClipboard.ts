/**
 * Puts text on the system clipboard. Resolves false instead of failing where the browser
 * refuses (no permission, not a secure context): copying is a convenience, never an error.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
