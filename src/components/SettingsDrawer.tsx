import { type ReactNode, type RefObject, useEffect, useRef } from "react";
import { useLifeStore } from "../store/useLifeStore.ts";

/** The id the Settings button points at (`aria-controls`). */
export const SETTINGS_ID = "settings";

/**
 * The settings. On a wide screen a column beside the grid, always shown; on a small screen
 * (narrow, or a phone held sideways) a drawer over the grid, opened by the Settings button in
 * the header and closed by its Close button, by Escape, or when a library pattern is picked up
 * (so it can be put down on the grid). Focus goes into the drawer and back to the button.
 */
export function SettingsDrawer({
  open,
  onClose,
  toggle,
  children,
}: {
  open: boolean;
  onClose: () => void;
  /** The button that opens the drawer: focus returns to it on closing. */
  toggle: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}) {
  const placing = useLifeStore((s) => s.paste !== null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (placing) onClose();
  }, [placing, onClose]);

  useEffect(() => {
    if (open) closeButton.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, onClose, toggle]);

  return (
    <aside
      id={SETTINGS_ID}
      className={open ? "side-panel open" : "side-panel"}
      aria-label="Settings"
    >
      <button ref={closeButton} type="button" className="drawer-close" onClick={onClose}>
        Close settings
      </button>
      {children}
    </aside>
  );
}
