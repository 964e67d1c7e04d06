import { useEffect } from "react";

/**
 * Runs `run` once the page around it has mounted: its effect comes after those of the elements
 * rendered before it (the canvas has measured itself and fitted the default world by then),
 * and the timeout after React's second, development-only run of every effect.
 */
export function AfterMount({ run }: { run: () => void }) {
  useEffect(() => {
    const timer = setTimeout(run);
    return () => clearTimeout(timer);
  }, [run]);
  return null;
}
