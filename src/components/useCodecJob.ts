import { useCallback, useRef, useState } from "react";
import { CodecCancelled, type CodecJob } from "../worker/codec/index.ts";

/** A codec job the panel shows: what it does, how far it is (0..1, or null before news). */
export interface ShownJob {
  readonly label: string;
  readonly fraction: number | null;
  readonly cancel: () => void;
}

/**
 * Runs one codec job at a time for a panel and keeps what its progress bar shows. `run` resolves
 * to the job's result, or to undefined when the job was cancelled or another is under way.
 */
export function useCodecJob() {
  const [job, setJob] = useState<ShownJob | null>(null);
  const busy = useRef(false);
  const run = useCallback(
    async <T>(
      label: string,
      start: (onProgress: (fraction: number) => void) => CodecJob<T>,
    ): Promise<T | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      const handle = start((fraction) => setJob((shown) => shown && { ...shown, fraction }));
      setJob({ label, fraction: null, cancel: handle.cancel });
      try {
        return await handle.result;
      } catch (error) {
        if (error instanceof CodecCancelled) return undefined;
        throw error;
      } finally {
        busy.current = false;
        setJob(null);
      }
    },
    [],
  );
  return { job, run };
}
